import DossierTestSupport
import Foundation
import Testing

/// Item chapters and every list of linked items are in the natural order of
/// the ids (TH-2 before TH-10), whatever the order of the files or of a
/// link list.
@Suite struct NaturalOrderTests {
    static func threat(_ number: Int) -> String {
        """
        -- threats/TH-\(number).md --
        ---
        id: TH-\(number)
        type: threat
        title: Threat number \(number)
        phases: [operation]
        treatment: avoid
        assets: [AS-1]
        ---

        """
    }

    /// TH-10.md sorts before TH-2.md by path; SR-9 lists them backwards.
    static let files = CleanProject.with(threat(2) + threat(10) + """
        -- security/SR-9.md --
        ---
        id: SR-9
        type: security-requirement
        title: Dose commands carry a counter
        phases: [installation, operation, maintenance, decommissioning]
        category: integrity
        threats: [TH-10, TH-2, TH-1]
        acceptance_criteria: A replayed dose command is rejected.
        ---

        """, alsoVerifying: ["SR-9"])

    /// The offsets of `needles` in `text`, in the order given; nil for one not found.
    static func offsets(of needles: [String], in text: String) -> [String.Index?] {
        needles.map { text.range(of: $0)?.lowerBound }
    }

    static func isInOrder(_ needles: [String], in text: String) -> Bool {
        let found = offsets(of: needles, in: text)
        return found.allSatisfy { $0 != nil } && found.map { $0! } == found.map { $0! }.sorted()
    }

    @Test func linkedItemsAreListedInIDOrder() throws {
        let build = try RenderFixture.build(Self.files)
        defer { build.fixture.remove() }
        let requirement = OutputTree.text(build.files, "site/items/SR-9.html")
        #expect(Self.isInOrder([">TH-1<", ">TH-2<", ">TH-10<"], in: requirement), "SR-9's threats")
        let asset = OutputTree.text(build.files, "site/items/AS-1.html")
        #expect(Self.isInOrder([">TH-1<", ">TH-2<", ">TH-10<"], in: asset), "the threats of AS-1")
        let markdown = OutputTree.text(build.files, "dossier.md")
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| Threats | [TH-") && $0.contains("TH-10") })
        #expect(Self.isInOrder(["[TH-1]", "[TH-2]", "[TH-10]"], in: String(row)), "\(row)")
    }

    @Test func itemChaptersAreInIDOrder() throws {
        let build = try RenderFixture.build(Self.files)
        defer { build.fixture.remove() }
        for path in ["dossier.html", "dossier.md"] {
            let text = OutputTree.text(build.files, path)
            #expect(Self.isInOrder(["id=\"item-TH-1\"", "id=\"item-TH-2\"", "id=\"item-TH-10\""], in: text), "\(path)")
        }
    }
}
