import DossierModel
import Foundation
import Yams

extension ConfigurationReader {
    /// `dispositions:` (docs/format.md, "Dispositions"): each entry needs
    /// `rule`, `item`, `rationale` and `approved_by`; `date` is optional and
    /// checked as written.
    func readDispositions(_ fields: inout FieldReader, errors: inout [InputError]) -> [Disposition] {
        guard let node = fields.take("dispositions") else { return [] }
        guard case .sequence(let sequence) = node else {
            errors.append(.configInvalid(.configuration(line: fields.line(of: node)),
                                         reason: "`dispositions` must be a list of { rule, item, rationale, approved_by, date }"))
            return []
        }
        return sequence.compactMap { element in
            let line = fields.line(of: element)
            guard case .mapping(let mapping) = element else {
                errors.append(.configInvalid(.configuration(line: line),
                                             reason: "each disposition must be a mapping { rule, item, rationale, approved_by, date }"))
                return nil
            }
            var entry = FieldReader(mapping: mapping, file: file, firstLine: 1, owner: "disposition")
            let rule = entry.text("rule")
            let item = entry.text("item")
            let rationale = entry.text("rationale")?.trimmingCharacters(in: .whitespacesAndNewlines)
            let approvedBy = entry.text("approved_by")
            let date = entry.text("date")
            errors += entry.errors.map(Self.asConfigError)
            let absent = [("rule", rule), ("item", item), ("rationale", rationale), ("approved_by", approvedBy)]
                .filter { ($0.1 ?? "").isEmpty }.map { "`\($0.0)`" }
            guard absent.isEmpty, let rule, let item, let rationale, let approvedBy else {
                errors.append(.configInvalid(.configuration(line: line),
                                             reason: "this disposition has no \(absent.joined(separator: ", ")); each needs "
                                                + "`rule`, `item`, `rationale` and `approved_by`"))
                return nil
            }
            guard let ruleID = RuleID(rawValue: rule) else {
                errors.append(.configInvalid(.configuration(line: entry.keyLine("rule") ?? line),
                                             reason: "`\(rule)` under `dispositions` is not a rule id; the rules are: "
                                                + RuleID.allCases.map(\.rawValue).joined(separator: ", ")))
                return nil
            }
            if let date, CalendarDate(date) == nil {
                errors.append(.configInvalid(.configuration(line: entry.keyLine("date") ?? line),
                                             reason: "the disposition date '\(date)' must be written as YYYY-MM-DD"))
                return nil
            }
            return Disposition(rule: ruleID, item: item, rationale: rationale, approvedBy: approvedBy, date: date,
                               line: line)
        }
    }

    /// `document.history` (docs/format.md, "dossier.yml"): `revision` and
    /// `date` required, `summary` optional, oldest first.
    func readHistory(_ document: inout FieldReader, errors: inout [InputError]) -> [RevisionEntry] {
        guard let node = document.take("history") else { return [] }
        guard case .sequence(let sequence) = node else {
            errors.append(.configInvalid(.configuration(line: document.line(of: node)),
                                         reason: "`document.history` must be a list of { revision, date, summary }"))
            return []
        }
        return sequence.compactMap { element in
            let line = document.line(of: element)
            guard case .mapping(let mapping) = element else {
                errors.append(.configInvalid(.configuration(line: line),
                                             reason: "each history entry must be a mapping { revision, date, summary }"))
                return nil
            }
            var entry = FieldReader(mapping: mapping, file: file, firstLine: 1, owner: "history entry")
            let revision = entry.text("revision") ?? ""
            let date = entry.text("date") ?? ""
            let summary = entry.text("summary")
            errors += entry.errors.map(Self.asConfigError)
            guard !revision.isEmpty, !date.isEmpty else {
                errors.append(.configInvalid(.configuration(line: line),
                                             reason: "each history entry needs a `revision` and a `date`"))
                return nil
            }
            guard CalendarDate(date) != nil else {
                errors.append(.configInvalid(.configuration(line: entry.keyLine("date") ?? line),
                                             reason: "the history date '\(date)' must be written as YYYY-MM-DD"))
                return nil
            }
            return RevisionEntry(revision: revision, date: date, summary: summary)
        }
    }
}
