import DossierModel
import DossierThreatModel

/// Every item of the project, linked both ways. Built once by `TraceLinker`;
/// every query afterwards is a lookup, never a scan over all links, so
/// checks and pages stay linear in the size of the project.
public struct TraceGraph: Sendable {
    public let configuration: ProjectConfiguration
    /// Items in path order; everything else refers to them by index.
    public let items: [Item]
    public let index: [String: Int]
    /// Per item, its links and the links to it, each list in the natural
    /// order of the other item's id (TM-2 before TM-10), as every page and
    /// message lists linked items; links to one item keep their field order.
    public let outgoing: [[TraceLink]]
    public let incoming: [[TraceLink]]
    /// Every item's index in the natural order of the ids: how the item
    /// chapters list them.
    public let naturalOrder: [Int]
    /// Per item: the relative links of its body, by destination as written.
    public let bodyLinks: [[String: BodyLinkTarget]]
    /// Files under the content folder that bodies link to, sorted.
    public let attachments: [String]
    /// Item indices by type, live items only, in the natural order of their
    /// ids (TM-2 before TM-10): how every matrix and table lists them.
    public let liveItems: [ItemType: [Int]]
    /// The project has interface items, so `interfaces` values are links;
    /// without them they are free-text labels (docs/format.md, "Naming an interface").
    public let hasInterfaceInventory: Bool
    /// The SBOM components, what documents them, their vulnerabilities.
    public let software: ThirdPartySoftware
    /// The files dossier.yml lists (SBOMs, threat models), as read, in the listed order.
    public let listedFiles: [ListedFileRecord]
    /// The threat-model files, decoded, in the listed order.
    public let threatModels: [ThreatModelDocument]
    /// The defects of the SVG files that bodies show as images, by content
    /// path: read after linking, from the files (`invalid-image`).
    public var imageDefects: [String: SVGDefect] = [:]
    /// By section: the model diagrams it names in `diagrams`, in that order.
    public let sectionDiagrams: [Int: [DiagramReference]]

    init(configuration: ProjectConfiguration, items: [Item], index: [String: Int], outgoing: [[TraceLink]],
         bodyLinks: [[String: BodyLinkTarget]], attachments: [String], hasInterfaceInventory: Bool,
         software: ThirdPartySoftware = .empty, listedFiles: [ListedFileRecord] = [],
         threatModels: [ThreatModelDocument] = [], sectionDiagrams: [Int: [DiagramReference]] = [:]) {
        self.hasInterfaceInventory = hasInterfaceInventory
        self.sectionDiagrams = sectionDiagrams
        self.listedFiles = listedFiles
        self.threatModels = threatModels
        self.software = software
        self.configuration = configuration
        self.items = items
        self.index = index
        self.bodyLinks = bodyLinks
        self.attachments = attachments
        // Sorted once, by id; every list below follows from it. The ids are
        // read once: reaching each through its item in every one of the
        // 130,000 comparisons of 10,000 items cost more than comparing.
        let ids = items.map(\.id)
        let order = items.indices.sorted { NaturalOrder.precedes(ids[$0], ids[$1]) }
        var rank = Array(repeating: 0, count: items.count)
        for (place, position) in order.enumerated() { rank[position] = place }
        naturalOrder = order
        let sorted = outgoing.map { links in
            links.count < 2 ? links : links.enumerated().sorted {
                (rank[$0.element.other], $0.offset) < (rank[$1.element.other], $1.offset)
            }.map(\.element)
        }
        self.outgoing = sorted
        // Counted first so that each list is allocated once: growing 10,000
        // lists by appends was a fifth of linking in the preview's rebuild.
        var counts = Array(repeating: 0, count: items.count)
        for links in sorted { for link in links { counts[link.other] += 1 } }
        var incoming = counts.map { count in
            var links: [TraceLink] = []
            links.reserveCapacity(count)
            return links
        }
        // Sources taken in id order fill each list in id order.
        for source in order {
            for link in sorted[source] {
                incoming[link.other].append(TraceLink(field: link.field, other: source, line: link.line))
            }
        }
        self.incoming = incoming
        var live: [ItemType: [Int]] = [:]
        for position in order where items[position].isLive {
            live[items[position].type, default: []].append(position)
        }
        self.liveItems = live
    }

    /// Lends the item rather than copying it: most callers read one field,
    /// and copying a whole item per read showed up in profiles.
    public subscript(position: Int) -> Item {
        _read { yield items[position] }
    }

    public func position(of id: String) -> Int? { index[id] }

    public func live(_ type: ItemType) -> [Int] { liveItems[type] ?? [] }

    // The queries below run for every threat in every rule and page: one
    // pass each, without the intermediate arrays of filter and map.

    /// The items `position` links to through `field`.
    public func targets(of position: Int, in field: LinkField) -> [Int] {
        var targets: [Int] = []
        for link in outgoing[position] where link.field == field { targets.append(link.other) }
        return targets
    }

    /// The items that link to `position` through `field`.
    public func sources(of position: Int, in field: LinkField) -> [Int] {
        var sources: [Int] = []
        for link in incoming[position] where link.field == field { sources.append(link.other) }
        return sources
    }

    /// The live items (of `type`, when given) that link to `position`
    /// through `field`: what counts for coverage.
    public func liveSources(of position: Int, in field: LinkField, type: ItemType? = nil) -> [Int] {
        var sources: [Int] = []
        for link in incoming[position]
        where link.field == field && (type == nil || items[link.other].type == type) && items[link.other].isLive {
            sources.append(link.other)
        }
        return sources
    }

    public var phases: [LifecyclePhase] { configuration.phases }
}

extension TraceGraph {
    /// The interfaces an item names as written, when they are free-text
    /// labels (no inventory); empty once they are links.
    public func interfaceLabels(of position: Int) -> [String] {
        hasInterfaceInventory ? [] : items[position].links(in: .interfaces).map(\.target)
    }

    /// The item names an interface, as a link or, without an inventory, as a label.
    public func namesInterface(_ position: Int) -> Bool {
        items[position].links.contains { $0.field == .interfaces }
    }
}
