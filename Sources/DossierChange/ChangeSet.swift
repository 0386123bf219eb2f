import DossierLink
import DossierModel

/// What changed between the baseline's graph and the current one
/// (docs/format.md, "Change control"). Items are matched by id, so a file
/// moved or renamed without other edits is no change; front matter is
/// compared as parsed values and links by the ids they resolve to.
public struct ChangeSet: Hashable, Sendable {
    public var added: [String]
    public var removed: [String]
    public var changed: [ItemChange]
    public var linksAdded: [LinkChange]
    public var linksRemoved: [LinkChange]

    public init(added: [String] = [], removed: [String] = [], changed: [ItemChange] = [],
                linksAdded: [LinkChange] = [], linksRemoved: [LinkChange] = []) {
        self.added = added
        self.removed = removed
        self.changed = changed
        self.linksAdded = linksAdded
        self.linksRemoved = linksRemoved
    }

    public init(baseline: TraceGraph, current: TraceGraph) {
        var added: [String] = []
        var changed: [ItemChange] = []
        for item in current.items {
            guard let earlier = baseline.position(of: item.id) else {
                added.append(item.id)
                continue
            }
            let change = ItemChange(id: item.id, before: ItemSnapshot(baseline, earlier),
                                    after: ItemSnapshot(current, current.position(of: item.id)!))
            if !change.fields.isEmpty || change.body { changed.append(change) }
        }
        let removed = baseline.items.map(\.id).filter { current.position(of: $0) == nil }
        let before = LinkChange.all(in: baseline)
        let after = LinkChange.all(in: current)
        self.init(added: added.sorted(by: NaturalOrder.precedes), removed: removed.sorted(by: NaturalOrder.precedes),
                  changed: changed.sorted { NaturalOrder.precedes($0.id, $1.id) },
                  linksAdded: after.subtracting(before).sorted(), linksRemoved: before.subtracting(after).sorted())
    }

    public var isEmpty: Bool {
        added.isEmpty && removed.isEmpty && changed.isEmpty && linksAdded.isEmpty && linksRemoved.isEmpty
    }

    /// Ids of the items that changed (not added): what a suspect link points at.
    public var changedIDs: Set<String> { Set(changed.map(\.id)) }

    /// How an item of the current dossier stands against the baseline.
    public func mark(of id: String) -> ChangeMark? {
        if added.contains(id) { return .added }
        if changed.contains(where: { $0.id == id }) { return .changed }
        return nil
    }
}

public enum ChangeMark: String, Hashable, Sendable {
    case added, changed
}

/// One changed item: the names of the front-matter fields that differ, in
/// name order, and whether the body text differs.
public struct ItemChange: Hashable, Sendable {
    public var id: String
    public var fields: [String]
    public var body: Bool

    public init(id: String, fields: [String], body: Bool) {
        self.id = id
        self.fields = fields
        self.body = body
    }

    init(id: String, before: ItemSnapshot, after: ItemSnapshot) {
        let names = Set(before.fields.keys).union(after.fields.keys)
        self.init(id: id, fields: names.filter { before.fields[$0] != after.fields[$0] }.sorted(),
                  body: before.body != after.body)
    }
}

/// One declared link: from an item, through a link field, to an item.
public struct LinkChange: Hashable, Sendable, Comparable {
    public var from: String
    public var field: String
    public var to: String

    public init(from: String, field: String, to: String) {
        self.from = from
        self.field = field
        self.to = to
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        if lhs.from != rhs.from { return NaturalOrder.precedes(lhs.from, rhs.from) }
        if lhs.field != rhs.field { return lhs.field < rhs.field }
        return NaturalOrder.precedes(lhs.to, rhs.to)
    }

    static func all(in graph: TraceGraph) -> Set<LinkChange> {
        var links: Set<LinkChange> = []
        for (position, outgoing) in graph.outgoing.enumerated() {
            for link in outgoing {
                links.insert(LinkChange(from: graph[position].id, field: link.field.rawValue, to: graph[link.other].id))
            }
        }
        return links
    }
}
