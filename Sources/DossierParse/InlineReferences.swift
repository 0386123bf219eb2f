import DossierModel

/// Finds `[[ID]]` in a run of text (docs/format.md, "Bodies"). Public so the renderer turns
/// exactly the same spans into links.
public enum InlineReferences {
    public struct Match {
        /// The range of `[[ID]]`, brackets included, in UTF-8 offsets.
        public var range: Range<Int>
        public var target: String
    }

    public static func matches(in text: String) -> [Match] {
        let bytes = Array(text.utf8)
        var matches: [Match] = []
        var index = 0
        while index + 4 < bytes.count {
            guard bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "[") else {
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, isIDByte(bytes[end]) { end += 1 }
            if end > index + 2, end + 1 < bytes.count, bytes[end] == UInt8(ascii: "]"), bytes[end + 1] == UInt8(ascii: "]"),
               isLetter(bytes[index + 2]) {
                let target = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
                matches.append(Match(range: index..<(end + 2), target: target))
                index = end + 2
            } else {
                index += 1
            }
        }
        return matches
    }

    public static func targets(in text: String) -> [String] {
        guard text.utf8.count > 4, ByteSearch.contains("[[", in: text) else { return [] }
        return matches(in: text).map(\.target)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }
}
