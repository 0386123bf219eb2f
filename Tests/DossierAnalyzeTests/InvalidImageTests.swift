import DossierModel
import DossierTestSupport
import Testing

@Suite struct InvalidImageTests {
    /// A narrative section whose body shows `image` on its line 8, with
    /// `extra` after it.
    static func section(showing image: String, status: String = "approved", extra: String = "") -> String {
        """
        -- sections/system.md --
        ---
        id: SEC-SYSTEM
        type: section
        title: System description
        status: \(status)
        ---
        The hub relays doses from the app to the pump.
        ![Architecture](\(image))\(extra)

        """
    }

    static let undefinedMarker = """
        -- sections/flow.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40">
          <line x1="10" y1="20" x2="190" y2="20" stroke="black" marker-end="url(#arrow)"/>
        </svg>
        """

    @Test func anSVGReferringToAnUndefinedIdIsReportedAtTheImage() throws {
        let found = try findings(adding: Self.section(showing: "flow.svg") + Self.undefinedMarker)
        #expect(found.map(\.brief) == ["sections/system.md:8: minor: [invalid-image] SEC-SYSTEM"])
        let message = try #require(found.first?.message)
        #expect(message.contains("sections/flow.svg"), "\(message)")
        #expect(message.contains("`#arrow`"), "\(message)")
        #expect(message.contains("ISO 13485 §4.2.5"), "\(message)")
    }

    @Test func aReferenceInAStylesheetOrStyleAttributeCountsToo() throws {
        let found = try findings(adding: Self.section(showing: "flow.svg") + """
            -- sections/flow.svg --
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
              <style><![CDATA[ line { marker-end: url(#end); } ]]></style>
              <line x1="10" y1="20" x2="190" y2="20" style="stroke: black; marker-start: url('#start')"/>
              <use xlink:href="#symbol"/>
            </svg>
            """)
        let message = try #require(found.first?.message)
        #expect(found.count == 1)
        #expect(message.contains("`#end`, `#start`, `#symbol`"), "\(message)")
    }

    @Test func anSVGThatIsNotXMLIsReportedWithWhereItBreaks() throws {
        let found = try findings(adding: Self.section(showing: "flow.svg") + """
            -- sections/flow.svg --
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40">
              <rect width="10" height="10">
            </svg>
            """)
        #expect(found.map(\.brief) == ["sections/system.md:8: minor: [invalid-image] SEC-SYSTEM"])
        let message = try #require(found.first?.message)
        #expect(message.contains("is not XML that parses (line 3"), "\(message)")
        #expect(message.contains("an end tag does not match its start tag"), "\(message)")
    }

    @Test func eachBodyThatShowsTheFileIsToldAtItsOwnLine() throws {
        let found = try findings(adding: Self.section(showing: "flow.svg", extra: "\n\nAgain: ![Again](./flow.svg)")
            + Self.undefinedMarker)
        #expect(found.map(\.brief) == ["sections/system.md:8: minor: [invalid-image] SEC-SYSTEM",
                                       "sections/system.md:10: minor: [invalid-image] SEC-SYSTEM"])
    }

    /// Near misses: every reference defined (in any quoting), an `<a>`
    /// pointing into the page around it, a broken SVG that is linked but not
    /// shown, and an obsolete item.
    @Test func definedReferencesLinksAndObsoleteItemsRaiseNothing() throws {
        let valid = """
            -- sections/flow.svg --
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 200 40">
              <defs>
                <marker id="arrow" markerWidth="8" markerHeight="8" refX="8" refY="4"><path d="M0,0 L8,4 L0,8 z"/></marker>
                <linearGradient id="shade"><stop offset="0" stop-color="#fff"/></linearGradient>
              </defs>
              <style>rect { fill: url( "#shade" ); }</style>
              <line x1="10" y1="20" x2="190" y2="20" stroke="black" marker-end="url(#arrow)" style="marker-start:url('#arrow')"/>
              <use xlink:href="#arrow"/>
              <a href="#chapter-coverage"><text x="0" y="30">url(#nothing) in text is no reference</text></a>
            </svg>
            """
        #expect(try findings(adding: Self.section(showing: "flow.svg") + valid).map(\.brief) == [])
        let linkedNotShown = Self.section(showing: "other.png", extra: "\n\nThe [flow as a file](flow.svg).")
            + Self.undefinedMarker + "\n-- sections/other.png --\npng\n"
        #expect(try findings(adding: linkedNotShown).map(\.brief) == [])
        let obsolete = Self.section(showing: "flow.svg", status: "obsolete") + Self.undefinedMarker
        #expect(try findings(adding: obsolete).map(\.brief) == [])
    }
}
