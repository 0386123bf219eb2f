import DossierModel
import Foundation

/// dossier.html must stay one file, so images are embedded as data URIs.
/// cmark's safe mode empties `data:` URLs other than a few raster types
/// (SVG among the emptied), so bodies carry a placeholder that is swapped for
/// the data URI after cmark has rendered: only a file that lies in the
/// content folder and that a body links to can ever be embedded.
public enum ImageEmbedding {
    static let scheme = "dossier-embedded-image:"

    static func placeholder(for path: String) -> String {
        scheme + URLPath.escape(path)
    }

    /// Replaces every placeholder with the file's data URI.
    public static func embed(in html: String, images: [String: Data]) -> String {
        guard ByteSearch.contains(scheme, in: html) else { return html }
        var result = html
        for (path, data) in images.sorted(by: { $0.key < $1.key }) {
            let token = placeholder(for: path)
            guard ByteSearch.contains(token, in: result) else { continue }
            result = result.replacingOccurrences(of: "\"\(token)\"", with: "\"\(dataURI(of: path, data))\"")
        }
        return result
    }

    /// How dossier.html embeds the file at `path` holding `data`.
    public static func dataURI(of path: String, _ data: Data) -> String {
        "data:\(mediaType(of: path));base64,\(data.base64EncodedString())"
    }

    public static func isImage(_ path: String) -> Bool { mediaTypes[fileExtension(path)] != nil }

    static func mediaType(of path: String) -> String { mediaTypes[fileExtension(path)] ?? "application/octet-stream" }

    private static func fileExtension(_ path: String) -> String {
        path.split(separator: ".").last.map { $0.lowercased() } ?? ""
    }

    private static let mediaTypes = [
        "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg", "gif": "image/gif",
        "svg": "image/svg+xml", "webp": "image/webp",
    ]
}
