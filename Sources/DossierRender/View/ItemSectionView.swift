import Mustache

/// An item in the item chapter of a single-file output: its whole section,
/// rendered on its own (by `dossier-html-item` or `dossier-md-item`) so that
/// items render on every core, and the few fields a group's list may show.
/// The section is rendered only when the document is written, a batch of
/// items at a time; until then `renderedSection` is its marker (see
/// `SectionedDocument`).
public struct ItemSectionView: Sendable {
    public var heading: ItemHeadingView
    public var renderedSection: String
}

extension ItemSectionView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": self.heading
        case "renderedSection": self.renderedSection
        default: self.heading.child(named: name)
        }
    }
}
