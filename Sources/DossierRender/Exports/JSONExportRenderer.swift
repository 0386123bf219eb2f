import DossierChange
import DossierLink
import DossierModel
import DossierSBOM

/// `dossier.json`: items with their links both ways, per-phase coverage,
/// findings and the manifest, for other tools and CI.
public struct JSONExportRenderer {
    public init() {}

    /// Writes the file in parts, the items, findings and manifest entries
    /// made as they are written (see `JSONValue.write(object:)`).
    public func render(_ input: RenderInput, to sink: any OutputSink) throws {
        let graph = input.graph
        let configuration = graph.configuration
        let open = input.findings.filter { $0.disposition == nil }
        let major = open.filter { $0.severity == .major }.count
        let numbers = FindingNumbers(input.findings)
        let members: [(String, JSONValue.Member)] = [
            ("format", .value(.string("dossier-export/1"))),
            ("generator", .value(.object([("name", .string(DossierTool.name)),
                                          ("version", .string(DossierTool.version))]))),
            ("product", .value(product(configuration.product))),
            ("document", .value(self.document(configuration.document))),
            ("phases", .value(.strings(configuration.phases.map(\.rawValue)))),
            ("summary", .value(.object([
                ("items", .number(graph.items.count)),
                ("major", .number(major)),
                ("minor", .number(open.count - major)),
                ("dispositioned", .number(input.findings.count - open.count)),
            ]))),
            ("coverage", .value(.array(graph.phaseMatrices.map { coverage($0, graph: graph) }))),
            ("controlCategories", .value(controlCategories(graph))),
            ("items", .elements(count: graph.items.count) { item($0, graph: graph) }),
            ("sbom", .value(sbom(graph))),
            ("findings", .elements(count: input.findings.count) { finding(input.findings[$0], numbers: numbers) }),
        ] + (input.changes.map { [("changes", .value(Self.changes($0)))] } ?? []) + [
            ("manifest", .elements(count: input.manifest.count) { index in
                let entry = input.manifest[index]
                return .object([("path", .string(entry.path)), ("sha256", .string(entry.sha256)),
                                ("bytes", .number(entry.bytes))])
            }),
        ]
        try sink.write("dossier.json") { append in try JSONValue.write(object: members, to: append) }
    }

    private func product(_ product: ProductDescription) -> JSONValue {
        .object([
            ("name", .string(product.name)), ("version", .string(product.version)),
            ("manufacturer", .optional(product.manufacturer)), ("intended_use", .optional(product.intendedUse)),
            ("safety_class", .optional(product.safetyClass)), ("deployment", .optional(product.deployment)),
        ] + product.extraFields.map { ($0.name, Self.value($0.value)) })
    }

    private func document(_ document: DocumentControl) -> JSONValue {
        .object([
            ("id", .string(document.id)), ("title", .string(document.title)),
            ("revision", .optional(document.revision)), ("date", .string(document.date)),
            ("approvals", .array(document.approvals.map {
                .object([("role", .string($0.role)), ("name", .string($0.name)), ("date", .optional($0.date))])
            })),
            ("history", .array(document.history.map {
                .object([("revision", .string($0.revision)), ("date", .string($0.date)), ("summary", .optional($0.summary))])
            })),
        ] + document.extraFields.map { ($0.name, Self.value($0.value)) })
    }

