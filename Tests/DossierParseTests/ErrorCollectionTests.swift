import DossierLoad
import DossierModel
import DossierParse
import DossierTestSupport
import Foundation
import Testing

@Suite struct ErrorCollectionTests {
    @Test func oneRunReportsTheErrorsOfEveryFile() throws {
        let result = try errors(in: """
            -- assets/AS-1.md --
            ---
            id: AS-1
            type: asset
            ---
            -- hazards/HZ-1.md --
            ---
            id: HZ-1
            type: hazard
            title: Overdose
            severity: deadly
            ---
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: [operation]
            assets: [AS-9]
            ---
            """)
        #expect(result == [
            "assets/AS-1.md:1: missing-field",
            "hazards/HZ-1.md:5: invalid-value",
            "threats/TH-1.md:6: dangling-reference",
        ])
    }

    @Test func oneFileReportsEveryBadField() throws {
        let result = try errors(in: """
            -- threats/TH-1.md --
            ---
            id: TH-1
            type: threat
            title: Forged dose command
            phases: [operation, shipping]
            stride: snooping
            risk: extreme
            ---
            """)
        #expect(result == [
            "threats/TH-1.md:5: invalid-value",
            "threats/TH-1.md:6: invalid-value",
            "threats/TH-1.md:7: invalid-value",
        ])
    }

    static let badThreat = """
        ---
        id: TH-1
        type: threat
        title: Forged dose command
        phases: [shipping]
        ---
        An attacker forges a command.

        See [[HZ-9]].

        """

    @Test func byteOrderMarkAndCRLFReportTheSameLinesAsLF() throws {
        let fixture = try ProjectFixture(project(""))
        defer { fixture.remove() }
        try fixture.write("threats/TH-1.md", Self.badThreat)
        let lf = fixture.inputErrors().map(\.brief)
        var windows = Data([0xEF, 0xBB, 0xBF])
        windows += Data(Self.badThreat.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        try fixture.write("threats/TH-1.md", data: windows)
        let crlf = fixture.inputErrors().map(\.brief)
        #expect(lf == ["threats/TH-1.md:5: invalid-value"])
        #expect(crlf == lf)
    }

    @Test func byteOrderMarkAndCRLFParseToTheSameItemAsLF() throws {
        let text = """
            ---
            id: HZ-1
            type: hazard
            title: Overdose
            harm: Hypoglycaemia
            ---
            Too much insulin,
            see [[HZ-1]].

            """
        let fixture = try ProjectFixture(project(""))
        defer { fixture.remove() }
        try fixture.write("hazards/HZ-1.md", text)
        let lf = try #require(ProjectParser().parse(ContentLoader().load(from: fixture.url)).item("HZ-1"))
        var windows = Data([0xEF, 0xBB, 0xBF])
        windows += Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        try fixture.write("hazards/HZ-1.md", data: windows)
        let crlf = try #require(ProjectParser().parse(ContentLoader().load(from: fixture.url)).item("HZ-1"))
        #expect(crlf.title == "Overdose")
        #expect(crlf.hazard?.harm == "Hypoglycaemia")
        #expect(crlf.body.references == [BodyReference(target: "HZ-1", line: 8)])
        #expect(crlf.body == lf.body)
        #expect(crlf.fieldLines == lf.fieldLines)
    }

    @Test func configurationWithByteOrderMarkAndCRLFIsRead() throws {
        let fixture = try ProjectFixture(files: [:])
        defer { fixture.remove() }
        var data = Data([0xEF, 0xBB, 0xBF])
        data += Data(ProjectFixture.minimalConfiguration.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        try fixture.write("dossier.yml", data: data)
        let parsed = ProjectParser().parse(ContentLoader().load(from: fixture.url))
        #expect(parsed.errors == [])
        #expect(parsed.configuration?.product.name == "Test Infusion Hub")
        #expect(parsed.configuration?.keyLines["phases"] == ProjectFixture.phasesLine)
    }
}
