import DossierChange
import DossierLink
import DossierModel

/// Builds the views of items for one output, with that output's links.
struct ItemViewBuilder {
    enum BodyFormat { case html, commonMark, none }

    let graph: TraceGraph
    let links: LinkStyle
    let findingsBySubject: [String: [Finding]]
    let findingNumbers: FindingNumbers
    var bodyFormat: BodyFormat
    /// Each item's `reference` template for this output's links; nil for
    /// outputs whose templates show no `reference` (Markdown).
    let renderedReferences: RenderedReferences?
    /// Per item, "added" or "changed" since the baseline; empty without one.
    let changeMarks: [String: String]
    /// The build's bodies, parsed once for every output, and which output
    /// this is; nil where bodies are rendered here (the preview, tests).
    var sharedBodies: (bodies: SharedBodies, output: SharedBodies.Output)?
    /// For each item's field table; nil for outputs that show none (Markdown).
    let templates: TemplateSet?
    /// The build's field tables, rendered once for the site and
    /// dossier.html, and which output this is; nil where they are rendered here.
    var sharedFieldTables: (tables: SharedFieldTables, output: SharedFieldTables.Output)?

    /// - Parameter renderingAllReferences: renders every item's `reference`
    ///   now rather than when first shown (see `RenderedReferences`).
    init(input: RenderInput, links: LinkStyle, bodyFormat: BodyFormat, templates: TemplateSet?,
         renderingAllReferences: Bool = true) {
        graph = input.graph
        self.links = links
        self.bodyFormat = bodyFormat
        findingsBySubject = Dictionary(grouping: input.findings, by: \.subject)
        findingNumbers = FindingNumbers(input.findings)
        var marks: [String: String] = [:]
        for id in input.changes?.changes.added ?? [] { marks[id] = ChangeMark.added.rawValue }
        for change in input.changes?.changes.changed ?? [] { marks[change.id] = ChangeMark.changed.rawValue }
        changeMarks = marks
        self.templates = templates
        let graph = input.graph
        renderedReferences = templates.map { templates in
            RenderedReferences(count: graph.items.count, renderAll: renderingAllReferences) { position in
                templates.render(Self.reference(to: graph[position], links: links, rendered: ""), with: "reference")
            }
        }
    }

    /// The same builder with bodies in another format.
    func with(bodyFormat: BodyFormat) -> ItemViewBuilder {
        var builder = self
        builder.bodyFormat = bodyFormat
        builder.sharedBodies = nil
        builder.sharedFieldTables = nil
        return builder
    }

    /// The same builder taking its field tables from `tables`, as `output` shows them.
    func sharing(_ tables: SharedFieldTables?, as output: SharedFieldTables.Output) -> ItemViewBuilder {
        var builder = self
        builder.sharedFieldTables = tables.map { ($0, output) }
        return builder
    }

    /// The field table of `view`, the item at `position`.
    func fieldTable(of position: Int, view: ItemView) -> String {
        guard let templates else { return "" }
        if let sharedFieldTables {
            return sharedFieldTables.tables.take(sharedFieldTables.output, of: position, view: view,
                                                 templates: templates) { renderedReferences?[$0] ?? "" }
        }
        return templates.render(view, with: SharedFieldTables.template)
    }

    /// The same builder taking its bodies from `bodies`, as `output` shows them.
    func sharing(_ bodies: SharedBodies?, as output: SharedBodies.Output) -> ItemViewBuilder {
        var builder = self
        builder.sharedBodies = bodies.map { ($0, output) }
        return builder
    }

    /// An item's body as this output shows it: CommonMark in dossier.md,
    /// HTML elsewhere (also where item views show no body: the site's
    /// overview pages still print the sections of the architecture chapter).
    func renderedBody(of position: Int) -> String {
        if let sharedBodies { return sharedBodies.bodies.take(sharedBodies.output, of: position) }
        let renderer = BodyRenderer(graph: graph, links: links)
        return bodyFormat == .commonMark ? renderer.commonMark(of: position) : renderer.html(of: position)
    }

    func reference(_ position: Int) -> ItemReferenceView {
        var reference = Self.reference(to: graph[position], links: links,
                                       rendered: renderedReferences?[position] ?? "")
        reference.changeMark = changeMarks[graph[position].id]
        reference.hasFindings = findingsBySubject[reference.id] != nil
        return reference
    }

    private static func reference(to item: Item, links: LinkStyle, rendered: String) -> ItemReferenceView {
        ItemReferenceView(id: item.id, title: item.title, href: links.item(item.id), status: item.status.rawValue,
                          isObsolete: item.status == .obsolete, result: item.verification?.result.rawValue ?? "",
                          hasResult: item.verification != nil, rendered: rendered,
                          phaseNames: item.phases.map(\.rawValue).joined(separator: " "), hasFindings: false)
    }

    func references(_ positions: [Int]) -> [ItemReferenceView] { positions.map(reference) }

    func finding(_ finding: Finding) -> FindingView {
        let isItem = graph.position(of: finding.subject) != nil
        let clause = finding.clause
        return FindingView(
            number: findingNumbers.label(of: finding), severity: finding.severity.rawValue,
            isMajor: finding.severity == .major, rule: finding.rule.rawValue, clause: clause, subject: finding.subject,
            subjectHref: isItem ? links.item(finding.subject) : links.phaseIfPhase(finding.subject, in: graph),
            file: finding.location.file, line: finding.location.line,
            message: FindingView.message(finding.message, without: clause),
            disposition: finding.disposition?.summary)
    }

