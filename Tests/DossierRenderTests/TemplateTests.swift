import DossierRender
import DossierTestSupport
import Foundation
import Testing

@Suite struct TemplateTests {
    /// The binary carries templates/ compiled in; `make templates` keeps them equal.
    @Test func builtinTemplatesMatchTheTemplatesFolder() throws {
        let folder = PackageRoot.url.appendingPathComponent("templates")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }.sorted()
        #expect(names == TemplateSet.builtinNames)
        let script = PackageRoot.url.appendingPathComponent("scripts/embed-templates.py")
        let generated = PackageRoot.url.appendingPathComponent("Sources/DossierRender/Templates/BuiltinTemplates.swift")
        let before = try Data(contentsOf: generated)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path]
        try process.run()
        process.waitUntilExit()
        #expect(try Data(contentsOf: generated) == before, "run `make templates`: BuiltinTemplates.swift is stale")
    }

    @Test func aTemplateOfTheOverrideFolderReplacesTheBuiltinOne() throws {
        let fixture = try ProjectFixture(files: RenderFixture.files)
        defer { fixture.remove() }
        let templates = fixture.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("</main><footer>Company confidential {{document.documentID}}</footer></body></html>\n".utf8)
            .write(to: templates.appendingPathComponent("site-footer.mustache"))
        let output = fixture.root.appendingPathComponent("output")
        try DossierPipelineBuild.build(content: fixture.url, output: output, templates: templates)
        let index = OutputTree.text(try OutputTree.read(output), "site/index.html")
        #expect(index.contains("<footer>Company confidential DI-TEST-001</footer>"))
    }

    /// Each item's `reference` is rendered once per output and reused, so an
    /// override must still reach every place an item is referenced.
    @Test func anOverriddenReferenceShowsWhereverAnItemIsReferenced() throws {
        let fixture = try ProjectFixture(files: RenderFixture.files)
        defer { fixture.remove() }
        let templates = fixture.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("{{% CONTENT_TYPE: HTML}}\n<a class=\"custom\" href=\"{{href}}\">[{{id}}: {{status}}]</a>".utf8)
            .write(to: templates.appendingPathComponent("reference.mustache"))
        let output = fixture.root.appendingPathComponent("output")
        try DossierPipelineBuild.build(content: fixture.url, output: output, templates: templates)
        let tree = try OutputTree.read(output)
        let expected = [
            "site/items/TH-3.html": #"<a class="custom" href="../items/SR-9.html">[SR-9: draft]</a>"#,
            "site/items/SR-9.html": #"<a class="custom" href="../items/TH-3.html">[TH-3: draft]</a>"#,
            "site/phases/operation.html": #"<a class="custom" href="../items/TH-2.html">[TH-2: draft]</a>"#,
            "site/items.html": #"<a class="custom" href="items/AS-1.html">[AS-1: draft]</a>"#,
            "dossier.html": ##"<a class="custom" href="#item-TH-3">[TH-3: draft]</a>"##,
        ]
        let builtinReference = try Regex(#"<a class="id" href="[^"]*" title="#)
        for (path, link) in expected {
            let text = OutputTree.text(tree, path)
            #expect(text.contains(link), "\(path) lacks \(link)")
            #expect(text.firstMatch(of: builtinReference) == nil, "\(path) still uses the built-in reference")
        }
    }

    @Test func aBrokenOverrideTemplateIsAnErrorNamingTheFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{{#unclosed}}".utf8).write(to: folder.appendingPathComponent("site-item.mustache"))
        #expect {
            _ = try TemplateSet(overrides: folder)
        } throws: { error in
            "\(error)".contains("site-item.mustache")
        }
    }
}
