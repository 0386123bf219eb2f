import DossierModel

/// A small project with no finding at all, so a rule test can add exactly
/// one gap: one asset, one hazard, one threat that applies in all four
/// phases, one security-relevant requirement, one security requirement per
/// control category (SR-1 … SR-8, in the order of FDA Appendix 1, each covering
/// every phase and mitigating TH-1, SR-1 also the risk control of HZ-1), one
/// passed threat-mitigation test of them all, the decommissioning (LB-1)
/// and end-of-support (LB-2) statements of the instructions for use, and the
/// review that approved the security requirements with every discipline (REV-1).
public enum CleanProject {
    /// The security requirement that addresses each category: SR-1 is
    /// authentication, …, SR-8 is updatability.
    public static let securityRequirementIDs: [ControlCategory: String] = Dictionary(
        uniqueKeysWithValues: ControlCategory.allCases.enumerated().map { ($1, "SR-\($0 + 1)") })

    /// Every requirement VER-1 verifies.
    public static let verifiedIDs = ["REQ-1"] + ControlCategory.allCases.indices.map { "SR-\($0 + 1)" }

    /// `dossier.yml` of the clean project: the minimal one, with the
    /// methodology its threat model was made with.
    public static let configuration = ProjectFixture.minimalConfiguration

    public static var files: [String: String] {
        var files = ProjectFixture.files(in: fixedFiles)
        for (offset, category) in ControlCategory.allCases.enumerated() {
            files["security/SR-\(offset + 1).md"] = securityRequirement(offset + 1, category: category)
        }
        files["verification/VER-1.md"] = verification(verifies: verifiedIDs)
        return files
    }

    /// The clean project with `text`'s blocks added; a block for a path the
    /// project already has replaces that file.
    public static func with(_ text: String) -> [String: String] {
        files.merging(ProjectFixture.files(in: text)) { _, new in new }
    }

    /// The clean project with `text`'s blocks added, and VER-1 also
    /// verifying `ids`, so new requirements raise nothing but their own gap.
    public static func with(_ text: String, alsoVerifying ids: [String]) -> [String: String] {
        var files = with(text)
        files["verification/VER-1.md"] = verification(verifies: verifiedIDs + ids)
        return files
    }

    /// VER-1 verifying `ids`, for tests that leave a requirement unverified.
    public static func verification(verifies ids: [String]) -> String {
        """
        ---
        id: VER-1
        type: verification
        title: Security test campaign of release 1.0
        method: test
        result: pass
        verifies: [\(ids.joined(separator: ", "))]
        kind: threat-mitigation
        ---
        All cases passed.

        """
    }

    static func securityRequirement(_ number: Int, category: ControlCategory) -> String {
        """
        ---
        id: SR-\(number)
        type: security-requirement
        title: \(category.title) control for dose commands
        phases: [installation, operation, maintenance, decommissioning]
        category: \(category.rawValue)
        threats: [TH-1]
        \(number == 1 ? "refines: [REQ-1]\nhazards: [HZ-1]" : "references: [IEC 81001-5-1]")
        acceptance_criteria: A forged dose command is rejected and logged.
        ---
        The hub shall apply the \(category.rawValue) control to every dose command.

        """
    }

    static let fixedFiles = """
        -- dossier.yml --
        \(configuration)
        -- assets/AS-1.md --
        ---
        id: AS-1
        type: asset
        title: Dose history
        properties: [integrity, availability]
        ---
        Every dose the hub delivered.
        -- hazards/HZ-1.md --
        ---
        id: HZ-1
        type: hazard
        title: Overdose of insulin
        harm: Hypoglycaemia
        severity: critical
        ---
        Too much insulin is delivered.
        -- threats/TH-1.md --
        ---
        id: TH-1
        type: threat
        title: Forged dose command
        phases: [installation, operation, maintenance, decommissioning]
        stride: [spoofing, tampering]
        risk: high
        residual_risk: low
        safety_impact: true
        assets: [AS-1]
        hazards: [HZ-1]
        ---
        An attacker on the home network sends a dose command of their own.
        -- requirements/REQ-1.md --
        ---
        id: REQ-1
        type: requirement
        title: The hub receives dose commands over Wi-Fi
        category: interface
        security_relevant: true
        ---
        The hub shall accept dose commands from the paired phone.
        -- labeling/LB-1.md --
        ---
        id: LB-1
        type: labeling
        title: Factory-reset the hub before returning or discarding it
        kind: decommissioning
        document: IFU §11
        ---
        A factory reset erases the dose history and the pairing keys.
        -- reviews/REV-1.md --
        ---
        id: REV-1
        type: review
        title: Security requirements review of release 1.0
        date: 2026-05-04
        outcome: approved
        reviewers:
          - { name: A. Architect, role: architect }
          - { name: T. Tester, role: tester }
          - { name: S. Security, role: security }
          - { name: C. Clinician, role: clinical, independent: true }
        ---
        Walk-through of SR-1 to SR-8 against TH-1.
        -- labeling/LB-2.md --
        ---
        id: LB-2
        type: labeling
        title: Security updates are provided until 31 December 2032
        kind: end-of-support
        document: IFU §12
        ---
        After that date, replace the hub.
        """
}
