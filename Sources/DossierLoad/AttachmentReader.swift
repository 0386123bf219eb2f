import DossierModel
import Foundation

/// Reads the files that bodies link to (a diagram, a PDF), which become part
/// of the dossier: copied into the site, embedded in dossier.html, listed in
/// the manifest with their SHA-256.
public struct AttachmentReader: Sendable {
    public struct Attachment: Sendable {
        public var path: String
        public var contents: Data
        public var sha256: String
    }

    /// Larger than for text: evidence can be a scanned report.
    public var maximumSize: Int

    public init(maximumSize: Int = 64 << 20) {
        self.maximumSize = maximumSize
    }

    public func read(_ paths: [String], from root: URL) -> (attachments: [Attachment], errors: [InputError]) {
        var attachments: [Attachment] = []
        var errors: [InputError] = []
        for path in paths {
            let location = SourceLocation(file: path, line: 1)
            let url = root.appendingPathComponent(path)
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? nil
            if let size, size > maximumSize {
                errors.append(.unreadableFile(location, reason: "\(path) is larger than the limit of "
                    + "\(maximumSize >> 20) MiB for a linked file; it was not read"))
                continue
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                errors.append(.unreadableFile(location, reason: "\(path) cannot be read"))
                continue
            }
            attachments.append(Attachment(path: path, contents: data, sha256: SHA256Digest.hex(of: data)))
        }
        return (attachments, errors)
    }
}
