import DossierModel
import DossierPipeline
import Foundation

/// The clean test project with what the renderers must show: a narrative
/// section with a diagram, an accepted threat, a threat left open in
/// decommissioning whose residual risk is outside the acceptable levels, a
/// failed penetration test, a transferred threat the instructions disclose,
/// a hazard without a risk control, and an interface inventory with one
/// interface in each status (one titled with `<&">`, which every output
/// must escape).
public enum RenderFixture {
    public static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10"/></svg>
        """

    public static var files: [String: String] {
        var files = CleanProject.with("""
            -- sections/01-scope.md --
            ---
            id: SEC-SCOPE
            type: section
            title: Scope and intended use
            order: 1
            ---
            This dossier covers the hub. See the diagram:

            ![Architecture](diagram.svg)

            The dose path is threatened by [[TH-1]].

            ## Boundaries

            The hub only.
            -- threats/TH-2.md --
            ---
            id: TH-2
            type: threat
            title: Cloud outage stops remote monitoring
            phases: [operation]
            stride: denial-of-service
            treatment: accept
            rationale: The hub keeps delivering doses offline.
            assets: [AS-1]
            risk: medium
            residual_risk: low
            vulnerabilities: [CVE-2024-47081]
            interfaces: [IF-WIFI]
            ---
            Remote monitoring is a convenience.
            -- threats/TH-3.md --
            ---
            id: TH-3
            type: threat
            title: Residual dose history on a returned hub
            phases: [operation, decommissioning]
            assets: AS-1
            risk: high
            residual_risk: medium
            interfaces:
              - service <&">  PORT
              - IF-API
            ---
            A refurbished hub still holds the last patient's history.
            -- security/SR-9.md --
            ---
            id: SR-9
            type: security-requirement
            title: Dose history is encrypted at rest
            phases: [operation]
            category: confidentiality
            threats: [TH-3]
            interfaces: [Home Wi-Fi]
            acceptance_criteria: A flash dump of the hub shows no dose in clear text.
            ---
            AES-256-GCM with a key in the secure element.
            -- verification/VER-2.md --
            ---
            id: VER-2
            type: verification
            title: Penetration test of the dose path
            kind: penetration
            result: fail
            threats: [TH-1]
            ---
            A forged command got through on firmware 0.9.
            -- threats/TH-4.md --
            ---
            id: TH-4
            type: threat
            title: Open home Wi-Fi network at the next hub update
            phases: [maintenance]
            treatment: transfer
            rationale: The home network is the patient's.
            assets: [AS-1]
            hazards: [HZ-2]
            ---
            -- hazards/HZ-2.md --
            ---
            id: HZ-2
            type: hazard
            title: Missed bolus
            severity: serious
            ---
            -- labeling/LB-3.md --
            ---
            id: LB-3
            type: labeling
            title: Secure the home Wi-Fi network before pairing
            kind: security-configuration
            document: IFU §4.2
            threats: [TH-4]
            requirements: [SR-9]
            ---
            Use WPA3 or WPA2 with a passphrase of at least 12 characters.
            -- interfaces/IF-WIFI.md --
            ---
            id: IF-WIFI
            type: interface
            title: Home Wi-Fi
            kind: wireless
            exposure: adjacent
            protocol: IEEE 802.11ax
            authentication: WPA3-Personal
            encryption: WPA3 (SAE, AES-CCMP)
            ---
            The hub joins the patient's home network.
            -- interfaces/IF-SVC.md --
            ---
            id: IF-SVC
            type: interface
            title: Service <&"> port
            kind: debug-port
            exposure: physical
            in_use: false
            ---
            A UART header, unpopulated in production.
            -- interfaces/IF-API.md --
            ---
            id: IF-API
            type: interface
            title: Hub status API
            kind: network
            exposure: network
            ---
            -- interfaces/IF-CLOUD.md --
            ---
            id: IF-CLOUD
            type: interface
            title: Cloud sync
            kind: cloud-api
            exposure: internet
            ---
            """)
        files["verification/VER-1.md"] = CleanProject.verification(verifies: CleanProject.verifiedIDs + ["SR-9"])
        files["sections/diagram.svg"] = svg
        return files.merging(software) { _, new in new }
    }

    /// Third-party software: an SBOM of three components, two documented
    /// (urllib3 is not), and the generated VEX file, whose exploitable
    /// CVE-2024-47081 in requests TH-2 assesses.
    public static var software: [String: String] {
        var files = ProjectFixture.files(in: """
            -- sbom/hub.cdx.json --
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,
             "metadata": {"component": {"name": "hub-cloud-bridge", "version": "1.0.0"}},
             "components": [
              {"bom-ref": "requests==2.32.3", "name": "requests", "version": "2.32.3",
               "purl": "pkg:pypi/requests@2.32.3", "licenses": [{"license": {"id": "Apache-2.0"}}],
               "supplier": {"name": "Python Software Foundation"}},
              {"bom-ref": "Jinja2==3.1.6", "name": "Jinja2", "version": "3.1.6",
               "purl": "pkg:pypi/jinja2@3.1.6", "licenses": [{"license": {"id": "BSD-3-Clause"}}]},
              {"bom-ref": "urllib3==2.8.0", "name": "urllib3", "version": "2.8.0",
               "purl": "pkg:pypi/urllib3@2.8.0", "licenses": [{"expression": "MIT"}]}]}
            -- components/CMP-1.md --
            ---
            id: CMP-1
            type: component
            title: requests HTTP client
            purl: pkg:pypi/requests
            support: community
            end_of_support: 2027-10-31
            supplier: Python Software Foundation
            rationale: Calls the cloud API over TLS; advisories watched weekly.
            assets: [AS-1]
            ---
            -- components/CMP-2.md --
            ---
            id: CMP-2
            type: component
            title: Jinja2 templates
            name: jinja2
            support: maintained
            end_of_support: 2028-06-30
            ---
            """)
        files["dossier.yml"] = ProjectFixture.minimalConfiguration + """

            risk_method:
              name: Exploitability x severity <&"> rubric
              acceptable: [low]
            sbom: [sbom/hub.cdx.json, sbom/hub.vex.json]

            """
        files["sbom/hub.vex.json"] = (try? SBOMFixture.text("flask-app.vex.cdx.json")) ?? ""
        return files
    }

    /// Builds `files` into a fresh output folder and returns the files written, by path.
    public static func build(_ files: [String: String] = files) throws -> (fixture: ProjectFixture, output: URL, files: [String: Data]) {
        let fixture = try ProjectFixture(files: files)
        let output = fixture.root.appendingPathComponent("output")
        _ = try Pipeline(contentFolder: fixture.url, sourceDateEpoch: nil)
            .build(into: output, templates: nil)
        return (fixture, output, try OutputTree.read(output))
    }
}
