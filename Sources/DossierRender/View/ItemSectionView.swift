import Mustache

/// An item in the item chapter of a single-file output: its whole section,
/// rendered on its own (by `dossier-html-item` or `dossier-md-item`) so that
/// items render on every core, and the few fields a group's list may show.
/// The full view is dropped once its section is rendered; the document held
/// every item's fields and body twice over until it was written.
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