    private func coverage(_ matrix: PhaseMatrix, graph: TraceGraph) -> JSONValue {
        .object([
            ("phase", .string(matrix.phase.rawValue)),
            ("threats", .number(matrix.rows.count)),
            // Covered counts the threats covered whether attacked or not, as
            // the coverage summary does; notAttacked says how many were not.
            ("covered", .number(matrix.count(.covered) + matrix.count(.coveredNotAttacked))),
            ("notAttacked", .number(matrix.count(.coveredNotAttacked))),
            ("unverified", .number(matrix.count(.unverified))),
            ("failed", .number(matrix.count(.verificationFailed))),
            ("gaps", .number(matrix.count(.gap))),
            ("securityRequirements", .strings(matrix.securityRequirements.map { graph[$0].id })),
            ("rows", .array(matrix.rows.map { row in
                .object([
                    ("threat", .string(graph[row.threat].id)),
                    ("status", .string(row.status.rawValue)),
                    ("securityRequirements", .strings(row.mitigations.map { graph[$0].id })),
                    ("verifications", .array(row.mitigations.flatMap { requirement in
                        graph.verifications(of: requirement).map { verification in
                            .object([
                                ("securityRequirement", .string(graph[requirement].id)),
                                ("verification", .string(graph[verification].id)),
                                ("result", .string(graph[verification].verification?.result.rawValue ?? "")),
                            ])
                        }
                    })),
                ])
            })),
        ])
    }

    private func controlCategories(_ graph: TraceGraph) -> JSONValue {
        .array(ControlCategory.allCases.map { category in
            let requirements = graph.live(.securityRequirement).filter {
                graph[$0].securityRequirement?.category == category
            }
            return .object([
                ("category", .string(category.rawValue)),
                ("securityRequirements", .strings(requirements.map { graph[$0].id })),
                ("notApplicable", .optional(graph.configuration.notApplicableCategories[category])),
            ])
        })
    }

    private func item(_ position: Int, graph: TraceGraph) -> JSONValue {
        let item = graph[position]
        let outgoing = LinkField.allCases.compactMap { field -> (String, JSONValue)? in
            let targets = graph.targets(of: position, in: field)
            return targets.isEmpty ? nil : (field.rawValue, .strings(targets.map { graph[$0].id }))
        }
        let incoming = LinkField.allCases.compactMap { field -> (String, JSONValue)? in
            let sources = graph.sources(of: position, in: field)
            return sources.isEmpty ? nil : (field.rawValue, .strings(sources.map { graph[$0].id }))
        }
        return .object([
            ("id", .string(item.id)), ("type", .string(item.type.rawValue)), ("title", .string(item.title)),
            ("status", .string(item.status.rawValue)), ("file", .string(item.location.file)),
            ("phases", .strings(item.phases.map(\.rawValue))), ("tags", .strings(item.tags)),
            ("fields", .object(ItemJSONFields.fields(of: item) + interfaceLabels(of: position, graph: graph))),
            ("extraFields", .object(item.extraFields.map { ($0.name, Self.value($0.value)) })),
            ("links", .object(outgoing)),
            ("linkedFrom", .object(incoming)),
            ("references", .strings(item.body.references.map(\.target))),
            ("body", .string(item.body.markdown)),
        ] + verification(of: position, graph: graph) + TraceStatus.members(of: position, in: graph) + source(of: item))
    }

    /// Where an imported threat comes from, and what its tool decided.
    private func source(of item: Item) -> [(String, JSONValue)] {
        guard let origin = item.origin else { return [] }
        return [("source", .object([
            ("file", .string(origin.file)), ("format", .string(origin.formatKey)),
            ("state", .string(origin.stateLabel)), ("justification", .optional(origin.justification)),
            ("category", .optional(origin.category)), ("where", .optional(origin.placeDescription)),
            ("text", .string(origin.text)), ("overlay", .optional(origin.overlay)),
        ]))]
    }

    /// Interface names that are free-text labels (no inventory) stay in the
    /// export as written, since they resolve to no item.
    private func interfaceLabels(of position: Int, graph: TraceGraph) -> [(String, JSONValue)] {
        let labels = graph.interfaceLabels(of: position)
        return labels.isEmpty ? [] : [(LinkField.interfaces.rawValue, .strings(labels))]
    }

