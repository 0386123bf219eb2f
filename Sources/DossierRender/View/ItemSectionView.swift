import DossierMustache

/// An item in the item chapter of a single-file output: its whole section,
/// rendered on its own (by `dossier-html-item` or `dossier-md-item`) so that
/// items render on every core, and the few fields a group's list may show.
/// The section is rendered only when the document is written, a batch of
/// items at a time; until then `renderedSection` is its marker (see
/// `SectionedDocument`).
struct ItemSectionView: Sendable {
    var heading: ItemHeadingView
    var renderedSection: String
}

extension ItemSectionView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "heading": TemplateValue(self.heading)
        case "renderedSection": TemplateValue(self.renderedSection)
        default: self.heading.value(named: name)
        }
    }
}
