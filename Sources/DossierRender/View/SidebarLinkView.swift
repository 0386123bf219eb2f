import DossierLink
import DossierModel
import DossierMustache

/// A link in the site's sidebar: a chapter, an item type, a phase.
struct SidebarLinkView: Sendable {
    var title: String
    var href: String
    /// How many items it leads to; nil where a count means nothing (chapters).
    var count: Int?
}

extension SidebarLinkView {
    /// The site's chapters, in sidebar order: the pages at the site's root,
    /// each rendered from the template `site-<name>`. A new chapter is one
    /// line here and its template.
    static let chapters: [(name: String, title: String)] = [
        ("index", "Dashboard"), ("security-architecture", "Security architecture"), ("threat-model", "Threat model"), ("attack-surface", "Attack surface"), ("risk", "Risk assessment"),
        ("security-testing", "Security testing"), ("risk-controls", "ISO 14971 linkage"),
        ("labeling", "Accompanying documentation"), ("software", "Third-party software"), ("reviews", "Reviews"),
        ("findings", "Findings"), ("items", "All items"),
        ("manifest", "Manifest"),
    ]

    /// Every project has every chapter: one with nothing to list says so
    /// (a project with no SBOM has a third-party software page saying that).
    static func chapters(root: String) -> [SidebarLinkView] {
        chapters.map { SidebarLinkView(title: $0.title, href: "\(root)\($0.name).html") }
    }

    /// The item types the project has, each to its list on "All items".
    static func itemTypes(in graph: TraceGraph, root: String) -> [SidebarLinkView] {
        var counts: [ItemType: Int] = [:]
        for item in graph.items { counts[item.type, default: 0] += 1 }
        return ItemType.allCases.compactMap { type in
            counts[type].map { SidebarLinkView(title: type.pluralTitle, href: "\(root)items.html#items-\(type.rawValue)",
                                               count: $0) }
        }
    }
}

extension SidebarLinkView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "title": TemplateValue(self.title)
        case "href": TemplateValue(self.href)
        case "count": TemplateValue(self.count)
        default: .null
        }
    }
}
