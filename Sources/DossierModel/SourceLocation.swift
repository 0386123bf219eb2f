/// A place in the content folder: the file path relative to the content
/// folder, always with `/` separators, and a 1-based line.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// The configuration file, where set-level findings and config errors point.
    public static func configuration(line: Int = 1) -> SourceLocation {
        SourceLocation(file: ProjectConfiguration.fileName, line: line)
    }

    public var description: String { "\(file):\(line)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return ByteOrder.precedes(lhs.file, rhs.file) }
        return lhs.line < rhs.line
    }
}
