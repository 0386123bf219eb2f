/// Mustache renders stored properties only (a computed property renders as
/// nothing, silently), so every view is a plain struct of prepared values.

/// A link to an item, as shown in tables and lists.
public struct ItemReferenceView: Sendable {
    public var id: String
    public var title: String
    public var href: String
    public var status: String
    public var isObsolete: Bool
    /// This reference as the `reference` template shows it, in this output.
    public var rendered: String
}

/// One row of a field table: a name and its value, as text or as a link.
public struct FieldView: Sendable {
    public var name: String
    public var value: String
    /// Set only for http(s) URLs; other values are shown as text, never as
    /// links into the local file system.
    public var href: String?
    /// Whether `href` is set. Templates test this rather than `href`: a
    /// section on a missing `href` searches every enclosing view for one,
    /// and each lookup is a dynamic cast.
    public var isLink: Bool

    public init(name: String, value: String, href: String?) {
        self.name = name
        self.value = value
        self.href = href
        self.isLink = href != nil
    }
}

public struct LinkGroupView: Sendable {
    public var title: String
    public var items: [ItemReferenceView]
}

/// What names an item wherever it is shown whole: its heading and the line
/// under it. Templates read these fields straight from the item
/// (`{{title}}`); both item views pass lookups they do not answer to it.
public struct ItemHeadingView: Sendable {
    public var id: String
    public var anchor: String
    public var title: String
    public var type: String
    public var typeTitle: String
    public var status: String
    public var file: String
}

public struct ItemView: Sendable {
    public var heading: ItemHeadingView
    public var fields: [FieldView]
    public var linksOut: [LinkGroupView]
    public var linksIn: [LinkGroupView]
    public var hasLinks: Bool
    /// Rendered body: HTML for HTML outputs, CommonMark for dossier.md.
    public var body: String
    public var findings: [FindingView]
    public var hasFindings: Bool
}

/// An item in the item chapter of a single-file output: its whole section,
/// rendered on its own (by `dossier-html-item` or `dossier-md-item`) so that
/// items render on every core, and the few fields a group's list may show.
/// The full view is dropped once its section is rendered; the document held
/// every item's fields and body twice over until it was written.
public struct ItemSectionView: Sendable {
    public var heading: ItemHeadingView
    public var renderedSection: String
}

public struct ItemGroupView: Sendable {
    public var type: String
    public var title: String
    public var anchor: String
    public var count: Int
    public var items: [ItemSectionView]
    public var references: [ItemReferenceView]
}

public struct FindingView: Sendable {
    public var severity: String
    public var isMajor: Bool
    public var rule: String
    public var clause: String
    public var subject: String
    public var subjectHref: String?
    public var file: String
    public var line: Int
    public var message: String
}
