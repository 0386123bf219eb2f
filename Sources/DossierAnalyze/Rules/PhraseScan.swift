/// The first offset of each of a few phrases in a text, in one pass over it:
/// the ambiguous-wording rule looks for fourteen phrases in every
/// requirement's body on every check and every preview rebuild, and several
/// start with one letter, so searching for each in turn stopped at most
/// bytes many times. Phrases match as whole words: "strong" is not found in
/// "stronger", nor "adequate" in "inadequate".
struct PhraseScan {
    private let phrases: [[UInt8]]
    /// For each byte, a bit per phrase that starts with it (at most 64).
    private let startingWith: [UInt64]

    init(_ phrases: [String]) {
        precondition(phrases.count <= 64, "a scan looks for at most 64 phrases")
        self.phrases = phrases.map { Array($0.utf8) }
        var table = [UInt64](repeating: 0, count: 256)
        for (index, phrase) in self.phrases.enumerated() {
            if let first = phrase.first { table[Int(first)] |= 1 << UInt64(index) }
        }
        startingWith = table
    }

    /// For each phrase, in the order given, the byte offset of its first
    /// occurrence in `text`, or nil.
    func firstOffsets(in text: String) -> [Int?] {
        var found = [Int?](repeating: nil, count: phrases.count)
        var text = text
        text.withUTF8 { bytes in
            startingWith.withUnsafeBufferPointer { table in
                var wanted: UInt64 = phrases.count == 64 ? ~0 : (1 << UInt64(phrases.count)) - 1
                var offset = 0
                while offset < bytes.count, wanted != 0 {
                    var candidates = table[Int(bytes[offset])] & wanted
                    while candidates != 0 {
                        let index = candidates.trailingZeroBitCount
                        candidates &= candidates - 1
                        if matches(phrases[index], in: bytes, at: offset) {
                            found[index] = offset
                            wanted &= ~(1 << UInt64(index))
                        }
                    }
                    offset += 1
                }
            }
        }
        return found
    }

    private func matches(_ phrase: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        guard bytes.count - offset >= phrase.count else { return false }
        for position in 1..<phrase.count where bytes[offset + position] != phrase[position] { return false }
        // A phrase that starts or ends with a letter ("etc." ends with a
        // dot) must not continue a word there.
        if Self.isWordByte(phrase[0]), offset > 0, Self.isWordByte(bytes[offset - 1]) { return false }
        let end = offset + phrase.count
        if Self.isWordByte(phrase[phrase.count - 1]), end < bytes.count, Self.isWordByte(bytes[end]) { return false }
        return true
    }

    /// Letters, digits, `-` and `_`, and every byte of a non-ASCII letter:
    /// what continues a word ("user-friendly" in "non-user-friendly").
    static func isWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), 0x80...: true
        default: false
        }
    }
}
