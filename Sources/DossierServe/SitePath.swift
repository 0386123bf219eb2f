import Foundation

/// The site path a request names, or nothing. Requests never reach the file
/// system: a path is only ever looked up among the pages the site has. This
/// refuses, before that, every spelling of a way out of the site (`..`,
/// `%2e%2e`, backslashes, NUL, `//host` or absolute paths) and the content's
/// own source files, which are inputs of the site, not part of it.
enum SitePath {
    static func resolve(_ requestPath: String) -> String? {
        guard requestPath.hasPrefix("/"), let decoded = requestPath.removingPercentEncoding else { return nil }
        if decoded == "/" { return "index.html" }
        let path = String(decoded.dropFirst())
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !segments.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." || $0.hasPrefix(".") }),
              !path.contains("\\"), !path.contains("\0"), !path.contains(":")
        else { return nil }
        let name = segments.last.map(String.init) ?? ""
        guard !name.hasSuffix(".md"), name != "dossier.yml" else { return nil }
        return path
    }

    /// The media type of a site file, by its extension.
    static func contentType(of path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "pdf": "application/pdf"
        case "txt", "csv": "text/plain; charset=utf-8"
        default: "application/octet-stream"
        }
    }
}
