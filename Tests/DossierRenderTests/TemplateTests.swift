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
        _ = try ExternalProgram.run(["python3", script.path])
        #expect(try Data(contentsOf: generated) == before, "run `make templates`: BuiltinTemplates.swift is stale")
    }

    /// Builds the render fixture with one template replaced; the files written, by path.
    private func build(overriding name: String, with text: String) throws -> [String: Data] {
        let fixture = try ProjectFixture(files: RenderFixture.files)
        defer { fixture.remove() }
        let templates = fixture.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: templates.appendingPathComponent("\(name).mustache"))
        let output = fixture.root.appendingPathComponent("output")
        try DossierPipelineBuild.build(content: fixture.url, output: output, templates: templates)
        return try OutputTree.read(output)
    }

    /// A team starts its overrides from a copy of templates/: until it
    /// edits one, the outputs are the built-in ones, byte for byte.
    @Test func aCopyOfTheTemplatesFolderRendersWhatTheBuiltinOnesDo() throws {
        let builtin = try RenderFixture.build()
        defer { builtin.fixture.remove() }
        let fixture = try ProjectFixture(files: RenderFixture.files)
        defer { fixture.remove() }
        let copy = fixture.root.appendingPathComponent("templates")
        try FileManager.default.copyItem(at: PackageRoot.url.appendingPathComponent("templates"), to: copy)
        let output = fixture.root.appendingPathComponent("output")
        try DossierPipelineBuild.build(content: fixture.url, output: output, templates: copy)
        let copied = try OutputTree.read(output)
        #expect(copied.keys.sorted() == builtin.files.keys.sorted())
        for (path, data) in builtin.files {
            #expect(copied[path] == data, "\(path)")
        }
    }

    @Test func aTemplateOfTheOverrideFolderReplacesTheBuiltinOne() throws {
        let tree = try build(overriding: "site-footer",
                             with: "</main><footer>Company confidential {{document.documentID}}</footer></body></html>\n")
        #expect(OutputTree.text(tree, "site/index.html").contains("<footer>Company confidential DI-TEST-001</footer>"))
    }

    /// Each item's `reference` is rendered once per output and reused, so an
    /// override must still reach every place an item is referenced.
    @Test func anOverriddenReferenceShowsWhereverAnItemIsReferenced() throws {
        let tree = try build(overriding: "reference",
                             with: "{{% CONTENT_TYPE: HTML}}\n<a class=\"custom\" href=\"{{href}}\">[{{id}}: {{status}}]</a>")
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

    /// The field table moved from `item-fields` to `item-field-table`, which
    /// a build renders once for the site and dossier.html: an override of
    /// `item-fields` written before still renders what it did.
    @Test func anOverrideOfItemFieldsWithTheWholeTableRendersWhatTheBuiltinOnesDo() throws {
        let builtin = try RenderFixture.build()
        defer { builtin.fixture.remove() }
        let table = try String(contentsOf: PackageRoot.url.appendingPathComponent("templates/item-field-table.mustache"),
                               encoding: .utf8)
        let tree = try build(overriding: "item-fields", with: table)
        for path in ["dossier.html", "site/items/TH-3.html", "site/items/SR-9.html"] {
            #expect(tree[path] == builtin.files[path], "\(path)")
        }
    }

    /// An overridden field table may show a reference's parts, which differ
    /// between outputs: each output renders its own.
    @Test func anOverriddenFieldTableShowsEachOutputsLinks() throws {
        let tree = try build(overriding: "item-field-table", with: """
            {{% CONTENT_TYPE: HTML}}
            {{#linksOut}}{{#items}}<a class="custom" href="{{href}}">{{id}}</a>{{/items}}{{/linksOut}}
            {{#linksIn}}{{#items}}<a class="custom" href="{{href}}">{{id}}</a>{{/items}}{{/linksIn}}
            """)
        #expect(OutputTree.text(tree, "site/items/TH-3.html").contains(#"<a class="custom" href="../items/SR-9.html">SR-9</a>"#))
        #expect(OutputTree.text(tree, "dossier.html").contains(##"<a class="custom" href="#item-SR-9">SR-9</a>"##))
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

    /// Line, column and what to write, not the library's type names.
    @Test(arguments: [
        ("<p>\n{{#items}}\n", "site-item.mustache:2:1: error: [template-invalid] a section is never closed"),
        ("{{#a}}\n{{/b}}", "site-item.mustache:2:4: error: [template-invalid] a section is closed with another name"),
        ("x {{name", "site-item.mustache:1:9: error: [template-invalid] the template ends inside a tag"),
    ])
    func aParseErrorSaysWhereAndWhatToWrite(template: String, expected: String) throws {
        let folder = try Self.overrideFolder(["site-item": template])
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            _ = try TemplateSet(overrides: folder)
        } throws: { error in
            "\(error)".contains(expected) && !"\(error)".contains("Mustache.")
        }
    }

    @Test func aTemplatesFolderThatIsNotThereIsAnError() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("no-templates-\(UUID().uuidString)")
        #expect(throws: TemplateSet.Failure.missingFolder(path: missing.path)) {
            _ = try TemplateSet(overrides: missing)
        }
    }

    /// A misspelt override would change nothing and say nothing; a partial
    /// of the team's own, included by an override, is no mistake.
    @Test func anOverrideThatReplacesNothingIsAWarning() throws {
        let folder = try Self.overrideFolder(["site-fotter": "x", "site-footer": "{{> our-logo}}", "our-logo": "<img>"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = try TemplateSet(overrides: folder)
        #expect(templates.warnings.count == 1)
        #expect(templates.warnings.first?.contains("site-fotter.mustache replaces no built-in template") == true)
        #expect(templates.warnings.first?.hasSuffix("(did you mean site-footer?)") == true)
        // A partial no template defines renders nothing, in silence.
        let missing = try Self.overrideFolder(["site-footer": "{{> our-logo}}{{> site-navigaton}}", "our-logo": "<img>"])
        defer { try? FileManager.default.removeItem(at: missing) }
        let partials = try TemplateSet(overrides: missing).warnings
        #expect(partials.count == 1)
        #expect(partials.first?.contains("site-footer.mustache includes `site-navigaton`, which no template defines") == true)
        #expect(partials.first?.hasSuffix("(did you mean site-navigation?)") == true, "\(partials)")
    }

    private static func overrideFolder(_ templates: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in templates {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".mustache"))
        }
        return folder
    }
}
