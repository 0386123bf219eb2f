import DossierLoad
import DossierModel
import Foundation
import Testing

/// What WeasyPrint trips over in an author's SVG, and the copy it gets instead.
@Suite struct SVGInspectionTests {
    private func defect(_ svg: String) -> SVGDefect? { SVGInspection.defect(of: Data(svg.utf8)) }

    private func copy(_ svg: String) -> String? {
        SVGInspection.pdfCopy(of: Data(svg.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func undefinedReferencesAreFoundInAttributesStylesAndLinks() {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <style>line { marker-end: url(#s) }</style>
            <line marker-end="url(#a)" style="marker-start:url('#m')"/><use xlink:href="#u"/><g id="defined" clip-path="url(#defined)"/>
            </svg>
            """
        #expect(defect(svg) == .undefinedReferences(["a", "m", "s", "u"]))
    }

    @Test func xmlThatDoesNotParseSaysWhereAndWhy() {
        #expect(defect("<svg>\n<rect>\n</svg>") == .notXML(line: 3, column: 7, reason: "an end tag does not match its start tag"))
        #expect(defect("<svg><text>a&nbsp;b</text></svg>")
            == .notXML(line: 1, column: 19,
                       reason: "it uses an entity that XML does not define (write the character itself, not `&nbsp;`)"))
        #expect(defect("") == .notXML(line: 1, column: 1, reason: "it holds no XML element"))
    }

    /// An external entity is never read, and entities that expand without
    /// end fail at once instead of filling the memory.
    @Test func entitiesAreNeitherFetchedNorExpandedWithoutLimit() {
        let external = """
            <?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg><text>&x;</text></svg>
            """
        #expect(defect(external) == nil)
        let levels = (1...8).map { level in
            "<!ENTITY e\(level) \"" + String(repeating: "&e\(level - 1);", count: 10) + "\">"
        }.joined()
        let laughs = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY e0 \"lol\">\(levels)]><svg>&e8;</svg>"
        guard case .notXML(_, _, let reason)? = defect(laughs) else {
            Issue.record("expected a parse error, got \(String(describing: defect(laughs)))")
            return
        }
        #expect(reason == "its entities expand without limit")
    }

    @Test func thePDFCopyDropsOnlyTheUndefinedReferences() throws {
        let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <style>line { marker-end: url(#s); }</style><marker id="ok"/>
            <line marker-end="url(#a)" marker-mid="url(#ok)" style="marker-start: url( '#m' ); stroke: black"/>
            <rect fill="url(#g) red" stroke="url(&quot;#q&quot;)"/><use xlink:href="#u" x="1"/><use href='#ok'/>
            </svg>
            """
        let copied = try #require(copy(svg))
        #expect(copied == """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
            <style>line { marker-end: none; }</style><marker id="ok"/>
            <line marker-end="none" marker-mid="url(#ok)" style="marker-start: none; stroke: black"/>
            <rect fill="red" stroke="none"/><use x="1"/><use href='#ok'/>
            </svg>
            """)
        #expect(SVGInspection.defect(of: Data(copied.utf8)) == nil)
    }

    @Test func anSVGWithNothingToDropHasNoCopy() {
        #expect(copy("<svg><marker id=\"a\"/><line marker-end=\"url(#a)\"/></svg>") == nil)
        #expect(copy("<svg><line marker-end=\"url(#a)\"></svg") == nil, "not XML: WeasyPrint leaves it out itself")
    }
}