    func heading(_ position: Int) -> ItemHeadingView {
        let item = graph[position]
        return ItemHeadingView(id: item.id, anchor: "item-\(item.id)", title: item.title, type: item.type.rawValue,
                               typeTitle: item.type.singularTitle, status: item.status.rawValue,
                               file: item.location.file, changeMark: changeMarks[item.id])
    }

    func view(_ position: Int) -> ItemView {
        let item = graph[position]
        let outgoing = LinkField.allCases.compactMap { field -> LinkGroupView? in
            let targets = graph.targets(of: position, in: field)
            return targets.isEmpty ? nil : LinkGroupView(title: field.forwardTitle, items: references(targets))
        }
        // One field can mean different things by who links (a threat is
        // mitigated, tested and disclosed): one group per reverse title.
        let incoming = LinkField.allCases.flatMap { field -> [LinkGroupView] in
            var groups: [(title: String, sources: [Int])] = []
            let sources = graph.sources(of: position, in: field)
            for type in ItemType.allCases {
                for source in sources where graph[source].type == type {
                    let title = graph[source].type.reverseTitle(of: field)
                    if let index = groups.firstIndex(where: { $0.title == title }) {
                        groups[index].sources.append(source)
                    } else {
                        groups.append((title, [source]))
                    }
                }
            }
            return groups.map { LinkGroupView(title: $0.title, items: references($0.sources)) }
        }
        let findings = (findingsBySubject[item.id] ?? []).map(finding)
        var body = bodyFormat == .none ? "" : renderedBody(of: position)
        var fields = ItemFields.rows(of: item, decided: decidedFields(of: position))
        if let origin = item.origin {
            fields.insert(contentsOf: Self.rows(of: origin), at: 0)
            // The model's own text first; an overlay's body follows it.
            switch bodyFormat {
            case .html where !origin.text.isEmpty: body = PlainText.html(origin.text) + (body.isEmpty ? "" : "\n" + body)
            case .commonMark where !origin.text.isEmpty:
                body = PlainText.commonMark(origin.text) + (body.isEmpty ? "" : "\n\n" + body)
            default: break
            }
        }
        let labels = graph.interfaceLabels(of: position)
        if !labels.isEmpty {
            // Without an inventory the names are free text, shown as written.
            fields.append(FieldView(name: LinkField.interfaces.forwardTitle, value: labels.joined(separator: ", "), href: nil))
        }
        let trace = self.trace(of: position)
        var view = ItemView(
            heading: heading(position), fields: fields, statusRows: statusRows(of: position), linksOut: outgoing, linksIn: incoming,
            hasLinks: !outgoing.isEmpty || !incoming.isEmpty, body: body, findings: findings,
            hasFindings: !findings.isEmpty, trace: trace, hasTrace: !trace.isEmpty)
        if bodyFormat != .none, graph.sectionDiagrams[position] != nil {
            view.figures = DiagramFigureBuilder(items: self, drawsPictures: bodyFormat == .html).figures(ofSection: position)
            view.hasFigures = !view.figures.isEmpty
        }
        view.fieldTable = LazyText { [self, view] in fieldTable(of: position, view: view) }
        return view
    }
}

extension ItemViewBuilder {
    /// Where an imported threat comes from and what its tool decided.
    static func rows(of origin: ImportedOrigin) -> [FieldView] {
        var rows = [FieldView(name: "Imported from", value: "\(origin.file) (\(origin.format))", href: nil),
                    FieldView(name: "State in the tool", value: origin.stateLabel, href: nil)]
        if let justification = origin.justification {
            rows.append(FieldView(name: origin.state == .notApplicable ? "Justification" : "Decision", value: justification,
                                  href: nil))
        }
        if let category = origin.category { rows.append(FieldView(name: "Category in the tool", value: category, href: nil)) }
        if let place = origin.placeDescription { rows.append(FieldView(name: "Where", value: place, href: nil)) }
        return rows
    }

    /// Fields whose value the trace decides rather than the author.
    func decidedFields(of position: Int) -> [String: String] {
        guard graph[position].type == .requirement else { return [:] }
        return ["security_relevant": graph.securityRelevance(of: position).text]
    }

    /// What the trace says of an item: a requirement's verification, a
    /// threat's coverage in each of its phases.
    func statusRows(of position: Int) -> [StatusRowView] {
        let item = graph[position]
        switch item.type {
        case .requirement, .securityRequirement:
            let state = graph.verificationState(of: position)
            let ids = graph.decisiveVerifications(of: position).map { graph[$0].id }
            return [StatusRowView(name: "Verification", state: state.rawValue, text: state.title,
                                  detail: ids.joined(separator: ", "))]
        case .threat where item.isLive:
            let standing = graph.riskStanding(of: position)
            let risk = StatusRowView(name: "Residual risk", state: standing.name, text: standing.title,
                                     detail: standing.failedVerifications.map { graph[$0].id }.joined(separator: ", "))
            return [risk] + item.phases.map { phase in
                let row = graph.coverage(of: position, in: phase)
                return StatusRowView(name: "Coverage in \(phase.title.lowercased())", state: row.status.rawValue,
                                     text: row.status.title,
                                     detail: row.mitigations.map { graph[$0].id }.joined(separator: ", "))
            }
        case .interface where item.isLive:
            let status = graph.interfaceStatus(of: position)
            return [StatusRowView(name: "Attack surface", state: status.rawValue, text: status.title,
                                  detail: graph.protectors(of: position).map { graph[$0].id }.joined(separator: ", "))]
        default:
            return []
        }
    }
}

extension LinkStyle {
    /// Set-level findings name a phase; link it when it is one.
    func phaseIfPhase(_ subject: String, in graph: TraceGraph) -> String? {
        graph.phases.contains(LifecyclePhase(subject)) ? phase(subject) : nil
    }
}
