import DossierModel

/// One adversarial test that reached a threat: directly, by naming it in
/// `threats:`, or through a security requirement that mitigates it.
public struct AdversarialTest: Hashable, Sendable {
    public var verification: Int
    /// The security requirement it verifies, when it did not name the threat.
    public var through: Int?
}

extension TraceGraph {
    /// The live security requirements that mitigate a threat. The `threats`
    /// field is also declared by verifications (the threats they attack)
    /// and labeling (the threats it discloses); only these mitigate.
    public func mitigations(of threat: Int) -> [Int] {
        liveSources(of: threat, in: .threats, type: .securityRequirement)
    }

    /// The live items of `type` that name a threat in `threats:`.
    public func threatSources(of threat: Int, type: ItemType) -> [Int] {
        liveSources(of: threat, in: .threats, type: type)
    }

    /// The live adversarial verifications (IEC 81001-5-1 §5.7.2–5.7.4) that
    /// reached a threat, each once: those naming it first, then those that
    /// verify one of its security requirements. Whatever their result.
    public func adversarialTests(of threat: Int) -> [AdversarialTest] {
        var seen: Set<Int> = []
        var tests: [AdversarialTest] = []
        for verification in threatSources(of: threat, type: .verification) where isAdversarial(verification) {
            if seen.insert(verification).inserted { tests.append(AdversarialTest(verification: verification)) }
        }
        for requirement in mitigations(of: threat) {
            for verification in verifications(of: requirement) where isAdversarial(verification) {
                if seen.insert(verification).inserted {
                    tests.append(AdversarialTest(verification: verification, through: requirement))
                }
            }
        }
        return tests
    }

    /// Whether an adversarial test reached the threat: what the matrices'
    /// "not attacked" and `mitigation-not-adversarially-tested` both ask.
    /// Stops at the first test found: every matrix row asks.
    public func isAttacked(_ threat: Int) -> Bool {
        threatSources(of: threat, type: .verification).contains(where: isAdversarial)
            || mitigations(of: threat).contains { verifications(of: $0).contains(where: isAdversarial) }
    }

    private func isAdversarial(_ position: Int) -> Bool { items[position].verification?.kind.isAdversarial == true }

    /// The live threats that can cause a hazard (ISO 14971 §5.4).
    public func causes(of hazard: Int) -> [Int] {
        liveSources(of: hazard, in: .hazards, type: .threat)
    }

    /// The live requirements and security requirements that implement a
    /// risk control for a hazard (ISO 14971 §7.1; IEC 62304 §7.2.2).
    public func riskControls(of hazard: Int) -> [Int] {
        liveSources(of: hazard, in: .hazards).filter {
            items[$0].type == .requirement || items[$0].type == .securityRequirement
        }
    }
}
