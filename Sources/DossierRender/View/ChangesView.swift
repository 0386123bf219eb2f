import DossierChange
import DossierModel
import DossierMustache

/// The "Changes since revision X" chapter of `build --baseline`: what
/// `dossier diff` lists, for the reviewer who saw revision X.
struct ChangesView {
    /// "revision B", else the ref given to --baseline.
    var baseline: String
    /// "1 added, 0 removed, 2 changed; …": counts first, as in `diff`.
    var summary: String
    var added: [ItemReferenceView]
    var removed: [String]
    var changed: [ChangeRowView]
    var links: [ChangeRowView]
    var findings: [ChangeRowView]
    var isEmpty: Bool
    var hasAdded: Bool { !added.isEmpty }
    var hasRemoved: Bool { !removed.isEmpty }
    var hasChanged: Bool { !changed.isEmpty }
    var hasLinks: Bool { !links.isEmpty }
    var hasFindings: Bool { !findings.isEmpty }

    init(_ report: ChangeReport, items: ItemViewBuilder) {
        let graph = items.graph
        baseline = report.revision.map { "revision \($0)" } ?? report.ref
        let changes = report.changes
        summary = report.countsSentence
        added = changes.added.compactMap { graph.position(of: $0).map(items.reference) }
        removed = changes.removed
        changed = changes.changed.compactMap { change in
            graph.position(of: change.id).map { position in
                ChangeRowView(item: items.reference(position),
                              detail: (change.fields + (change.body ? ["body"] : [])).joined(separator: ", "))
            }
        }
        links = changes.linksAdded.map { ChangeRowView(text: "added: \($0.from) \($0.field) → \($0.to)") }
            + changes.linksRemoved.map { ChangeRowView(text: "removed: \($0.from) \($0.field) → \($0.to)") }
        findings = report.findings.new.map { ChangeRowView(text: "new \($0.severity.rawValue): \($0.rule) on \($0.item)") }
            + report.findings.resolved.map { ChangeRowView(text: "resolved: \($0.rule) on \($0.item)") }
        isEmpty = changes.isEmpty && findings.isEmpty
    }
}

/// One line of the changes chapter: an item with what changed, or a text.
struct ChangeRowView {
    var item: ItemReferenceView?
    var detail: String

    init(item: ItemReferenceView, detail: String) {
        self.item = item
        self.detail = detail
    }

    init(text: String) {
        item = nil
        detail = text
    }
}

extension ChangesView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "baseline": TemplateValue(self.baseline)
        case "summary": TemplateValue(self.summary)
        case "added": TemplateValue(self.added)
        case "removed": TemplateValue(self.removed)
        case "changed": TemplateValue(self.changed)
        case "links": TemplateValue(self.links)
        case "findings": TemplateValue(self.findings)
        case "isEmpty": TemplateValue(self.isEmpty)
        case "hasAdded": TemplateValue(self.hasAdded)
        case "hasRemoved": TemplateValue(self.hasRemoved)
        case "hasChanged": TemplateValue(self.hasChanged)
        case "hasLinks": TemplateValue(self.hasLinks)
        case "hasFindings": TemplateValue(self.hasFindings)
        default: .null
        }
    }
}

extension ChangeRowView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "item": TemplateValue(self.item)
        case "detail": TemplateValue(self.detail)
        default: .null
        }
    }
}
