import Foundation

/// What the SARIF 2.1.0 schema and specification require of the parts of a
/// log that `dossier` writes, checked without any schema library, so the
/// check runs wherever the tests do.
enum SARIFValidation {
    static let levels: Set<String> = ["none", "note", "warning", "error"]

    /// Every problem found, as readable sentences; empty for a valid log.
    static func problems(in text: String) -> [String] {
        guard let data = text.data(using: .utf8),
              let log = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { return ["the log is not a JSON object"] }
        var problems: [String] = []
        if log["version"] as? String != "2.1.0" { problems.append("version is not \"2.1.0\"") }
        if log["$schema"] as? String != "https://json.schemastore.org/sarif-2.1.0.json" {
            problems.append("$schema is not the SARIF 2.1.0 schema")
        }
        guard let runs = log["runs"] as? [[String: Any]], !runs.isEmpty else {
            return problems + ["runs is not a non-empty array of objects"]
        }
        for (number, run) in runs.enumerated() {
            problems += self.problems(in: run).map { "runs[\(number)]: \($0)" }
        }
        return problems
    }

    private static func problems(in run: [String: Any]) -> [String] {
        var problems: [String] = []
        let driver = (run["tool"] as? [String: Any])?["driver"] as? [String: Any]
        if (driver?["name"] as? String ?? "").isEmpty { problems.append("tool.driver.name is missing") }
        let rules = driver?["rules"] as? [[String: Any]] ?? []
        let ids = rules.map { $0["id"] as? String ?? "" }
        if Set(ids).count != ids.count || ids.contains("") { problems.append("rule ids are missing or repeated") }
        for rule in rules {
            if let level = (rule["defaultConfiguration"] as? [String: Any])?["level"] as? String, !levels.contains(level) {
                problems.append("rule \(rule["id"] ?? "?") has level \(level)")
            }
            if ((rule["shortDescription"] as? [String: Any])?["text"] as? String) == nil {
                problems.append("rule \(rule["id"] ?? "?") has no shortDescription.text")
            }
        }
        let bases = run["originalUriBaseIds"] as? [String: Any] ?? [:]
        guard let results = run["results"] as? [[String: Any]] else { return problems + ["results is missing"] }
        for (number, result) in results.enumerated() {
            let at = "results[\(number)]"
            if ((result["message"] as? [String: Any])?["text"] as? String ?? "").isEmpty {
                problems.append("\(at): message.text is missing")
            }
            let ruleID = result["ruleId"] as? String
            if let ruleID, let index = result["ruleIndex"] as? Int {
                if !ids.indices.contains(index) || ids[index] != ruleID {
                    problems.append("\(at): ruleIndex \(index) does not point at \(ruleID)")
                }
            } else {
                problems.append("\(at): ruleId or ruleIndex is missing")
            }
            if let ruleID, !ids.contains(ruleID) { problems.append("\(at): ruleId \(ruleID) is not declared") }
            if !levels.contains(result["level"] as? String ?? "") { problems.append("\(at): level is not allowed") }
            let locations = result["locations"] as? [[String: Any]] ?? []
            if locations.isEmpty { problems.append("\(at): no location") }
            for location in locations {
                let physical = location["physicalLocation"] as? [String: Any]
                let artifact = physical?["artifactLocation"] as? [String: Any]
                let uri = artifact?["uri"] as? String ?? ""
                if uri.isEmpty || uri.contains(" ") { problems.append("\(at): artifactLocation.uri '\(uri)' is not a URI") }
                if let base = artifact?["uriBaseId"] as? String {
                    if bases[base] == nil { problems.append("\(at): uriBaseId \(base) is not declared") }
                    if uri.hasPrefix("file:") { problems.append("\(at): an absolute uri has a uriBaseId") }
                }
                let line = (physical?["region"] as? [String: Any])?["startLine"] as? Int ?? 0
                if line < 1 { problems.append("\(at): region.startLine is not at least 1") }
            }
        }
        return problems
    }

    /// The results of the first run, for tests that look at them.
    static func results(in text: String) -> [[String: Any]] {
        let log = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        let run = (log?["runs"] as? [[String: Any]])?.first
        return run?["results"] as? [[String: Any]] ?? []
    }

    static func ruleIDs(in text: String) -> [String] {
        let log = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
        let run = (log?["runs"] as? [[String: Any]])?.first
        let driver = (run?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        return (driver?["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    }
}
