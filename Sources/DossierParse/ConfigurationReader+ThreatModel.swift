import DossierModel
import Foundation
import Yams

extension ConfigurationReader {
    static let threatModelKeys = ["methodology", "reviewed", "files", "not_applicable_sources"]
    static let threatModelFileKeys = ["file", "prefix", "phases"]

    /// `threat_model:` (docs/format.md, "Threat model files"). Every key is
    /// optional; a key, prefix, phase or date that is wrong is
    /// `config-invalid` at its line.
    func readThreatModel(_ mapping: Node.Mapping?, phases: [LifecyclePhase],
                         errors: inout [InputError]) -> ThreatModelSettings {
        guard let mapping else { return ThreatModelSettings() }
        var reader = FieldReader(mapping: mapping, file: file, firstLine: 1, owner: "threat_model")
        var settings = ThreatModelSettings(methodology: reader.text("methodology"), reviewed: reader.text("reviewed"))
        if let reviewed = settings.reviewed, CalendarDate(reviewed) == nil {
            errors.append(.configInvalid(.configuration(line: reader.keyLine("reviewed") ?? 1),
                                         reason: "`threat_model.reviewed` '\(reviewed)' "
                                            + CalendarDate.complaint(about: reviewed)))
            settings.reviewed = nil
        }
        settings.files = readModelFiles(&reader, phases: phases, errors: &errors)
        settings.notApplicableSources = readNotApplicableSources(reader.mapping("not_applicable_sources"),
                                                                 errors: &errors)
        for entry in reader.unknownKeys() {
            errors.append(.configInvalid(.configuration(line: entry.keyLine),
                                         reason: "unknown key `\(entry.key)` under `threat_model`"
                                            + EditDistance.hint(for: entry.key, among: Self.threatModelKeys)
                                            + "; the keys are: " + Self.threatModelKeys.joined(separator: ", ")))
        }
        errors += reader.errors.map(Self.asConfigError)
        return settings
    }

    private func readModelFiles(_ reader: inout FieldReader, phases: [LifecyclePhase],
                                errors: inout [InputError]) -> [ThreatModelFile] {
        var files: [ThreatModelFile] = []
        var prefixes: [String: Int] = [:]
        let entries = mappingList("files", in: &reader, listName: "`threat_model.files`", entryName: "model file",
                                  shape: "{ file, prefix, phases }", errors: &errors)
        for (entry, line) in entries {
            var entry = entry
            guard let path = entry.text("file"), !path.isEmpty else {
                errors.append(.configInvalid(.configuration(line: line),
                                             reason: "each entry of `threat_model.files` needs a `file`: the path of "
                                                + "a Threat Modeling Tool (.tm7) or Threat Dragon (.json) file"))
                continue
            }
            var model = ThreatModelFile(listed: ListedFile(path: path, line: entry.keyLine("file") ?? line))
            if let prefix = entry.text("prefix") {
                let prefixLine = entry.keyLine("prefix") ?? line
                if !Self.isPrefix(prefix) {
                    errors.append(.configInvalid(.configuration(line: prefixLine),
                                                 reason: "the prefix '\(prefix)' must be letters and digits, "
                                                    + "starting with a letter (imported ids are `\(prefix)-<n>`)"))
                } else if let first = prefixes[prefix] {
                    errors.append(.configInvalid(.configuration(line: prefixLine),
                                                 reason: "the prefix '\(prefix)' is already used by the model file "
                                                    + "at line \(first); give each file a prefix of its own"))
                }
                model.prefix = prefix
            } else if let first = prefixes[model.prefix] {
                errors.append(.configInvalid(.configuration(line: line),
                                             reason: "two model files share the default prefix "
                                                + "'\(ThreatModelFile.defaultPrefix)' (the first at line \(first)); "
                                                + "give each file a `prefix`"))
            }
            prefixes[model.prefix] = prefixes[model.prefix] ?? (entry.keyLine("prefix") ?? line)
            if entry.contains("phases") {
                model.phases = readModelPhases(&entry, allowed: phases, errors: &errors)
            }
            for unknown in entry.unknownKeys() {
                errors.append(.configInvalid(.configuration(line: unknown.keyLine),
                                             reason: "unknown key `\(unknown.key)` in a model file entry"
                                                + EditDistance.hint(for: unknown.key, among: Self.threatModelFileKeys)
                                                + "; the keys are: " + Self.threatModelFileKeys.joined(separator: ", ")))
            }
            errors += entry.errors.map(Self.asConfigError)
            files.append(model)
        }
        return files
    }

    private func readModelPhases(_ entry: inout FieldReader, allowed: [LifecyclePhase],
                                 errors: inout [InputError]) -> [LifecyclePhase] {
        var result: [LifecyclePhase] = []
        for value in entry.list("phases") {
            let phase = LifecyclePhase(value.value)
            guard allowed.contains(phase) else {
                errors.append(.configInvalid(.configuration(line: value.line),
                                             reason: "the model file's phase '\(value.value)' is not one of the "
                                                + "project's phases: " + allowed.map(\.rawValue).joined(separator: ", ")
                                                + EditDistance.hint(for: value.value, among: allowed.map(\.rawValue))))
                continue
            }
            if !result.contains(phase) { result.append(phase) }
        }
        return result
    }

    private func readNotApplicableSources(_ mapping: Node.Mapping?, errors: inout [InputError]) -> [String: String] {
        let sources: [ThreatSource: String] = readJustifications(
            mapping, owner: "threat_model.not_applicable_sources", noun: "lifecycle threat source", plural: "sources",
            errors: &errors)
        return Dictionary(uniqueKeysWithValues: sources.map { ($0.key.rawValue, $0.value) })
    }

    static func isPrefix(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
    }
}
