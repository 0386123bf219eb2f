import DossierChange
import DossierModel

/// `dossier diff`'s formats: a review-friendly text summary, JSON in the
/// shape of docs/format.md ("dossier diff"), and Markdown for a pull-request
/// comment or a CI job summary.
public enum DiffReportFormat: String, CaseIterable, Sendable {
    case text, json, markdown
}

public enum DiffReport {
    public static func render(_ report: ChangeReport, format: DiffReportFormat) -> String {
        switch format {
        case .json: json(report)
        case .text: text(report)
        case .markdown: markdown(report)
        }
    }

    static func json(_ report: ChangeReport) -> String { report.json.rendered() }

    static func baselineTitle(_ report: ChangeReport) -> String {
        report.revision.map { "revision \($0) (\(report.ref))" } ?? report.ref
    }

    static func describe(_ change: ItemChange) -> String {
        var parts = change.fields
        if change.body { parts.append("body") }
        return parts.joined(separator: ", ")
    }

    static func text(_ report: ChangeReport) -> String {
        let changes = report.changes
        var lines = ["Changes since \(baselineTitle(report)): \(report.countsSentence)"]
        func section(_ title: String, _ rows: [String]) {
            guard !rows.isEmpty else { return }
            lines.append("")
            lines.append(title + ":")
            lines += rows.map { "  " + $0 }
        }
        section("Added", changes.added)
        section("Removed", changes.removed)
        section("Changed", changes.changed.map { "\($0.id): \(describe($0))" })
        section("Links added", changes.linksAdded.map { "\($0.from) \($0.field) → \($0.to)" })
        section("Links removed", changes.linksRemoved.map { "\($0.from) \($0.field) → \($0.to)" })
        section("Findings new", report.findings.new.map { "\($0.severity.rawValue): [\($0.rule)] \($0.item)" })
        section("Findings resolved", report.findings.resolved.map { "\($0.severity.rawValue): [\($0.rule)] \($0.item)" })
        return lines.joined(separator: "\n") + "\n"
    }

    static func markdown(_ report: ChangeReport) -> String {
        let changes = report.changes
        var lines = ["## Design inputs: changes since \(escape(baselineTitle(report)))", "",
                     "| added | removed | changed | links added | links removed | findings new | findings resolved |",
                     "|---:|---:|---:|---:|---:|---:|---:|",
                     "| \(changes.added.count) | \(changes.removed.count) | \(changes.changed.count) | "
                        + "\(changes.linksAdded.count) | \(changes.linksRemoved.count) | "
                        + "\(report.findings.new.count) | \(report.findings.resolved.count) |"]
        if changes.isEmpty && report.findings.new.isEmpty && report.findings.resolved.isEmpty {
            lines += ["", "No design input changed."]
        }
        func section(_ title: String, _ rows: [String]) {
            guard !rows.isEmpty else { return }
            lines += ["", "### \(title)", ""] + rows.map { "- " + $0 }
        }
        section("Added", changes.added.map { "`\(escape($0))`" })
        section("Removed", changes.removed.map { "`\(escape($0))`" })
        section("Changed", changes.changed.map { "`\(escape($0.id))`: \(escape(describe($0)))" })
        section("Links added", changes.linksAdded.map { "`\(escape($0.from))` \(escape($0.field)) → `\(escape($0.to))`" })
        section("Links removed", changes.linksRemoved.map { "`\(escape($0.from))` \(escape($0.field)) → `\(escape($0.to))`" })
        section("Findings new", report.findings.new.map { "**\($0.severity.rawValue)** `\($0.rule)` on `\(escape($0.item))`" })
        section("Findings resolved", report.findings.resolved.map { "`\($0.rule)` on `\(escape($0.item))`" })
        return lines.joined(separator: "\n") + "\n"
    }

    /// Ids are letters, digits, `-`, `_` and `.`, but field names of a team's
    /// own fields are free text: nothing in them may start Markdown or HTML.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>|#".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
