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
    /// The body's prose (no code), whitespace folded, for wording checks.
    public var prose: String

    public init(markdown: String, firstLine: Int, references: [BodyReference] = [],
                fileLinks: [BodyFileLink] = [], prose: String = "") {
        self.markdown = markdown
        self.firstLine = firstLine
        self.references = references
        self.fileLinks = fileLinks
        self.prose = prose
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
