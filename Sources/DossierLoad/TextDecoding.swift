import DossierModel
import Foundation

/// Strict UTF-8 decoding with the line of the first bad byte, so the author
/// can find it.
enum TextDecoding {
    struct Problem: Error {
        var line: Int
        var reason: String
    }

    static func decode(_ data: Data) -> Result<String, Problem> {
        data.withUnsafeBytes { raw in
            var bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
            if let nul = ByteSearch.firstOffset(of: 0, in: UnsafeRawBufferPointer(bytes)) {
                return .failure(Problem(line: line(at: nul, in: bytes), reason: "it holds a NUL byte (a binary file?)"))
            }
            guard var text = String(validating: bytes, as: UTF8.self) else {
                let offset = firstInvalidOffset(bytes)
                // The byte counted in its line, which the location names.
                let lineStart = bytes[..<offset].lastIndex(of: 10).map { $0 + 1 } ?? 0
                return .failure(Problem(line: line(at: offset, in: bytes),
                                        reason: "invalid byte sequence at byte \(offset - lineStart + 1) of the line; "
                                            + "save the file as UTF-8"))
            }
            if ByteSearch.firstOffset(of: 13, in: UnsafeRawBufferPointer(bytes)) != nil {
                text = ByteSearch.replacing("\r\n", with: "\n", in: text)
            }
            return .success(text)
        }
    }

    private static func line(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        1 + bytes[..<offset].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
    }

    /// The offset of the first byte that does not start or continue a
    /// well-formed sequence; precise enough to point at a line.
    private static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                  bytes[(index + 1)..<(index + length)].allSatisfy({ $0 >> 6 == 0b10 })
            else { return index }
            index += length
        }
        return max(0, bytes.count - 1)
    }
}
