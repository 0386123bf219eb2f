import DossierModel
import DossierPipeline
import DossierTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `dossier.reqif`: well-formed whatever the bodies hold, one object per
/// item, one relation per link typed by its field, one specification per
/// item type present, identifiers that survive rebuilds and edits.
@Suite struct ReqIFRendererTests {
    static let files = GFMBodyTests.files.merging(ProjectFixture.files(in: """
        -- sections/03-hostile.md --
        ---
        id: SEC-HOSTILE
        type: section
        title: "Odd <characters> & \\u0001 \\"quotes\\""
        order: 3
        ---
        Control \u{1}characters\u{1B} and <script>alert(1)</script> raw <div>HTML</div>, an entity &nbsp; &copy;
        and a CDATA end ]]> and <![CDATA[ x ]]> and ![an image](diagram.svg "t") and [[TH-1]].

        <p onclick="x">block HTML</p>
        """)) { _, new in new }

    static func reqif(_ files: [String: String] = files) throws -> String {
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        return OutputTree.text(build.files, "dossier.reqif")
    }

    @Test func isWellFormedXMLWhateverTheBodiesHold() throws {
        let reqif = try Self.reqif()
        let identifiers = try #require(ReqIFIdentifierList(reqif), "not well-formed XML")
        #expect(Set(identifiers.all).count == identifiers.all.count, "identifiers are unique")
        #expect(!reqif.contains("<script") && !reqif.contains("onclick") && !reqif.contains("<xhtml:div>HTML"))
        #expect(!reqif.contains("\u{1}") && !reqif.contains("\u{1B}"))
        #expect(reqif.contains("Control characters and &lt;script&gt;") == false, "raw inline HTML is dropped")
        #expect(reqif.contains("Control characters and alert(1) raw HTML, an entity \u{A0} ©"))
        #expect(reqif.contains("and a CDATA end ]]&gt; and "))
        #expect(reqif.contains(#"LONG-NAME="Odd &lt;characters&gt; &amp;  &quot;quotes&quot;""#))
    }

    @Test func writesTheBodyAsXHTML() throws {
        let reqif = try Self.reqif()
        for fragment in ["<xhtml:th>Standard</xhtml:th>", "<xhtml:td>IEC 81001-5-1</xhtml:td>",
                         "<xhtml:del>2014</xhtml:del>", #"<xhtml:a href="http://www.iso.org">www.iso.org</xhtml:a>"#,
                         "<xhtml:li>[x] <xhtml:p>threat model reviewed</xhtml:p></xhtml:li>",
                         "<xhtml:td>threat model, see TH-1</xhtml:td>", "<xhtml:h2>Boundaries</xhtml:h2>",
                         "and an image and TH-1.</xhtml:p>"] {
            #expect(reqif.contains(fragment), "missing \(fragment)")
        }
        #expect(!reqif.contains("<xhtml:img") && !reqif.contains("<xhtml:input") && !reqif.contains("javascript:"))
    }

    @Test func oneObjectPerItemOneRelationPerLinkOneSpecificationPerTypePresent() throws {
        let reqif = try Self.reqif()
        let identifiers = try #require(ReqIFIdentifierList(reqif))
        let objects = identifiers.by("SPEC-OBJECT")
        #expect(objects.contains("item-TH-1") && objects.contains("item-SEC-HOSTILE") && objects.contains("item-REQ-1"))
        #expect(objects.count == identifiers.by("SPEC-HIERARCHY").count)
        #expect(identifiers.by("SPEC-RELATION").contains("rel-SR-1-threats-TH-1"))
        #expect(identifiers.by("SPEC-RELATION").contains("rel-VER-1-verifies-SR-1"))
        // One relation type per link field, whether or not a link uses it.
        #expect(identifiers.by("SPEC-RELATION-TYPE") == LinkField.allCases.map { "rel-type-\($0.rawValue)" })
        #expect(identifiers.by("SPECIFICATION") == ["spec-threat", "spec-security-requirement", "spec-requirement",
                                                    "spec-asset", "spec-hazard", "spec-verification", "spec-section",
                                                    "spec-interface", "spec-labeling", "spec-component", "spec-review"])
        #expect(identifiers.by("ATTRIBUTE-DEFINITION-ENUMERATION").contains("attr-threat-stride"))
        #expect(identifiers.by("ENUM-VALUE").contains("value-threat-stride-denial-of-service"))
        #expect(reqif.contains(#"<ATTRIBUTE-DEFINITION-ENUMERATION IDENTIFIER="attr-threat-stride" "#
                               + #"LAST-CHANGE="1970-01-01T00:00:00Z" LONG-NAME="STRIDE" MULTI-VALUED="true">"#))
    }

    @Test func identifiersSurviveAnUnrelatedEdit() throws {
        let before = try #require(ReqIFIdentifierList(try Self.reqif()))
        var files = Self.files
        files["assets/AS-0.md"] = "---\nid: AS-0\ntype: asset\ntitle: Pump firmware\n---\nAdded later.\n"
        files["threats/TH-2.md"] = files["threats/TH-2.md"]?.replacingOccurrences(of: "Cloud outage", with: "Outage")
        let after = try #require(ReqIFIdentifierList(try Self.reqif(files)))
        #expect(Set(before.all).isSubset(of: Set(after.all)))
        #expect(Set(after.all).subtracting(before.all) == ["item-AS-0", "node-AS-0"])
    }

    @Test func datesComeFromTheDocumentNeverTheClock() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let output = build.fixture.root.appendingPathComponent("dated")
        _ = try Pipeline(contentFolder: build.fixture.url, sourceDateEpoch: "1767225600").build(into: output, templates: nil)
        let reqif = String(decoding: try Data(contentsOf: output.appendingPathComponent("dossier.reqif")), as: UTF8.self)
        #expect(reqif.contains("<CREATION-TIME>2026-01-01T00:00:00Z</CREATION-TIME>"))
        #expect(!reqif.contains("1970-01-01"))
        #expect(OutputTree.text(build.files, "dossier.reqif").contains("<CREATION-TIME>1970-01-01T00:00:00Z</CREATION-TIME>"))
    }
}

/// Every IDENTIFIER of a ReqIF file, by element name, in document order.
private final class ReqIFIdentifierList: NSObject, XMLParserDelegate {
    private var found: [(element: String, identifier: String)] = []

    init?(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else { return nil }
    }

    var all: [String] { found.map(\.identifier) }
    func by(_ element: String) -> [String] { found.filter { $0.element == element }.map(\.identifier) }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if let identifier = attributes["IDENTIFIER"] { found.append((elementName, identifier)) }
    }
}
