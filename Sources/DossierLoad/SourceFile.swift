/// One input file as read from disk: its path relative to the content
/// folder, its text (BOM removed, CRLF folded to LF) and the SHA-256 of its
/// bytes as stored, for the manifest.
public struct SourceFile: Hashable, Sendable {
    public var path: String
    public var text: String
    public var sha256: String
    public var byteCount: Int

    public init(path: String, text: String, sha256: String, byteCount: Int) {
        self.path = path
        self.text = text
        self.sha256 = sha256
        self.byteCount = byteCount
    }

    /// The same file without its text, once parsed: what the manifest lists stays.
    public var withoutText: SourceFile {
        SourceFile(path: path, text: "", sha256: sha256, byteCount: byteCount)
    }
}

/// A file under the content folder that is not a Markdown item (a diagram, a
/// PDF). Only its path and size are kept here; its bytes are read only if a
/// body links to it.
public struct ContentFile: Hashable, Sendable {
    public var path: String
    public var byteCount: Int

    public init(path: String, byteCount: Int) {
        self.path = path
        self.byteCount = byteCount
    }
}
