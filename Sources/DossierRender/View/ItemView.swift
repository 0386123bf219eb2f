/// Mustache renders stored properties only (a computed property renders as
/// nothing, silently), so every view is a plain struct of prepared values.

/// A link to an item, as shown in tables and lists.
public struct ItemReferenceView: Sendable {
    public var id: String
    public var title: String
    public var href: String
    public var status: String
    public var isObsolete: Bool
    /// A verification's result ("pass", "fail", "not-run"), shown beside it
    /// wherever it is referenced; empty for other items.
    public var result: String
    public var hasResult: Bool
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

/// A status the trace gives an item, shown in its field table: a
/// requirement's verification ("failed", VER-3), a threat's coverage in one
/// phase.
public struct StatusRowView: Sendable {
    public var name: String
    /// The badge's class: a `VerificationState` or `ThreatCoverageStatus` raw value.
    public var state: String
    public var text: String
    /// The items behind the status, e.g. "VER-3"; may be empty.
    public var detail: String
    /// `text` with `detail` in parentheses, for text outputs: "failed (VER-3)".
    public var summary: String

    init(name: String, state: String, text: String, detail: String) {
        self.name = name
        self.state = state
        self.text = text
        self.detail = detail
        self.summary = detail.isEmpty ? text : "\(text) (\(detail))"
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
    public var statusRows: [StatusRowView]
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
    /// Narrative sections: the single-file outputs print them once, as the
    /// scope chapter, not again among the design inputs.
    public var isNarrative: Bool
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
    /// `message` escaped for HTML, its `backtick` spans as code.
    public var messageHTML: String
    /// `message` escaped for dossier.md, its code spans kept.
    public var messageMarkdown: String
}
