import DossierTestSupport
import Foundation
import Testing

/// The example's `dossier.pdf` as a real PDF library reads it
/// (Fixtures/check_pdf.py, pypdf), and its bytes across two builds. Needs
/// WeasyPrint, and fails without it.
@Suite struct PDFInteropTests {
    private func buildExample(into folder: ProjectFixture, _ name: String) throws -> URL {
        try WeasyPrintOnPath.require()
        let output = folder.root.appendingPathComponent(name)
        let run = try DossierBinary.run(["build", "--pdf", "--quiet", "--content", PackageRoot.exampleContent.path,
                                         "--output", output.path])
        try #require(run.status == 0, "\(run.stderr)")
        return output
    }

    @Test("same input, same PDF bytes: nothing from the clock")
    func reproducible() throws {
        let folder = try ProjectFixture()
        let first = try Data(contentsOf: buildExample(into: folder, "one").appendingPathComponent("dossier.pdf"))
        let second = try Data(contentsOf: buildExample(into: folder, "two").appendingPathComponent("dossier.pdf"))
        #expect(first.count > 10_000)
        #expect(first == second)
    }

    @Test("PDF/A-3b with bookmarks, attachments, page headers and metadata")
    func readByPypdf() throws {
        let folder = try ProjectFixture()
        let output = try buildExample(into: folder, "out")
        let run = try InteropPython.run("check_pdf.py", [output.appendingPathComponent("dossier.pdf").path])
        try #require(run.status == 0, "\(run.output)")
        let pdf = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
        let export = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: output.appendingPathComponent("dossier.json"))) as? [String: Any])

        let pdfa = pdf["pdfa"] as? [String: String]
        #expect(pdfa?["part"] == "3" && pdfa?["conformance"] == "B")
        let attachments = pdf["attachments"] as? [String] ?? []
        #expect(attachments.contains("dossier.json") && attachments.contains("trace.csv"))
        // The example lists two SBOM files; they go into the PDF as they are.
        #expect(attachments.contains("cloud.cdx.json") && attachments.contains("cloud.vex.cdx.json"), "\(attachments)")
        // So is the threat model kept in Threat Dragon.
        #expect(attachments.contains("glucolink-cloud.json"), "\(attachments)")

        let info = pdf["info"] as? [String: String] ?? [:]
        #expect(info["/Title"]?.hasPrefix("DI-SEC-001 Security Design Input Dossier") == true)
        #expect(info["/Author"] == "Example Medical GmbH")
        #expect(info["/Subject"]?.contains("GlucoLink Insulin Dose Manager 2.4.0") == true)
        #expect(info["/CreationDate"] == "20261120")

        let outline = (pdf["outline"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
        // Numbered as the contents and the headings are.
        for chapter in ["2. Security architecture", "3. Threat model", "4. Coverage by lifecycle phase",
                        "5. Traceability matrices", "5.1 Installation", "14. Third-party software", "15. Reviews",
                        "16. Findings", "17. Design inputs", "17.1 Threats (21)", "17.10 Reviews (4)",
                        "18. Manifest of input files"] {
            #expect(outline.contains(chapter), "no bookmark for \(chapter): \(outline.prefix(40))")
        }
        let items = try #require(export["items"] as? [[String: Any]])
        for item in items where item["type"] as? String != "section" && item["status"] as? String != "obsolete" {
            let id = try #require(item["id"] as? String)
            #expect(outline.contains { $0.hasPrefix(id + " ") }, "no bookmark for \(id)")
        }

        let pages = try #require(pdf["pages"] as? Int)
        let texts = pdf["page_texts"] as? [String] ?? []
        #expect(texts.count == 4)
        for (index, text) in texts.enumerated() {
            #expect(text.contains("GlucoLink Insulin Dose Manager 2.4.0"), "no product in the header of page \(index)")
            #expect(text.contains("DI-SEC-001 rev. C"), "no document id and revision in the header of page \(index)")
        }
        #expect(texts.first?.contains("Page 1 of \(pages)") == true)
        #expect(texts.last?.contains("Page \(pages) of \(pages)") == true)
    }
}

/// The real WeasyPrint, which `build --pdf` runs: a test that needs it
/// fails without it, saying how to install it, rather than skip unnoticed.
enum WeasyPrintOnPath {
    static let installed = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        .contains { FileManager.default.isExecutableFile(atPath: "\($0)/weasyprint") }

    static func require(sourceLocation: SourceLocation = #_sourceLocation) throws {
        try #require(installed, "weasyprint is not on PATH: apt-get install weasyprint (.ci/run installs it)",
                     sourceLocation: sourceLocation)
    }
}
