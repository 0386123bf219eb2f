import DossierModel
import DossierSBOM
import Foundation

/// Matches `component` items to SBOM components and resolves each
/// vulnerability's refs (docs/format.md, "Third-party software"). Indexed
/// by package and by name, so a large SBOM costs one pass.
struct SoftwareLinker {
    let documents: [SBOMDocument]
    let items: [Item]

    func link(errors: inout [InputError]) -> ThirdPartySoftware {
        guard !documents.isEmpty else { return .empty }
        var components: [ThirdPartySoftware.Component] = []
        var byPackage: [String: [Int]] = [:]
        var byName: [String: [Int]] = [:]
        var byReference: [[String: Int]] = []
        for (position, document) in documents.enumerated() {
            var references: [String: Int] = [:]
            for component in document.components {
                let index = components.count
                components.append(.init(document: position, component: component))
                if let purl = component.packageURL { byPackage[purl.packageKey, default: []].append(index) }
                byName[component.name.lowercased(), default: []].append(index)
                if let reference = component.reference, references[reference] == nil { references[reference] = index }
            }
            byReference.append(references)
        }

        var componentsByItem: [Int: [Int]] = [:]
        for (position, item) in items.enumerated() where item.isLive {
            guard let details = item.component else { continue }
            let matched: [Int]
            let field: String
            if let purl = details.purl.flatMap(PackageURL.init) {
                field = "purl"
                matched = (byPackage[purl.packageKey] ?? []).filter { purl.matches(components[$0].component.packageURL!) }
            } else if let name = details.name, !name.isEmpty {
                field = "name"
                matched = byName[name.lowercased()] ?? []
            } else {
                continue
            }
            var documented: [Int] = []
            var taken: [(component: Int, by: Int)] = []
            for index in matched {
                if let other = components[index].documentedBy {
                    taken.append((index, other))
                } else {
                    components[index].documentedBy = position
                    documented.append(index)
                }
            }
            if !documented.isEmpty { componentsByItem[position] = documented }
            if let first = taken.first {
                let more = taken.count > 1 ? " (and \(taken.count - 1) more)" : ""
                errors.append(.invalidValue(item.location(of: field), field: field,
                                            value: field == "purl" ? details.purl ?? "" : details.name ?? "",
                                            expected: "SBOM components documented by one item only: it matches "
                                                + "\(components[first.component].component.label)\(more), which "
                                                + "\(items[first.by].id) already documents; narrow the purl with "
                                                + "@version or remove one of the two"))
            }
        }

        var assessing: [String: [Int]] = [:]
        for (position, item) in items.enumerated() where item.isLive {
            for id in item.threat?.vulnerabilities ?? [] {
                let key = id.uppercased()
                if assessing[key]?.last != position { assessing[key, default: []].append(position) }
            }
        }
        var vulnerabilities: [ThirdPartySoftware.Vulnerability] = []
        var vulnerabilitiesByComponent: [Int: [Int]] = [:]
        for (position, document) in documents.enumerated() {
            for entry in document.vulnerabilities {
                var affects: [Int] = []
                for ref in entry.affects {
                    guard let index = resolve(ref, in: position, byReference: byReference),
                          !affects.contains(index) else { continue }
                    affects.append(index)
                }
                for index in affects { vulnerabilitiesByComponent[index, default: []].append(vulnerabilities.count) }
                vulnerabilities.append(.init(document: position, entry: entry, affects: affects,
                                             assessedBy: assessing[entry.id.uppercased()] ?? []))
            }
        }
        return ThirdPartySoftware(documents: documents, components: components, vulnerabilities: vulnerabilities,
                                  componentsByItem: componentsByItem,
                                  vulnerabilitiesByComponent: vulnerabilitiesByComponent)
    }

    /// A `bom-ref` in the same file, else in the first listed file that has
    /// it; or a BOM-Link `urn:cdx:<serial>/<version>#<bom-ref>` into the
    /// file with that serial number and version.
    private func resolve(_ ref: String, in document: Int, byReference: [[String: Int]]) -> Int? {
        if ref.hasPrefix("urn:cdx:"), let hash = ref.firstIndex(of: "#") {
            let target = ref[ref.index(ref.startIndex, offsetBy: 8)..<hash]
            guard let slash = target.lastIndex(of: "/") else { return nil }
            let serial = target[..<slash]
            let version = Int(target[target.index(after: slash)...])
            let bomRef = String(ref[ref.index(after: hash)...])
            let reference = bomRef.removingPercentEncodingIfNeeded
            for (position, candidate) in documents.enumerated()
            where Self.bareSerial(candidate.serialNumber) == serial.lowercased() && candidate.version == version {
                if let index = byReference[position][bomRef] ?? byReference[position][reference] { return index }
            }
            return nil
        }
        if let index = byReference[document][ref] { return index }
        for references in byReference {
            if let index = references[ref] { return index }
        }
        return nil
    }

    /// `urn:uuid:3E67…` → `3e67…`: BOM-Links name the serial number without its scheme.
    private static func bareSerial(_ serial: String?) -> String? {
        guard let serial = serial?.lowercased() else { return nil }
        return serial.hasPrefix("urn:uuid:") ? String(serial.dropFirst(9)) : serial
    }
}

private extension String {
    /// A bom-ref in a BOM-Link may be percent-encoded.
    var removingPercentEncodingIfNeeded: String {
        contains("%") ? (removingPercentEncoding ?? self) : self
    }
}
