import DossierTestSupport
import Foundation
import Testing

/// An author's SVG that browsers draw and WeasyPrint 57.2 crashed on
/// (`marker-end="url(#a)"` with no `id="a"`): the real WeasyPrint now gets
/// a copy without the reference; dossier.html keeps the author's file.
/// Needs WeasyPrint, and fails without it.
@Suite struct PDFImageTests {
    static let svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60">
          <line x1="10" y1="30" x2="190" y2="30" stroke="black" marker-end="url(#a)"/>
          <text x="10" y="20" style="marker-start: url(#b)">App to hub</text>
        </svg>

        """

    @Test func anSVGReferringToAnUndefinedMarkerStillMakesThePDF() throws {
        try WeasyPrintOnPath.require()
        let project = try ProjectFixture.starterProject()
        try project.write("sections/flow.svg", Self.svg)
        let scope = try project.read("sections/01-scope.md")
        try project.write("sections/01-scope.md", scope + "\n![Data flow](flow.svg)\n")

        let run = try DossierBinary.run(["build", "--pdf", "--quiet"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(project.existsOutside("output/dossier.pdf"))
        let html = try project.readOutside("output/dossier.html")
        #expect(html.contains(Data(Self.svg.utf8).base64EncodedString()), "dossier.html embeds the author's SVG as it is")
        let written = try FileManager.default.contentsOfDirectory(atPath: project.root.appendingPathComponent("output").path)
        #expect(!written.contains { $0.hasPrefix(".dossier-pdf") }, "the PDF's copy of dossier.html is left: \(written)")

        let check = try DossierBinary.run(["check", "--fail-on", "minor"], in: project.root)
        #expect(check.status == 1)
        #expect(check.stderr.contains("[invalid-image] SEC-SCOPE shows sections/flow.svg, which refers to ids it does "
            + "not define: `#a`, `#b`"), "\(check.stderr)")
    }
}
