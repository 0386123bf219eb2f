/// Builds the folded, lower-case prose and remembers the line of each run.
/// Works on bytes: the phrases it is searched for are ASCII, so ASCII case
/// folding and ASCII white space (and no-break space) are what matter.
public struct ProseBuilder {
    private var bytes: [UInt8] = []
    public private(set) var lines: [ProseLine] = []
    private var lastWasSpace = true

    public init() {}

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func append(_ run: String, line: Int) {
        if line > 0 { lines.append(ProseLine(offset: bytes.count, line: line)) }
        var previousWasC2 = false
        for byte in run.utf8 {
            let isSpace = byte == 32 || (9...13).contains(byte) || (previousWasC2 && byte == 0xA0)
            if previousWasC2 && !isSpace { bytes.append(0xC2) }
            previousWasC2 = byte == 0xC2
            if previousWasC2 { continue }
            if isSpace {
                if !lastWasSpace { bytes.append(32) }
                lastWasSpace = true
            } else {
                bytes.append((65...90).contains(byte) ? byte + 32 : byte)
                lastWasSpace = false
            }
        }
        if previousWasC2 { bytes.append(0xC2) }
    }
}

/// Text folded as `ItemBody.prose` is: lower case, single spaces.
public enum ProseFold {
    public static func fold(_ text: String) -> String {
        var builder = ProseBuilder()
        builder.append(text, line: 0)
        return builder.text
    }
}
