import Foundation

/// The clean project with its threat model in two real files, as the tools
/// wrote them — a Threat Modeling Tool `.tm7` (`MTMT_MVP.tm7`) and a Threat
/// Dragon demo (`v2-threat-model.json`) — and sections that declare three of
/// the four architecture views, written out of the views' order, with
/// diagrams of both files; the fourth view is justified.
public enum ArchitectureViewsProject {
    /// Content path → fixture file of `ThreatModelFixture.folder`.
    public static let models = [("threat-model/hub.tm7", "MTMT_MVP.tm7"),
                                ("threat-model/cloud.json", "v2-threat-model.json")]

    public static let configuration = """
        product: {name: Test Infusion Hub, version: 1.0.0}
        document:
          id: DI-TEST-001
        threat_model:
          methodology: STRIDE per interaction, in the tools
          files:
            - file: threat-model/hub.tm7
              prefix: TMT
            - file: threat-model/cloud.json
              prefix: TD
        architecture_views_not_applicable: {multi-patient-harm: One hub serves one patient}
        phases: [installation, operation, maintenance, decommissioning]
        """

    /// The sections: a narrative one first, then the views in the order
    /// use case, global, updates, by `order`.
    public static let sections = """
        -- sections/SEC-SCOPE.md --
        ---
        id: SEC-SCOPE
        type: section
        title: Scope
        order: 1
        ---
        The hub and its cloud.
        -- sections/ARCH-USE.md --
        ---
        id: ARCH-USE
        type: section
        title: Requesting data
        order: 2
        view: security-use-case
        diagrams: ["threat-model/cloud.json#Main Request Data Flow"]
        ---
        A browser requests data through the web application.
        -- sections/ARCH-GLOBAL.md --
        ---
        id: ARCH-GLOBAL
        type: section
        title: The whole system
        order: 3
        view: global-system
        diagrams:
          - threat-model/hub.tm7#diagram  1
          - threat-model/cloud.json#Main Request Data Flow
        ---
        Every component and path.
        -- sections/ARCH-UPD.md --
        ---
        id: ARCH-UPD
        type: section
        title: Updates
        order: 4
        view: updatability-patchability
        ---
        Updates are signed.
        """

    /// The project's files, `text`'s blocks added; the models are written by `make`.
    public static func files(adding text: String = "") -> [String: String] {
        var files = CleanProject.with(sections + "\n" + text)
        files["dossier.yml"] = configuration + "\n"
        return files
    }

    /// The project in a fresh folder, with both model files.
    public static func make(adding text: String = "") throws -> ProjectFixture {
        let fixture = try ProjectFixture(files: files(adding: text))
        for (path, name) in models { try fixture.write(path, data: try ThreatModelFixture.data(name)) }
        return fixture
    }
}
