/// The Markdown body of an item, with what the link stage needs from it
/// already taken out, so nothing after the parse stage reads Markdown again
/// except the renderer.
public struct ItemBody: Hashable, Sendable {
    /// CommonMark source, LF line endings.
    public var markdown: String
    /// The file line of the body's first line.
    public var firstLine: Int
    /// `[[ID]]` references outside code, in order.
    public var references: [BodyReference]
    /// Relative links and images (no scheme), in order.
    public var fileLinks: [BodyFileLink]
    /// The body's prose (no code), lower case, whitespace folded, for wording checks.
    public var prose: String
    /// Where runs of `prose` start in the file, in order of `offset`.
    public var proseLines: [ProseLine]

    public init(markdown: String, firstLine: Int, references: [BodyReference] = [],
                fileLinks: [BodyFileLink] = [], prose: String = "", proseLines: [ProseLine] = []) {
        self.markdown = markdown
        self.firstLine = firstLine
        self.references = references
        self.fileLinks = fileLinks
        self.prose = prose
        self.proseLines = proseLines
    }

    /// The file line of the prose at a UTF-8 offset of `prose`.
    public func line(ofProseOffset offset: Int) -> Int {
        var low = 0
        var high = proseLines.count
        while low < high {
            let middle = (low + high) / 2
            if proseLines[middle].offset <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? firstLine : proseLines[low - 1].line
    }
}

/// A run of prose starts at `offset` (UTF-8, in `ItemBody.prose`) on a file line.
public struct ProseLine: Hashable, Sendable {
    public var offset: Int
    public var line: Int

    public init(offset: Int, line: Int) {
        self.offset = offset
        self.line = line
    }
}

public struct BodyReference: Hashable, Sendable {
    public var target: String
    public var line: Int

    public init(target: String, line: Int) {
        self.target = target
        self.line = line
    }
}

public struct BodyFileLink: Hashable, Sendable {
    /// The destination as written, without `#fragment` or `?query`, percent-decoded.
    public var destination: String
    public var line: Int
    public var isImage: Bool

    public init(destination: String, line: Int, isImage: Bool) {
        self.destination = destination
        self.line = line
        self.isImage = isImage
    }
}
