import DossierModel
import DossierTestSupport
import Testing

/// FD&C Act §524B: a device that reaches a network is a cyber device and
/// carries an SBOM.
@Suite struct NoSBOMTests {
    static func interface(_ id: String, exposure: String, status: String = "draft") -> String {
        """
        -- interfaces/\(id).md --
        ---
        id: \(id)
        type: interface
        title: Interface \(id)
        status: \(status)
        kind: network
        exposure: \(exposure)
        ---

        """
    }

    @Test(arguments: ["network", "internet"])
    func aNetworkInterfaceWithoutAnSBOMIsReported(exposure: String) throws {
        let found = try findings(adding: Self.interface("IF-1", exposure: exposure) + Self.interface("IF-2", exposure: "local"))
            .filter { $0.rule == .noSBOM }
        #expect(found.map(\.brief) == ["dossier.yml:1: major: [no-sbom] sbom"])
        let message = try #require(found.first?.message)
        #expect(message.contains("IF-1 is reachable over a network") && !message.contains("IF-2"))
        #expect(message.contains("FD&C Act §524B(b)(3)"))
    }

    @Test func anEmptySBOMListIsReportedAtItsLine() throws {
        var files = CleanProject.with(Self.interface("IF-1", exposure: "internet"))
        files["dossier.yml"] = ProjectFixture.minimalConfiguration + "\nsbom: []\n"
        let found = try findings(in: files).filter { $0.rule == .noSBOM }
        #expect(found.map(\.brief) == ["dossier.yml:7: major: [no-sbom] sbom"])
    }

    @Test func anAdjacentOrObsoleteInterfaceOrAListedSBOMRaisesNothing() throws {
        let nearby = try findings(adding: Self.interface("IF-1", exposure: "adjacent"))
        #expect(!nearby.contains { $0.rule == .noSBOM })
        let obsolete = try findings(adding: Self.interface("IF-1", exposure: "internet", status: "obsolete"))
        #expect(!obsolete.contains { $0.rule == .noSBOM })
        let listed = try findings(in: SBOMProject.files(adding: Self.interface("IF-1", exposure: "internet")))
        #expect(!listed.contains { $0.rule == .noSBOM })
    }
}
