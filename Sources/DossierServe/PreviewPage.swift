import DossierModel
import Foundation

/// What the preview adds to or puts in place of the site's pages. Only the
/// preview's responses carry script; the built site does not change.
enum PreviewPage {
    /// Reloads the page when the preview moves past `generation`. The
    /// browser reconnects by itself if the server restarts.
    static func reloadScript(generation: Int) -> String {
        """
        <script>
        (function () {
          var source = new EventSource("/_dossier/events");
          source.onmessage = function (event) {
            if (Number(event.data) !== \(generation)) { source.close(); location.reload(); }
          };
        })();
        </script>
        """
    }

    /// `html` with the reload script just before `</body>`.
    static func withReload(_ html: String, generation: Int) -> String {
        let script = reloadScript(generation: generation)
        guard let end = html.range(of: "</body>", options: .backwards) else { return html + script }
        return html.replacingCharacters(in: end.lowerBound..<end.lowerBound, with: script + "\n")
    }

    /// The page every site path shows while the content cannot be built:
    /// each error with its file and line, as `check` prints them.
    static func errors(_ diagnostics: [Diagnostic], templateFailure: String?, contentFolder: String) -> String {
        var rows = diagnostics.map { diagnostic in
            "<li><code>\(escape(diagnostic.location.file)):\(diagnostic.location.line)</code> "
                + "<strong>\(escape(diagnostic.severity.rawValue))</strong> [\(escape(diagnostic.code))] "
                + "\(escape(diagnostic.message))</li>"
        }
        if let templateFailure { rows.append("<li><pre>\(escape(templateFailure))</pre></li>") }
        let count = diagnostics.count + (templateFailure == nil ? 0 : 1)
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Errors in \(escape(contentFolder)) — dossier preview</title>
            <link rel="stylesheet" href="/style.css">
            </head>
            <body>
            <main class="preview-errors">
            <h1>The dossier cannot be built: \(count) \(count == 1 ? "error" : "errors")</h1>
            <p>Fix \(count == 1 ? "it" : "them") and save; this page reloads by itself.</p>
            <ul>
            \(rows.joined(separator: "\n"))
            </ul>
            </main>
            </body>
            </html>
            """
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
