import DossierTestSupport
import Foundation
import Testing

/// Where the text of `dossier.pdf` lands on paper, read back with pypdf
/// (Fixtures/check_pdf_margins.py): nothing past the right margin, in the
/// example and in a project whose ids, titles and badges are as long as
/// real ones get (Fixtures/long-values); matrix headers on every page;
/// acceptance criteria once per phase.
/// Needs WeasyPrint and the interop Python, and fails without them.
@Suite struct PDFLayoutTests {
    struct Layout: Decodable {
        struct Bookmark: Decodable {
            var title: String
            var page: Int
        }

        struct Overflow: Decodable, CustomStringConvertible {
            var page: Int
            var text: String
            var end: Double
            var limit: Double
            var description: String { "page \(page): \"\(text)\" ends at \(end) pt, the margin is at \(limit) pt" }
        }

        var pages: Int
        var pageTexts: [String]
        var bookmarks: [Bookmark]
        var overflows: [Overflow]

        /// The page of the numbered chapter or section `title` ("Operation"
        /// for "3.2 Operation").
        func firstPage(of title: String) throws -> Int {
            try #require(bookmarks.first { bookmark in
                let parts = bookmark.title.split(separator: " ", maxSplits: 1)
                return parts.count == 2 && parts[0].first?.isNumber == true && parts[1] == title
            }, "no bookmark \(title)").page
        }

        /// The texts of pages `from`…`to`, both counted from 1, `to` excluded.
        func texts(from first: Int, to end: Int) -> ArraySlice<String> { pageTexts[(first - 1)..<(end - 1)] }
    }

    private func layout(of content: URL) throws -> Layout {
        try WeasyPrintOnPath.require()
        let folder = try ProjectFixture()
        let output = folder.root.appendingPathComponent("out")
        let build = try DossierBinary.run(["build", "--pdf", "--quiet", "--content", content.path,
                                           "--output", output.path])
        try #require(build.status == 0, "\(build.stderr)")
        let run = try InteropPython.run("check_pdf_margins.py", [output.appendingPathComponent("dossier.pdf").path,
                                                                 output.appendingPathComponent("dossier.html").path])
        try #require(run.status == 0, "\(run.output)")
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(Layout.self, from: Data(run.output.utf8))
    }

    @Test("no text of the example's PDF runs past the right margin; a matrix's header is on each of its pages")
    func example() throws {
        let layout = try layout(of: PackageRoot.exampleContent)
        #expect(layout.overflows.isEmpty, "\(layout.overflows.prefix(20))")

        // Operation's matrix is pages long; its own requirements table follows it.
        let start = try layout.firstPage(of: "Operation")
        let requirements = try #require(layout.pageTexts.indices.first {
            $0 + 1 >= start && layout.pageTexts[$0].contains("Security requirements in Operation")
        }) + 1
        let matrixPages = layout.texts(from: start, to: requirements)
        #expect(matrixPages.count >= 2, "the operation matrix should take more than a page")
        for (offset, text) in matrixPages.enumerated() {
            #expect(text.contains("Adversarial"), "no matrix header on page \(start + offset)")
        }

        // The model-files table gave its short headers too little room, and
        // they broke inside the word ("Vers" above "ion").
        let modelFiles = try #require(layout.pageTexts.first { $0.contains("Model files") && $0.contains("SHA-256") })
        #expect(modelFiles.contains("Version"), "\(modelFiles)")
        #expect(modelFiles.contains("prefix"), "\(modelFiles)")
    }

    @Test("very long ids, badges and titles wrap inside the page; acceptance criteria once per phase")
    func longValues() throws {
        let layout = try layout(of: PythonCheck.folder.appendingPathComponent("long-values"))
        #expect(layout.overflows.isEmpty, "\(layout.overflows.prefix(20))")
        // The badge and the ids are there to wrap, not left out.
        let text = layout.pageTexts.joined(separator: "\n")
        #expect(text.contains("accepted with"))

        // The requirement holds in all four phases and mitigates one threat
        // in three of them and two in operation: its criteria are in each
        // phase's requirements table once, not again under each threat.
        let matrices = try layout.texts(from: layout.firstPage(of: "Traceability matrices"),
                                        to: layout.firstPage(of: "Security-relevant requirements"))
        let stated = matrices.map { $0.components(separatedBy: "AcceptanceOnce").count - 1 }.reduce(0, +)
        #expect(stated == 4)
    }
}
