import DossierLink
import DossierModel

/// `trace.csv` (RFC 4180): one row per threat → security requirement →
/// verification path, with rows for the gaps too, then one per adversarial
/// test that names the threat itself, for spreadsheets. The verification's
/// kind comes last, so that columns read by position keep their place.
public struct TraceCSVRenderer {
    static let header = ["threat", "threat_title", "treatment", "threat_phases", "security_requirement",
                         "security_requirement_title", "requirement_phases", "uncovered_phases", "verification",
                         "method", "result", "status", "verification_kind"]

    public init() {}

    public func render(_ input: RenderInput) -> OutputFile {
        let graph = input.graph
        var rows = [Self.header]
        for threat in graph.live(.threat) {
            rows += self.rows(for: threat, in: graph)
        }
        let text = rows.map { $0.map(Self.quote).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return OutputFile(path: "trace.csv", text: text)
    }

    private func rows(for threat: Int, in graph: TraceGraph) -> [[String]] {
        let item = graph[threat]
        let treatment = item.threat?.treatment ?? .mitigate
        let phases = item.phases.map(\.rawValue).joined(separator: " ")
        let mitigations = graph.mitigations(of: threat)
        let covered = Set(mitigations.flatMap { graph[$0].phases })
        let uncovered = treatment == .mitigate
            ? item.phases.filter { !covered.contains($0) }.map(\.rawValue).joined(separator: " ") : ""
        let prefix = [item.id, item.title, treatment.rawValue, phases]
        var rows: [[String]] = []
        if mitigations.isEmpty {
            let status = treatment == .mitigate ? "gap" : treatment.rawValue
            rows.append(prefix + ["", "", "", uncovered, "", "", "", status, ""])
        }
        for requirement in mitigations {
            let sr = graph[requirement]
            let middle = [sr.id, sr.title, sr.phases.map(\.rawValue).joined(separator: " "), uncovered]
            let verifications = graph.verifications(of: requirement)
            if verifications.isEmpty {
                rows.append(prefix + middle + ["", "", "", "unverified", ""])
            }
            // A passed path reads as its threat's matrix rows do.
            let covered = graph.isAttacked(threat) ? ThreatCoverageStatus.covered : .coveredNotAttacked
            for verification in verifications {
                rows.append(prefix + middle + Self.columns(of: verification, in: graph,
                                                           passed: uncovered.isEmpty ? covered.rawValue : "phase-gap"))
            }
        }
        // Penetration tests, fuzzing and scans that attack the threat itself
        // (IEC 81001-5-1 §5.7); those that verify a mitigation are above.
        for test in graph.adversarialTests(of: threat) where test.through == nil {
            rows.append(prefix + ["", "", "", uncovered]
                        + Self.columns(of: test.verification, in: graph, passed: "adversarially-tested"))
        }
        return rows
    }

    /// A verification's columns: id, method, result, the path's status
    /// (`passed` when it passed) and its kind.
    private static func columns(of verification: Int, in graph: TraceGraph, passed: String) -> [String] {
        let details = graph[verification].verification ?? VerificationDetails()
        let status = switch details.result {
        case .pass: passed
        case .fail: ThreatCoverageStatus.verificationFailed.rawValue
        case .notRun: "verification-open"
        }
        return [graph[verification].id, details.method?.rawValue ?? "", details.result.rawValue, status,
                details.kind.rawValue]
    }

    /// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with a
    /// quote so a spreadsheet does not run a value as a formula.
    static func quote(_ field: String) -> String {
        var value = field
        if let first = value.first, "=+-@".contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || value != field
        else { return value }
        return "\"" + ByteSearch.replacing("\"", with: "\"\"", in: value) + "\""
    }
}
