import DossierModel
import DossierParse

/// How an `interfaces` value finds its interface (docs/format.md, "Naming an
/// interface"): the id exactly, or the title with case folded, the ends
/// trimmed and each run of white space made one space. Authors write the
/// names the threat model uses, so a title is as good as an id.
struct InterfaceNames {
    /// Interface items by id.
    private var ids: [String: Int] = [:]
    /// Interface items by folded title; two items may fold to one title.
    private var titles: [String: [Int]] = [:]
    /// An interface file has an error: a name that finds nothing may be its,
    /// and raises no second error.
    let hasBrokenInterface: Bool

    init(items: [Item], brokenItems: [BrokenItem]) {
        for (position, item) in items.enumerated() where item.type == .interface {
            ids[item.id] = position
            titles[Self.fold(item.title), default: []].append(position)
        }
        hasBrokenInterface = brokenItems.contains { $0.type == .interface }
    }

    /// Without any interface item, values stay free-text labels (v1).
    var isInventory: Bool { !ids.isEmpty || hasBrokenInterface }

    /// The interfaces a value names: none, one, or (ambiguous) more.
    func matches(_ name: String) -> [Int] {
        var found = titles[Self.fold(name)] ?? []
        if let byID = ids[name], !found.contains(byID) { found.insert(byID, at: 0) }
        return found
    }

    /// "; did you mean IF-BLE?" for a name one or two edits from an id or a
    /// folded title.
    func suggestion(for name: String, items: [Item]) -> String {
        // `interfaces: Home Wi-Fi, Cloud API` is one value to YAML.
        let parts = name.split(separator: ",").map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        if parts.count > 1, parts.allSatisfy({ matches($0).count == 1 }) {
            return "; " + ValueHint.list(parts)
        }
        let folded = Self.fold(name)
        var candidates: [String: String] = [:]
        for (id, _) in ids { candidates[id.lowercased()] = id }
        for (title, positions) in titles { candidates[title] = items[positions[0]].title }
        guard let key = EditDistance.closest(to: folded, among: candidates.keys.sorted(by: ByteOrder.precedes),
                                             within: 2) else { return "" }
        return "; did you mean \(candidates[key]!)?"
    }

    /// Case folded, ends trimmed, each run of white space one space.
    static func fold(_ name: String) -> String {
        // Most names are ASCII, and for ASCII that is how body prose is
        // folded, on bytes (less its trailing space): the general fold
        // through `Character` cost a twentieth of a preview rebuild.
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            let folded = ProseFold.fold(name)
            return folded.hasSuffix(" ") ? String(folded.dropLast()) : folded
        }
        return name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