    /// A requirement's verification state, beside the results it follows from.
    private func verification(of position: Int, graph: TraceGraph) -> [(String, JSONValue)] {
        guard [.requirement, .securityRequirement].contains(graph[position].type) else { return [] }
        return [("verification", .object([
            ("state", .string(graph.verificationState(of: position).rawValue)),
            ("results", .object(graph.verifications(of: position).map {
                (graph[$0].id, .string(graph[$0].verification?.result.rawValue ?? ""))
            })),
        ]))]
    }

    /// The SBOM components with the item that documents each, and the
    /// vulnerabilities with what they affect and the threats that assess them.
    private func sbom(_ graph: TraceGraph) -> JSONValue {
        let software = graph.software
        return .object([
            ("components", .array(software.components.indices.map { index in
                let entry = software.components[index]
                return .object([
                    ("name", .string(entry.component.name)), ("version", .optional(entry.component.version)),
                    ("purl", .optional(entry.component.purl)), ("supplier", .optional(entry.component.supplier)),
                    ("licence", .optional(entry.component.licence)), ("file", .string(software.file(of: index))),
                    ("documentedBy", .optional(entry.documentedBy.map { graph[$0].id })),
                ])
            })),
            ("vulnerabilities", .array(software.vulnerabilities.map { vulnerability in
                let entry = vulnerability.entry
                return .object([
                    ("id", .string(entry.id)), ("state", .optional(entry.stateText)),
                    ("justification", .optional(entry.justification)), ("detail", .optional(entry.detail)),
                    ("file", .string(software.documents[vulnerability.document].path)),
                    ("affects", .strings(vulnerability.affects.map { software.components[$0].component.label })),
                    ("assessedBy", .strings(vulnerability.assessedBy.map { graph[$0].id })),
                ])
            })),
        ])
    }

    private func finding(_ finding: Finding, numbers: FindingNumbers) -> JSONValue {
        .object([
            ("number", .string(numbers.label(of: finding))),
            ("rule", .string(finding.rule.rawValue)), ("severity", .string(finding.severity.rawValue)),
            ("item", .string(finding.subject)), ("file", .string(finding.location.file)),
            ("line", .number(finding.location.line)), ("message", .string(finding.message)),
            ("remedy", .optional(finding.remedy)),
        ] + (finding.disposition.map { disposition in
            [("disposition", JSONValue.object([
                ("rationale", .string(disposition.rationale)), ("approved_by", .string(disposition.approvedBy)),
                ("date", .optional(disposition.date)),
            ]))]
        } ?? []))
    }

    private static func changes(_ report: ChangeReport) -> JSONValue { report.json }

    static func value(_ value: FieldValue) -> JSONValue {
        switch value {
        case .text(let text): .string(text)
        case .list(let values): .array(values.map(Self.value))
        case .mapping(let pairs): .object(pairs.map { ($0.name, Self.value($0.value)) })
        }
    }
}

/// An item's type-specific fields under their front-matter names, as the
/// type declares them.
enum ItemJSONFields {
    static func fields(of item: Item) -> [(String, JSONValue)] {
        item.details.contents.map { spec, content in
            switch content {
            case .absent: (spec.name, .null)
            case .text(let text): (spec.name, .string(text))
            case .flag(let flag): (spec.name, .bool(flag))
            case .number(let number): (spec.name, .double(number))
            case .list(let values): (spec.name, .strings(values))
            case .records(let records): (spec.name, .array(records.map { json(of: $0, spec: spec) }))
            }
        }
    }

    /// A record's keys in the order its fields declare them.
    private static func json(of record: [String: FieldContent], spec: FieldSpec) -> JSONValue {
        guard case .records(_, let fields) = spec.kind else { return .null }
        return .object(fields.compactMap { field in
            switch record[field.name] {
            case .text(let text): (field.name, .string(text))
            case .flag(let flag): (field.name, .bool(flag))
            case .number(let number): (field.name, .double(number))
            case .list(let values): (field.name, .strings(values))
            case .absent, .records, nil: nil
            }
        })
    }
}
