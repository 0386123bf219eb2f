import DossierModel
import Foundation

/// What the load stage hands to the parse stage: every input file of the
/// project, read, in byte order of their paths.
public struct ContentSources: Sendable {
    /// The content folder, resolved.
    public var root: URL
    /// `dossier.yml`, if it could be read.
    public var configuration: SourceFile?
    /// Every `.md` file, sorted by path.
    public var documents: [SourceFile]
    /// Every other regular file, by path: what a body may link to.
    public var otherFiles: [String: ContentFile]
    /// Files that could not be read, or that lie outside the content folder.
    public var errors: [InputError]
    /// Markdown files that are not UTF-8, decoded with replacement
    /// characters: not items, but read far enough to learn their id, so
    /// links to them raise no second error (one error, one cause).
    public var undecodable: [SourceFile]
    /// Where the files `dossier.yml` lists are read from: the folder, or a
    /// git revision for a baseline.
    public var store: any ContentStore

    public init(root: URL, configuration: SourceFile?, documents: [SourceFile],
                otherFiles: [String: ContentFile], errors: [InputError], undecodable: [SourceFile] = [],
                store: (any ContentStore)? = nil) {
        self.root = root
        self.store = store ?? FolderStore(root: root)
        self.configuration = configuration
        self.documents = documents
        self.otherFiles = otherFiles
        self.errors = errors
        self.undecodable = undecodable
    }
}

extension ContentSources {
    /// The same files without their text, for a build once everything is
    /// parsed: the items hold what rendering needs, and the text of every
    /// file is the size of the whole content folder in memory.
    public func releasingText() -> ContentSources {
        var sources = self
        sources.documents = documents.map(\.withoutText)
        sources.undecodable = []
        return sources
    }
}

extension ContentSources {
    /// The project's files (read, linkable, or refused with an error) that
    /// are among `changed` or lie in a folder that is. One pass, no copies:
    /// the preview asks after every edit, at 10,000 files.
    public func files(touchedBy changed: Set<String>) -> Set<String> {
        guard !changed.isEmpty else { return [] }
        // Paths compare as bytes, as the file system names them: String's
        // Unicode-aware equality and prefix test cost 800 instructions a
        // path, three times over 10,000 paths after every edit.
        let changedBytes = changed.map { Array($0.utf8) }
        func isTouched(_ path: String) -> Bool {
            changedBytes.contains { FilePath.path(path, isOrIsIn: $0) }
        }
        var files = Set<String>()
        if let path = configuration?.path, isTouched(path) { files.insert(path) }
        for file in documents where isTouched(file.path) { files.insert(file.path) }
        for file in undecodable where isTouched(file.path) { files.insert(file.path) }
        for path in otherFiles.keys where isTouched(path) { files.insert(path) }
        for error in errors where isTouched(error.location.file) { files.insert(error.location.file) }
        return files
    }
}
