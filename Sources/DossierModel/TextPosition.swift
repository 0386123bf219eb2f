/// A place in a text file as an editor shows it: 1-based line and column.
/// Readers that fail at a byte offset (a JSON parser) turn it into this one
/// way, so every message names the place the same way.
public struct TextPosition: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    /// Counted in Unicode scalars, as Yams counts its columns: an accented
    /// letter before the fault is one column, not two bytes.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// The position of the byte at `offset` of `bytes` (UTF-8); an offset at
    /// or past the end is the position just after the last byte. A line ends
    /// at a line feed; a carriage return before it is not a column.
    public init(ofByte offset: Int, in bytes: some Collection<UInt8>) {
        var line = 1
        var column = 1
        for (index, byte) in bytes.enumerated() {
            if index >= offset { break }
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                // Continuation bytes of a UTF-8 sequence add no column.
                column += 1
            }
        }
        self.init(line: line, column: column)
    }

    /// "line 5, column 3".
    public var description: String { "line \(line), column \(column)" }
}
