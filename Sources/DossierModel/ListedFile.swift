/// A file that `dossier.yml` lists by path (`sbom:`, `threat_model.files`),
/// with the line that lists it: a file that does not exist is reported
/// there, where the author wrote its name.
public struct ListedFile: Hashable, Sendable {
    /// Relative to the content folder, as written.
    public var path: String
    /// The line of `dossier.yml` that names it.
    public var line: Int

    public init(path: String, line: Int) {
        self.path = path
        self.line = line
    }
}

/// A listed file as read: what the manifest lists and the PDF attaches.
public struct ListedFileRecord: Hashable, Sendable {
    public var path: String
    public var sha256: String
    public var byteCount: Int

    public init(path: String, sha256: String, byteCount: Int) {
        self.path = path
        self.sha256 = sha256
        self.byteCount = byteCount
    }
}
