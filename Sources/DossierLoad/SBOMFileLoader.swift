import DossierModel
import Foundation

/// Reads the SBOM files that dossier.yml lists under `sbom:` (docs/format.md,
/// "Third-party software"): inside the content folder only, each at most the
/// linked-file limit, hashed for the manifest. Decoding is the parse stage's.
public struct SBOMFileLoader: Sendable {
    public typealias File = AttachmentReader.Attachment

    /// A machine-made SBOM can be large: the linked-file limit, not the Markdown one.
    public var reader = AttachmentReader()

    public init() {}

    public func load(_ paths: [String], from root: URL) -> (files: [File], errors: [InputError]) {
        var readable: [String] = []
        var errors: [InputError] = []
        let rootPath = FilePath.real(root.path) ?? root.path
        for path in paths {
            let location = SourceLocation(file: path, line: 1)
            let outside = "the SBOM file \(path) lies outside the content folder; copy it into the content "
                + "folder and list its path there"
            guard Self.staysInside(path) else {
                errors.append(.unreadableFile(location, reason: outside))
                continue
            }
            guard let resolved = Self.realPath(of: path, in: rootPath) else {
                errors.append(.unreadableFile(location, reason: "the SBOM file \(path) listed in dossier.yml "
                    + "does not exist in the content folder; expected a CycloneDX or SPDX JSON file there"))
                continue
            }
            // A symbolic link may still lead out.
            guard resolved.hasPrefix(rootPath + "/") else {
                errors.append(.unreadableFile(location, reason: outside))
                continue
            }
            readable.append(path)
        }
        let read = reader.read(readable, from: URL(fileURLWithPath: rootPath, isDirectory: true))
        return (read.attachments, errors + read.errors)
    }

    /// Whether a path, as written, stays in the content folder: relative,
    /// and never climbing above where it starts.
    static func staysInside(_ path: String) -> Bool {
        guard !path.hasPrefix("/") else { return false }
        var depth = 0
        for part in path.split(separator: "/") where part != "." {
            depth += part == ".." ? -1 : 1
            if depth < 0 { return false }
        }
        return depth > 0
    }

    /// The real path of a regular file under the content folder, symbolic
    /// links followed; nil when there is none.
    static func realPath(of path: String, in rootPath: String) -> String? {
        var isFolder: ObjCBool = false
        guard let real = FilePath.real(rootPath + "/" + path),
              FileManager.default.fileExists(atPath: real, isDirectory: &isFolder), !isFolder.boolValue else {
            return nil
        }
        return real
    }
}
