import DossierLink
import DossierModel
import DossierMustache

// Templates reach a view's values through `value(named:)`, which each view
// answers for exactly its stored properties, in the file that declares it; a
// test compares these answers with Mirror so a new property cannot be
// forgotten.

/// The whole dossier as one view, for the single-file outputs and the
/// site's overview pages. Item bodies are rendered only when asked for.
struct DossierViewModel: Sendable {
    /// The document control, counts and phases every output shows, and on
    /// the site's overview pages their navigation and footer.
    var chrome: PageChrome
    var matrices: [MatrixView]
    var secured: [SecuredRequirementView]
    var categories: [ControlCategoryView]
    var assets: [AssetView]
    var hazards: [HazardView]
    var attackSurface: AttackSurfaceView
    var risk: RiskAssessmentView
    var heatMap: CountGridView
    /// Security testing: verifications by kind, and each mitigated threat's attacks.
    var testKinds: [TestKindGroupView]
    var threatTesting: [ThreatTestingView]
    var hasThreatTesting: Bool
    /// ISO 14971 linkage: each hazard's causes, controls and their verification.
    var hazardLinkage: [HazardLinkageView]
    var hasHazards: Bool
    /// Accompanying documentation: labeling by kind, and the kinds a rule asks for that are missing.
    var labeling: [LabelingGroupView]
    var hasLabeling: Bool
    var missingLabeling: [String]
    var software: SoftwareChapterView
    var threatModel: ThreatModelChapterView
    /// The review records and what changed since the latest approvals.
    var reviews: ReviewsChapterView
    /// The threat model by lifecycle source (FDA guidance §V.A.1).
    var threatSources: [ThreatSourceView]
    var findings: [FindingView]
    var hasFindings: Bool
    /// The narrative sections; those that declare a view are in `architecture`.
    var sections: [ItemView]
    var hasSections: Bool
    var architecture: ArchitectureChapterView
    var groups: [ItemGroupView]
    var manifest: [ManifestEntryView]
    var manifestCount: Int
    /// "1 input file", "12 input files".
    var manifestText: String
    /// CSS string contents for the printed page header, escaped for CSS.
    var cssDocumentLabel: String
    var cssProductLabel: String
    var cssGeneratorLabel: String
    /// The "Changes since revision X" chapter, with `build --baseline`.
    var changes: ChangesView?
    /// The PDF's Author (the manufacturer), Subject and dates, which
    /// WeasyPrint reads from `<meta>`: the document date, never the clock;
    /// no date at all when the document is undated.
    var metaAuthor: String?
    var metaSubject: String
    var metaDate: String?

    var document: DocumentControlView { chrome.document }
    var counts: FindingCountsView { chrome.counts }
    var phases: [PhaseSummaryView] { chrome.phases }

    /// - Parameter templates: for each item's `reference`; nil for outputs
    ///   that show none.
    init(input: RenderInput, links: LinkStyle, bodyFormat: ItemViewBuilder.BodyFormat, templates: TemplateSet?) {
        self.init(input: input,
                  items: ItemViewBuilder(input: input, links: links, bodyFormat: bodyFormat, templates: templates),
                  sectionMarker: nil)
    }

    /// - Parameter sectionMarker: stands in for each item's section of the
    ///   item chapter (see `SectionedDocument`), which is left empty without it.
    init(input: RenderInput, items: ItemViewBuilder, sectionMarker: SectionMarker?) {
        let graph = input.graph
        let links = items.links
        let bodyFormat = items.bodyFormat
        let coverage = CoverageViewBuilder(items: items)
        let phaseMatrices = graph.phaseMatrices
        let software = SoftwareChapterBuilder(items: items).view()
        chrome = PageChrome(document: DocumentControlBuilder.view(of: graph.configuration),
                            counts: FindingCountsView(input), phases: phaseMatrices.map(coverage.summary(of:)))
        matrices = phaseMatrices.map(coverage.matrix)
        secured = coverage.securedRequirements()
        categories = coverage.controlCategories()
        assets = coverage.assets()
        hazards = coverage.hazards()
        // dossier.md shows the pictures' tables alone.
        let drawsPictures = bodyFormat != .commonMark
        attackSurface = AttackSurfaceViewBuilder(items: items, drawsPictures: drawsPictures).view()
        risk = RiskViewBuilder(items: items, drawsPictures: drawsPictures).view()
        heatMap = coverage.heatMap(drawsPicture: drawsPictures)
        let controls = RiskControlViewBuilder(items: items)
        testKinds = controls.testKinds()
        threatTesting = controls.threatTesting()
        hasThreatTesting = !threatTesting.isEmpty
        hazardLinkage = controls.hazardLinkage()
        hasHazards = !hazardLinkage.isEmpty
        // The site's overview pages render no bodies, but the labeling chapter
        // is the draft of the instructions: its statements need their text.
        let body = BodyRenderer(graph: graph, links: links)
        labeling = controls.labeling { position in
            bodyFormat == .commonMark ? body.commonMark(of: position) : body.html(of: position)
        }
        hasLabeling = !labeling.isEmpty
        missingLabeling = controls.missingLabelingKinds()
        self.software = software
        threatModel = ThreatModelChapterBuilder(items: items).view()
        reviews = ReviewsChapterBuilder(items: items, comparisons: input.reviews).view()
        threatSources = items.threatSources()
        // A reader of the dossier looks for the major gaps first; within a
        // severity the check's own order (file, line, rule) holds.
        findings = items.findingNumbers.chapterOrder.map { items.finding(input.findings[$0]) }
        hasFindings = !findings.isEmpty
        sections = Self.sectionOrder(graph).filter { graph[$0].section?.view == nil }.map(items.view)
        hasSections = !sections.isEmpty
        architecture = ArchitectureChapterBuilder(items: items).view()
        groups = ItemType.allCases.compactMap { type -> ItemGroupView? in
            let positions = graph.naturalOrder.filter { graph[$0].type == type }
            guard !positions.isEmpty else { return nil }
            // Sections print once, in the scope chapter: rendering them
            // again for the item chapter would only be thrown away.
            let isNarrative = type == .section
            return ItemGroupView(type: type.rawValue, title: type.pluralTitle, anchor: "items-\(type.rawValue)",
                                 count: positions.count, isNarrative: isNarrative,
                                 items: isNarrative ? [] : sectionMarker.map { marker in
                                     positions.map { ItemSectionView(heading: items.heading($0),
                                                                     renderedSection: marker.text(for: $0)) }
                                 } ?? [],
                                 references: items.references(positions))
        }
        manifest = input.manifest.map { ManifestEntryView(path: $0.path, sha256: $0.sha256, bytes: $0.bytes) }
        manifestCount = manifest.count
        manifestText = CountText.phrase(manifest.count, "input file", "input files")
        let revision = graph.configuration.document.revision.map { " rev. \($0)" } ?? ""
        cssDocumentLabel = CSSString.escape("\(graph.configuration.document.id)\(revision)")
        cssProductLabel = CSSString.escape("\(graph.configuration.product.name) \(graph.configuration.product.version)")
        cssGeneratorLabel = CSSString.escape("Generated by \(DossierTool.nameAndVersion)")
        changes = input.changes.map { ChangesView($0, items: items) }
        let configuration = graph.configuration
        metaAuthor = configuration.product.manufacturer
        metaSubject = "Security design inputs of \(configuration.product.name) \(configuration.product.version), "
            + "\(configuration.document.id)\(revision)"
        metaDate = CalendarDate(configuration.document.date) != nil ? configuration.document.date : nil
    }

