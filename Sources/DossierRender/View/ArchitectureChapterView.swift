import Mustache

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

extension ArchitectureChapterView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "views": self.views
        case "sections": self.sections
        case "hasSections": self.hasSections
        case "summaryText": self.summaryText
        default: nil
        }
    }
}

extension ArchitectureViewRow: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "title": self.title
        case "purpose": self.purpose
        case "sections": self.sections
        case "hasSections": self.hasSections
        case "justification": self.justification
        case "isJustified": self.isJustified
        case "state": self.state
        case "stateText": self.stateText
        default: nil
        }
    }
}

extension ArchitectureSectionView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "heading": self.heading
        case "reference": self.reference
        case "viewTitle": self.viewTitle
        case "body": self.body
        case "figures": self.figures
        case "hasFigures": self.hasFigures
        default: self.heading.child(named: name)
        }
    }
}
