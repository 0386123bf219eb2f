@testable import DossierRender
import DossierModel
import DossierTestSupport
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `dossier.reqif` is unreadable to a requirement tool if a single value
/// breaks the XML: every text and attribute value goes through the writer's
/// escaping, which must hold for any string an author can write.
@Suite struct XMLWriterTests {
    @Test func escapesMarkupInTextAndAttributes() {
        var writer = XMLWriter(indented: false)
        writer.start("A", ["v": #"<b a="1">&amp;</b> 'x'"#])
        writer.characters(#"<script>alert("x")</script> & ]]> &nbsp;"#)
        writer.end()
        #expect(writer.text == #"<A v="&lt;b a=&quot;1&quot;&gt;&amp;amp;&lt;/b&gt; 'x'">"#
                + #"&lt;script&gt;alert("x")&lt;/script&gt; &amp; ]]&gt; &amp;nbsp;</A>"#)
    }

    @Test func keepsLineBreaksAndTabsInAttributesAsReferences() {
        var writer = XMLWriter(indented: false)
        writer.start("A", ["v": "one\ntwo\tthree\r"])
        writer.end()
        #expect(writer.text == #"<A v="one&#10;two&#9;three&#13;"/>"#)
    }

    @Test func dropsCharactersXML10DoesNotAllow() {
        var writer = XMLWriter(indented: false)
        writer.start("A", ["v": "a\u{0}b\u{1}c\u{1B}d\u{FFFE}e\u{FFFF}f"])
        writer.characters("x\u{8}y\u{B}z\u{C}\u{7F}é\u{1F600}")
        writer.end()
        #expect(writer.text == "<A v=\"abcdef\">xyz\u{7F}é\u{1F600}</A>")
    }

    /// Runs of plain text are copied whole; a character made of two
    /// scalars ("\r\n", e + combining accent) is split where one needs escaping.
    @Test func escapesInsideCharactersOfSeveralScalars() {
        var writer = XMLWriter(indented: false)
        writer.start("A", ["v": "x\r\ny"])
        writer.characters("one\r\ntwo e\u{301}<é\u{301}& \u{1F600}>")
        writer.end()
        #expect(writer.text == "<A v=\"x&#13;&#10;y\">one&#13;\ntwo e\u{301}&lt;é\u{301}&amp; \u{1F600}&gt;</A>")
    }

    @Test func emptyElementsCloseThemselvesAndTextIsNotIndented() {
        var writer = XMLWriter()
        writer.declaration()
        writer.start("ROOT")
        writer.start("EMPTY")
        writer.end()
        writer.element("TEXT", text: "value")
        writer.endDocument()
        #expect(writer.text == """
            <?xml version="1.0" encoding="UTF-8"?>
            <ROOT>
             <EMPTY/>
             <TEXT>value</TEXT>
            </ROOT>

            """)
    }

    /// Any string, including every kind of character XML 1.0 rejects,
    /// comes back from a real XML parser as written less those characters.
    @Test func anyStringRoundTripsThroughAnXMLParser() throws {
        var generator = SystemRandomNumberGenerator()
        let interesting: [Unicode.Scalar] = ["<", ">", "&", "\"", "'", "\n", "\t", "\r", "]", ";", "#", "\u{0}",
                                             "\u{1}", "\u{1F}", "\u{7F}", "\u{85}", "\u{2028}", "\u{D7FF}",
                                             "\u{E000}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{10000}",
                                             "\u{10FFFF}", "é", "a", " "]
        for _ in 0..<300 {
            let length = Int.random(in: 0...40, using: &generator)
            var value = ""
            for _ in 0..<length { value.unicodeScalars.append(interesting.randomElement(using: &generator)!) }
            var writer = XMLWriter(indented: false)
            writer.declaration()
            writer.start("A", ["v": value])
            writer.characters(value)
            writer.end()
            let parsed = try #require(ParsedElement(writer.text), "not well-formed: \(writer.text.debugDescription)")
            let expected = String(String.UnicodeScalarView(value.unicodeScalars.filter(XMLCharacters.isAllowed)))
            // An XML parser reads a literal CR in text as a line feed; the
            // writer writes it as a reference, which keeps it.
            #expect(parsed.attribute == expected, "attribute of \(value.debugDescription)")
            #expect(parsed.text == expected, "text of \(value.debugDescription)")
        }
    }
}

/// The attribute `v` and the text of the root element, as a parser reads them.
private final class ParsedElement: NSObject, XMLParserDelegate {
    var attribute: String?
    var text = ""

    init?(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        guard parser.parse() else { return nil }
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        attribute = attributes["v"]
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
}
