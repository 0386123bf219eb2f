import DossierModel
import DossierTestSupport

/// A valid project made from a seed: assets, hazards, threats, security
/// requirements, requirements, verifications and sections with links and
/// `[[ID]]` references between them, in every shape the format allows.
struct RandomProject {
    var files: [String: String] = [:]

    init(seed: UInt64) {
        var random = SplitMix(seed: seed)
        let phases = LifecyclePhase.standardPhases.map(\.rawValue)
        func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        func some<T>(_ values: [T], atMost: Int) -> [T] {
            let count = 1 + Int(random.next() % UInt64(min(atMost, values.count)))
            var chosen: [T] = []
            var pool = values
            for _ in 0..<count { chosen.append(pool.remove(at: Int(random.next() % UInt64(pool.count)))) }
            return chosen
        }
        func list(_ values: [String]) -> String {
            values.count == 1 && random.next() % 2 == 0 ? values[0] : "[\(values.joined(separator: ", "))]"
        }
        let assets = (1...(1 + Int(random.next() % 3))).map { "AS-\($0)" }
        let hazards = (1...(1 + Int(random.next() % 2))).map { "HZ-\($0)" }
        let threats = (1...(2 + Int(random.next() % 5))).map { "TH-\($0)" }
        let requirements = (1...(1 + Int(random.next() % 3))).map { "REQ-\($0)" }
        var securityRequirements: [String] = []
        var everything = assets + hazards + threats + requirements
        func body() -> String {
            "The control holds; see [[\(pick(everything))]].\nA second line with `[[NOT-AN-ID]]` in code.\n"
        }
        for id in assets {
            files["assets/\(id).md"] = "---\nid: \(id)\ntype: asset\ntitle: Asset \(id)\nproperties: integrity\n---\n\(body())"
        }
        for id in hazards {
            files["hazards/\(id).md"] = "---\nid: \(id)\ntype: hazard\ntitle: Hazard \(id)\nseverity: serious\n---\n\(body())"
        }
        for id in threats {
            let treatment = pick(["mitigate", "mitigate", "accept", "avoid"])
            let rationale = treatment == "accept" ? "rationale: Residual risk is low.\n" : ""
            files["threats/\(id).md"] = """
                ---
                id: \(id)
                type: threat
                title: Threat \(id)
                phases: \(list(some(phases, atMost: 4)))
                treatment: \(treatment)
                \(rationale)assets: \(list(some(assets, atMost: 2)))
                hazards: \(list(some(hazards, atMost: 2)))
                safety_impact: \(pick(["yes", "no", "true", "False"]))
                ---
                \(body())
                """
            let count = 1 + Int(random.next() % 2)
            for index in 1...count {
                let sr = "SR-\(id.dropFirst(3))-\(index)"
                securityRequirements.append(sr)
                files["security/\(sr).md"] = """
                    ---
                    id: \(sr)
                    type: security-requirement
                    title: Control \(sr)
                    phases: \(list(some(phases, atMost: 4)))
                    category: \(pick(ControlCategory.allCases).rawValue)
                    threats: \(list([id]))
                    refines: \(list(some(requirements, atMost: 1)))
                    ---
                    \(body())
                    """
            }
        }
        everything += securityRequirements
        for id in requirements {
            files["requirements/\(id).md"] = """
                ---
                id: \(id)
                type: requirement
                title: Requirement \(id)
                category: network
                security_relevant: \(pick(["true", "no"]))
                hazards: \(list(some(hazards, atMost: 1)))
                ---
                \(body())
                """
        }
        let verified = requirements + securityRequirements
        for (index, chunk) in stride(from: 0, to: verified.count, by: 3).map({ Array(verified[$0..<min($0 + 3, verified.count)]) })
            .enumerated() {
            files["verification/VER-\(index + 1).md"] = """
                ---
                id: VER-\(index + 1)
                type: verification
                title: Test campaign \(index + 1)
                result: \(pick(["pass", "pass", "not-run"]))
                verifies: \(list(chunk))
                ---
                \(body())
                """
        }
        files["sections/01-scope.md"] = "---\nid: SEC-1\ntype: section\ntitle: Scope\norder: 1\n---\n# Scope\n\n\(body())"
        files["dossier.yml"] = ProjectFixture.minimalConfiguration + "\n"
    }
}

/// A small deterministic generator, so a failing seed reproduces.
struct SplitMix: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
