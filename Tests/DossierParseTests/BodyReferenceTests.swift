import DossierModel
import DossierParse
import DossierTestSupport
import Testing

@Suite struct BodyReferenceTests {
    static func hazard(body: String) -> String {
        """
        -- hazards/HZ-1.md --
        ---
        id: HZ-1
        type: hazard
        title: Overdose
        ---
        \(body)
        """
    }

    @Test func referencesInCodeSpansAndCodeBlocksAreNotReferences() throws {
        let body = """
            Write `[[HZ-9]]` to link an item.

            ```markdown
            See [[HZ-8]].
            ```

                [[HZ-7]] in indented code

            ~~~
            [[HZ-6]]
            ~~~
            """
        let parsed = try parse(Self.hazard(body: body))
        #expect(parsed.item("HZ-1")?.body.references == [])
        #expect(try errors(in: Self.hazard(body: body)) == [])
    }

    @Test func referencesAreFoundWithTheirFileLines() throws {
        let parsed = try parse(Self.hazard(body: """
            # Harm from [[HZ-2]]

            - a list item naming [[TH-1]]
            - and one naming
              [[SR-1]] on its second line

            > quoted [[AS-1]]
            """))
        #expect(parsed.item("HZ-1")?.body.references == [
            BodyReference(target: "HZ-2", line: 6),
            BodyReference(target: "TH-1", line: 8),
            BodyReference(target: "SR-1", line: 10),
            BodyReference(target: "AS-1", line: 12),
        ])
    }

    @Test func bracketsThatAreNotAnIDAreNotReferences() throws {
        let parsed = try parse(Self.hazard(body: "A [[ ]] box, [[1-2]], [[]] and [[TH 1]] and [single]."))
        #expect(parsed.item("HZ-1")?.body.references == [])
    }

    @Test func relativeLinksAreRecordedWithoutFragmentAndDecoded() throws {
        let parsed = try parse(Self.hazard(body: """
            See [the flow](../diagrams/data%20flow.svg#part) and ![pump](pump.png?v=2),
            [the ISO page](https://www.iso.org/) and [above](#harm).
            """))
        #expect(parsed.item("HZ-1")?.body.fileLinks == [
            BodyFileLink(destination: "../diagrams/data flow.svg", line: 6, isImage: false),
            BodyFileLink(destination: "pump.png", line: 6, isImage: true),
        ])
    }

    /// A table's rows are source lines of their own; its cells are prose
    /// (folded to lower case), each apart from the next, without the pipes
    /// and the delimiter row.
    @Test func tableCellsAreReadWithTheirReferencesAndLinksAtTheirRows() throws {
        let parsed = try parse(Self.hazard(body: """
            | Step | Control |
            |---|---|
            | pairing | [[TH-1]] |
            | update | [[SR-1]] and [the flow](flow.svg) |
            """))
        let body = try #require(parsed.item("HZ-1")?.body)
        #expect(body.references == [BodyReference(target: "TH-1", line: 8), BodyReference(target: "SR-1", line: 9)])
        #expect(body.fileLinks == [BodyFileLink(destination: "flow.svg", line: 9, isImage: false)])
        #expect(body.prose == "step control pairing [[th-1]] update [[sr-1]] and the flow ")
        #expect(body.line(ofProseOffset: body.prose.utf8.count - 1) == 9)
    }
}
