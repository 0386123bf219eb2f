import DossierModel
import Foundation
import Yams

extension ConfigurationReader {
    /// `architecture_views_not_applicable` (docs/format.md, "Security
    /// architecture views"): a view with why the product has nothing to show in it.
    func readNotApplicableViews(_ mapping: Node.Mapping?, errors: inout [InputError]) -> [ArchitectureView: String] {
        readJustifications(mapping, owner: "architecture_views_not_applicable", noun: "security architecture view",
                           plural: "views", errors: &errors)
    }

    /// A mapping of values of `Key` to why each does not apply. A key that is
    /// no such value is `config-invalid` at its line; a blank justification
    /// is kept, justifies nothing, and the rule that asks for it fires.
    func readJustifications<Key: EnumeratedValue>(_ mapping: Node.Mapping?, owner: String, noun: String, plural: String,
                                                  errors: inout [InputError]) -> [Key: String] {
        guard let mapping else { return [:] }
        var reader = FieldReader(mapping: mapping, file: file, firstLine: 1, owner: owner)
        var result: [Key: String] = [:]
        for entry in reader.entries {
            guard let key = Key(rawValue: entry.key) else {
                errors.append(.configInvalid(.configuration(line: entry.keyLine),
                                             reason: "`\(entry.key)` is not a \(noun)"
                                                + EditDistance.hint(for: entry.key, among: Key.allowedValues)
                                                + "; the \(plural) are: " + Key.allowedValues.joined(separator: ", ")))
                continue
            }
            result[key] = reader.text(entry.key)?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        }
        errors += reader.errors.map(Self.asConfigError)
        return result
    }
}
