import DossierModel
import Foundation

/// Reads the files `dossier.yml` lists (SBOMs, threat models) from the
/// project's store: inside the content folder only, each at most the
/// linked-file limit, hashed for the manifest. Decoding is the parse stage's.
public struct ListedFileLoader: Sendable {
    /// A listed file as read.
    public struct File: Sendable {
        public var path: String
        public var contents: Data
        public var sha256: String

        public init(path: String, contents: Data) {
            self.path = path
            self.contents = contents
            self.sha256 = SHA256Digest.hex(of: contents)
        }

        public var record: ListedFileRecord {
            ListedFileRecord(path: path, sha256: sha256, byteCount: contents.count)
        }
    }

    /// A machine-made SBOM or model can be large: the linked-file limit, not the Markdown one.
    public var maximumSize: Int

    public init(maximumSize: Int = 64 << 20) {
        self.maximumSize = maximumSize
    }

    /// - Parameters:
    ///   - noun: what one file is to the author ("SBOM file").
    ///   - expected: what the file should be ("a CycloneDX or SPDX JSON file").
    public func load(_ listed: [ListedFile], noun: String, expected: String,
                     from store: any ContentStore) -> (files: [File], errors: [InputError]) {
        var files: [File] = []
        var errors: [InputError] = []
        for entry in listed {
            let path = entry.path
            let atFile = SourceLocation(file: path, line: 1)
            switch store.contents(of: path, limit: maximumSize) {
            case .success(let data):
                files.append(File(path: path, contents: data))
            case .failure(.missing):
                errors.append(.unreadableFile(.configuration(line: entry.line),
                                              reason: "the \(noun) \(path) listed in \(ProjectConfiguration.fileName) "
                                                + "does not exist in the content folder; expected \(expected) there"))
            case .failure(.outside):
                errors.append(.unreadableFile(atFile, reason: "the \(noun) \(path) lies outside the content folder; "
                    + "copy it into the content folder and list its path there"))
            case .failure(.tooLarge):
                errors.append(.unreadableFile(atFile, reason: "\(path) is larger than the limit of "
                    + "\(maximumSize >> 20) MiB for a linked file; it was not read"))
            case .failure(.unreadable):
                errors.append(.unreadableFile(atFile, reason: "\(path) cannot be read"))
            }
        }
        return (files, errors)
    }
}
