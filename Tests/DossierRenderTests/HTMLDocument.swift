import Foundation

/// What the tests read from generated HTML: element ids and in-page links.
enum HTMLDocument {
    static func ids(in html: String) -> [String] {
        html.matches(of: #/\sid="([^"]*)"/#).map { String($0.output.1) }
    }

    /// Ids that occur more than once, each named once, in order.
    static func repeatedIDs(in html: String) -> [String] {
        var seen = Set<String>()
        var repeated: [String] = []
        for id in ids(in: html) where !seen.insert(id).inserted && !repeated.contains(id) {
            repeated.append(id)
        }
        return repeated
    }

    /// The targets of `href="#…"` links.
    static func fragmentLinks(in html: String) -> [String] {
        html.matches(of: #/href="#([^"]*)"/#).map { String($0.output.1) }
    }
}
