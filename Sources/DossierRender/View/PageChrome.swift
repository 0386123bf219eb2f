import DossierMustache

/// What every page shows around its own content: the document control, the
/// finding counts and the phases for the navigation bar, the way back to the
/// site's root, and the navigation bar and footer rendered once per folder
/// (`site-navigation`, `site-footer`) rather than on each of thousands of
/// item pages. Pages hold one and pass it the lookups they do not answer, so
/// templates read `{{document.documentID}}` or `{{{footer}}}` from any page.
struct PageChrome: Sendable {
    var document: DocumentControlView
    var counts: FindingCountsView
    var phases: [PhaseSummaryView]
    var root: String
    /// The sidebar's lists; the phases are `phases`.
    var chapters: [SidebarLinkView]
    var itemTypes: [SidebarLinkView]
    var pageTitle: String
    var navigation: String
    var footer: String

    /// The chrome of a single-file document: no navigation, no footer.
    init(document: DocumentControlView, counts: FindingCountsView, phases: [PhaseSummaryView]) {
        self.document = document
        self.counts = counts
        self.phases = phases
        root = ""
        chapters = []
        itemTypes = []
        pageTitle = ""
        navigation = ""
        footer = ""
    }

    /// The chrome of the site pages `root` below `site/`.
    init(templates: TemplateSet, document: DocumentControlView, counts: FindingCountsView,
         phases: [PhaseSummaryView], itemTypes: [SidebarLinkView], root: String) {
        self.init(document: document, counts: counts, phases: phases)
        self.root = root
        chapters = SidebarLinkView.chapters(root: root)
        self.itemTypes = itemTypes
        navigation = templates.render(self, with: "site-navigation")
        footer = templates.render(self, with: "site-footer")
    }

    /// The same chrome on a page with its own title.
    func titled(_ title: String) -> PageChrome {
        var chrome = self
        chrome.pageTitle = title
        return chrome
    }
}

extension PageChrome: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "document": TemplateValue(self.document)
        case "counts": TemplateValue(self.counts)
        case "phases": TemplateValue(self.phases)
        case "root": TemplateValue(self.root)
        case "chapters": TemplateValue(self.chapters)
        case "itemTypes": TemplateValue(self.itemTypes)
        case "pageTitle": TemplateValue(self.pageTitle)
        case "navigation": TemplateValue(self.navigation)
        case "footer": TemplateValue(self.footer)
        default: .null
        }
    }
}
