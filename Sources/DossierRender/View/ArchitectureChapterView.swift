import DossierMustache

/// The "Security architecture" chapter (FDA premarket cybersecurity
/// guidance §V.B.2, Appendix 2): what each of the four views is shown by or
/// why it does not apply, then the sections that declare a view, in the
/// four views' order, each with its text and diagrams.
struct ArchitectureChapterView: Sendable {
    var views: [ArchitectureViewRow]
    var sections: [ArchitectureSectionView]
    var hasSections: Bool
    /// "3 of 4 views shown, 1 not applicable".
    var summaryText: String
}

/// One of the four views: the sections that show it, else its justification.
struct ArchitectureViewRow: Sendable {
    var name: String
    var title: String
    var purpose: String
    var sections: [ItemReferenceView]
    var hasSections: Bool
    var justification: String
    var isJustified: Bool
    /// shown, not-applicable or missing: the badge's class.
    var state: String
    var stateText: String
}

/// A section that declares a view, whole: its heading, text and diagrams.
struct ArchitectureSectionView: Sendable {
    var heading: ItemHeadingView
    /// A link to the section's own page, for the site.
    var reference: ItemReferenceView
    var viewTitle: String
    /// The rendered body: HTML, or CommonMark for dossier.md.
    var body: String
    var figures: [DiagramFigureView]
    var hasFigures: Bool
}

extension ArchitectureChapterView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "views": TemplateValue(self.views)
        case "sections": TemplateValue(self.sections)
        case "hasSections": TemplateValue(self.hasSections)
        case "summaryText": TemplateValue(self.summaryText)
        default: .null
        }
    }
}

extension ArchitectureViewRow: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "name": TemplateValue(self.name)
        case "title": TemplateValue(self.title)
        case "purpose": TemplateValue(self.purpose)
        case "sections": TemplateValue(self.sections)
        case "hasSections": TemplateValue(self.hasSections)
        case "justification": TemplateValue(self.justification)
        case "isJustified": TemplateValue(self.isJustified)
        case "state": TemplateValue(self.state)
        case "stateText": TemplateValue(self.stateText)
        default: .null
        }
    }
}

extension ArchitectureSectionView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "heading": TemplateValue(self.heading)
        case "reference": TemplateValue(self.reference)
        case "viewTitle": TemplateValue(self.viewTitle)
        case "body": TemplateValue(self.body)
        case "figures": TemplateValue(self.figures)
        case "hasFigures": TemplateValue(self.hasFigures)
        default: self.heading.value(named: name)
        }
    }
}
