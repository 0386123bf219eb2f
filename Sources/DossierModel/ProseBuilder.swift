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
        var run = run
        run.withUTF8 { source in
            // Folding never lengthens a run (a held-back 0xC2 is written at
            // most once), so it is written in place into room made up front:
            // appending byte by byte was a tenth of a check's time.
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: source.count))
            var lastWasSpace = self.lastWasSpace
            let end = bytes.withUnsafeMutableBufferPointer { target in
                Self.fold(source, into: target, at: start, lastWasSpace: &lastWasSpace)
            }
            self.lastWasSpace = lastWasSpace
            bytes.removeSubrange(end...)
        }
    }

    private static func fold(_ source: UnsafeBufferPointer<UInt8>, into target: UnsafeMutableBufferPointer<UInt8>,
                             at start: Int, lastWasSpace: inout Bool) -> Int {
        var out = start
        var previousWasC2 = false
        for byte in source {
            let isSpace = byte == 32 || (9...13).contains(byte) || (previousWasC2 && byte == 0xA0)
            if previousWasC2 && !isSpace {
                target[out] = 0xC2
                out += 1
            }
            previousWasC2 = byte == 0xC2
            if previousWasC2 { continue }
            if isSpace {
                if !lastWasSpace {
                    target[out] = 32
                    out += 1
                }
                lastWasSpace = true
            } else {
                target[out] = (65...90).contains(byte) ? byte + 32 : byte
                out += 1
                lastWasSpace = false
            }
        }
        if previousWasC2 {
            target[out] = 0xC2
            out += 1
        }
        return out
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
