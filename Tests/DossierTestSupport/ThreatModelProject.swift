import DossierModel

/// The clean project with its threat model kept in a Threat Dragon file:
/// SR-9 mitigates the threats named in `mitigated`, VER-1 verifies it, and
/// each overlay in `overlays` (id → front-matter lines) adds to its threat.
public enum ThreatModelProject {
    public static let modelPath = "threat-model/cloud.json"

    public static func files(_ model: ThreatDragonModel, mitigatedBy ids: [String] = [],
                             overlays: [String: String] = [:], configuration extra: String = "",
                             threatModel: String? = nil, adding text: String = "") -> [String: String] {
        var files = CleanProject.with(text, alsoVerifying: ids.isEmpty ? [] : ["SR-9"])
        files["dossier.yml"] = ProjectFixture.configuration(
            threatModel: threatModel ?? ThreatDragonModel.configuration(path: modelPath)) + "\n" + extra
        files[modelPath] = model.json
        if !ids.isEmpty {
            files["security/SR-9.md"] = """
                ---
                id: SR-9
                type: security-requirement
                title: Cloud API requests are authenticated and integrity-protected
                phases: [installation, operation, maintenance, decommissioning]
                category: authentication
                threats: [\(ids.joined(separator: ", "))]
                acceptance_criteria: An unauthenticated or altered request is rejected.
                ---
                The cloud API shall reject requests without a valid session token.

                """
        }
        for (id, lines) in overlays {
            files["threats/\(id).md"] = "---\nid: \(id)\ntype: threat\n\(lines)\n---\n"
        }
        return files
    }

    /// What a mitigated imported threat needs to raise nothing: an asset, a
    /// residual risk, no safety impact.
    public static let completingOverlay = "assets: [AS-1]\nresidual_risk: low"
}
