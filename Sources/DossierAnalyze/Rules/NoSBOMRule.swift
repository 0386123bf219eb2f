import DossierLink
import DossierModel

/// A product reachable over a network is a cyber device, and a cyber
/// device's submission carries an SBOM.
public struct NoSBOMRule: Rule {
    public let documentation = RuleDocumentation(
        .noSBOM, .major, clause: "FD&C Act §524B(b)(3)",
        summary: "The project has an interface with `exposure` `network` or `internet`, and `dossier.yml` lists "
            + "no file under `sbom:`.",
        rationale: "A device that connects to a network or the internet is a cyber device under FD&C Act §524B, "
            + "and its premarket submission must include a software bill of materials; IEC 62304 §8.1.2 asks "
            + "for every SOUP item to be identified. Without an SBOM the dossier cannot show which third-party "
            + "software runs in the product, its support or its known vulnerabilities.",
        remedy: "Generate a CycloneDX or SPDX SBOM of each software item in the build (e.g. with `syft` or "
            + "`cdxgen`), put it under the content folder and list it under `sbom:` in dossier.yml.",
        failing: """
            # dossier.yml has no sbom: key, and
            id: IF-CLOUD
            type: interface
            title: Cloud REST API
            kind: cloud-api
            exposure: internet
            """,
        passing: """
            # dossier.yml
            sbom:
              - sbom/app.cdx.json
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        guard graph.configuration.sbomFiles.isEmpty else { return [] }
        let connected = graph.live(.interface).filter {
            let exposure = graph[$0].interface?.exposure
            return exposure == .network || exposure == .internet
        }
        guard !connected.isEmpty else { return [] }
        let they = connected.count == 1 ? "is" : "are"
        return [RuleViolation(
            subject: "sbom", location: .configuration(line: graph.configuration.keyLines["sbom"] ?? 1),
            message: "\(connected.ids(in: graph)) \(they) reachable over a network, so the product is a cyber "
                + "device, but dossier.yml lists no SBOM under `sbom:` (\(clause))",
            remedy: "list the CycloneDX or SPDX SBOM of each software item under `sbom:` in dossier.yml")]
    }
}
