import DossierModel
import Foundation
import Yams

extension ConfigurationReader {
    /// `dispositions:` (docs/format.md, "Dispositions"): each entry needs
    /// `rule`, `item`, `rationale` and `approved_by`; `date` is optional and
    /// checked as written.
    func readDispositions(_ fields: inout FieldReader, errors: inout [InputError]) -> [Disposition] {
        mappingList("dispositions", in: &fields, listName: "`dispositions`", entryName: "disposition",
                    shape: "{ rule, item, rationale, approved_by, date }", errors: &errors).compactMap { entry, line in
            var entry = entry
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
                                             reason: "`\(rule)` under `dispositions` is not a rule id"
                                                + Self.ruleHint(rule)))
                return nil
            }
            if let date, CalendarDate(date) == nil {
                errors.append(.configInvalid(.configuration(line: entry.keyLine("date") ?? line),
                                             reason: "the disposition date '\(date)' \(CalendarDate.complaint(about: date))"))
                return nil
            }
            return Disposition(rule: ruleID, item: item, rationale: rationale, approvedBy: approvedBy, date: date,
                               line: line)
        }
    }

    /// `document.history` (docs/format.md, "dossier.yml"): `revision` and
    /// `date` required, `summary` optional, oldest first.
    func readHistory(_ document: inout FieldReader, errors: inout [InputError]) -> [RevisionEntry] {
        mappingList("history", in: &document, listName: "`document.history`", entryName: "history entry",
                    shape: "{ revision, date, summary }", errors: &errors).compactMap { entry, line in
            var entry = entry
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
                                             reason: "the history date '\(date)' \(CalendarDate.complaint(about: date))"))
                return nil
            }
            return RevisionEntry(revision: revision, date: date, summary: summary)
        }
    }

    /// The entries of a list of mappings (approvals, history, dispositions),
    /// each with its own field reader and its line; a value of another shape
    /// is `config-invalid`, naming the `shape` its entries take.
    func mappingList(_ key: String, in fields: inout FieldReader, listName: String, entryName: String, shape: String,
                     errors: inout [InputError]) -> [(entry: FieldReader, line: Int)] {
        guard let node = fields.take(key) else { return [] }
        guard case .sequence(let sequence) = node else {
            errors.append(.configInvalid(.configuration(line: fields.line(of: node)),
                                         reason: "\(listName) must be a list of \(shape)"))
            return []
        }
        return sequence.compactMap { element in
            let line = fields.line(of: element)
            guard case .mapping(let mapping) = element else {
                errors.append(.configInvalid(.configuration(line: line),
                                             reason: "each \(entryName) must be a mapping \(shape)"))
                return nil
            }
            return (FieldReader(mapping: mapping, file: file, firstLine: 1, owner: entryName), line)
        }
    }
}