    /// Narrative sections by `order`, then by id; live ones only.
    static func sectionOrder(_ graph: TraceGraph) -> [Int] {
        graph.live(.section).sorted { lhs, rhs in
            let left = graph[lhs].section?.order ?? .infinity
            let right = graph[rhs].section?.order ?? .infinity
            return left != right ? left < right : graph[lhs].id < graph[rhs].id
        }
    }
}

extension FindingCountsView {
    init(_ input: RenderInput) {
        let open = input.findings.filter { $0.disposition == nil }
        let major = open.filter { $0.severity == .major }.count
        let items = input.graph.items.count
        self.init(major: major, minor: open.count - major, total: input.findings.count,
                  isClean: input.findings.isEmpty, hasMajor: major > 0, items: items,
                  itemsText: CountText.phrase(items, "design input", "design inputs"),
                  dispositioned: input.findings.count - open.count)
    }
}

/// Escapes text for a CSS string: everything but letters, digits and space
/// as a hex escape, so no value can end the string or the style element.
enum CSSString {
    static func escape(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == " " {
                result.unicodeScalars.append(scalar)
            } else {
                result += "\\" + String(scalar.value, radix: 16) + " "
            }
        }
        return result
    }
}

extension DossierViewModel: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "chrome": TemplateValue(self.chrome)
        case "matrices": TemplateValue(self.matrices)
        case "secured": TemplateValue(self.secured)
        case "categories": TemplateValue(self.categories)
        case "assets": TemplateValue(self.assets)
        case "hazards": TemplateValue(self.hazards)
        case "attackSurface": TemplateValue(self.attackSurface)
        case "risk": TemplateValue(self.risk)
        case "heatMap": TemplateValue(self.heatMap)
        case "testKinds": TemplateValue(self.testKinds)
        case "threatTesting": TemplateValue(self.threatTesting)
        case "hasThreatTesting": TemplateValue(self.hasThreatTesting)
        case "hazardLinkage": TemplateValue(self.hazardLinkage)
        case "hasHazards": TemplateValue(self.hasHazards)
        case "labeling": TemplateValue(self.labeling)
        case "hasLabeling": TemplateValue(self.hasLabeling)
        case "missingLabeling": TemplateValue(self.missingLabeling)
        case "software": TemplateValue(self.software)
        case "threatModel": TemplateValue(self.threatModel)
        case "reviews": TemplateValue(self.reviews)
        case "threatSources": TemplateValue(self.threatSources)
        case "findings": TemplateValue(self.findings)
        case "hasFindings": TemplateValue(self.hasFindings)
        case "sections": TemplateValue(self.sections)
        case "hasSections": TemplateValue(self.hasSections)
        case "architecture": TemplateValue(self.architecture)
        case "groups": TemplateValue(self.groups)
        case "manifest": TemplateValue(self.manifest)
        case "manifestCount": TemplateValue(self.manifestCount)
        case "manifestText": TemplateValue(self.manifestText)
        case "cssDocumentLabel": TemplateValue(self.cssDocumentLabel)
        case "cssProductLabel": TemplateValue(self.cssProductLabel)
        case "cssGeneratorLabel": TemplateValue(self.cssGeneratorLabel)
        case "changes": TemplateValue(self.changes)
        case "metaAuthor": TemplateValue(self.metaAuthor)
        case "metaSubject": TemplateValue(self.metaSubject)
        case "metaDate": TemplateValue(self.metaDate)
        default: chrome.value(named: name)
        }
    }
}
