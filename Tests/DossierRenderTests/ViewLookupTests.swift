import DossierChange
@testable import DossierRender
import DossierTestSupport
import Foundation
import DossierMustache
import Testing

/// Templates read views through `value(named:)`; a stored property it does
/// not answer for would render as nothing, silently.
@Suite struct ViewLookupTests {
    @Test func everyStoredPropertyOfEveryViewIsAnsweredByName() throws {
        var files = RenderFixture.files
        files["dossier.yml"] = try #require(files["dossier.yml"]).replacingOccurrences(of: "  id: DI-TEST-001", with: """
              id: DI-TEST-001
              history:
                - { revision: A, date: 2026-03-02, summary: First release }
              approvals:
                - { role: Approver, name: B. Approver, date: 2026-03-02 }
            """)
        // A threat model with a diagram, and a section that declares a view and draws it.
        let threatModel = ThreatDragonModel([ThreatDragonModel.Threat(1, "Forged dose record", status: "Open")])
        files["dossier.yml"] = try #require(files["dossier.yml"]).replacingOccurrences(
            of: ProjectFixture.methodLine, with: ThreatDragonModel.configuration(path: ThreatModelProject.modelPath))
        files[ThreatModelProject.modelPath] = threatModel.json
        files["sections/ARCH.md"] = "---\nid: ARCH\ntype: section\ntitle: Global view\nview: global-system\n"
            + "diagrams: [\"\(ThreatModelProject.modelPath)#Cloud and portal\"]\n---\nThe system.\n"
        let fixture = try ProjectFixture(files: files)
        defer { fixture.remove() }
        let report = fixture.check()
        let graph = try #require(report.graph)
        // What `build --baseline` adds: the changes chapter and its marks.
        let changes = ChangeReport(
            ref: "v1", revision: "A",
            changes: ChangeSet(added: ["TH-3"], removed: ["AS-9"], changed: [ItemChange(id: "TH-1", fields: ["risk"], body: true)],
                               linksAdded: [LinkChange(from: "SR-1", field: "threats", to: "TH-3")]),
            findings: FindingDelta(new: [FindingKey(rule: "orphan-asset", item: "AS-1", severity: .minor)]))
        let input = RenderInput(graph: graph, findings: report.findings,
                                manifest: [ManifestEntry(path: "dossier.yml", sha256: "00", bytes: 1)], attachments: [:],
                                changes: changes)
        let model = DossierViewModel(input: input,
                                     items: ItemViewBuilder(input: input, links: .singleFile, bodyFormat: .html,
                                                            templates: .builtin()),
                                     sectionMarker: SectionMarker())
        var visited = Set<String>()
        check(model, path: "model", visited: &visited)
        // An item page's view: the document keeps only each item's section.
        let builder = ItemViewBuilder(input: input, links: .site(depth: 1), bodyFormat: .html, templates: .builtin())
        let item = builder.view(try #require(graph.position(of: "TH-3")))
        check(item, path: "item", visited: &visited)
        // The site's pages: each holds the shared chrome and answers through it.
        let chrome = PageChrome(templates: .builtin(), document: model.document, counts: model.counts,
                                phases: model.phases, itemTypes: SidebarLinkView.itemTypes(in: graph, root: "../"),
                                root: "../").titled("TH-3")
        check(SitePages.ItemPage(chrome: chrome, item: item), path: "itemPage", visited: &visited)
        check(SitePages.PhasePage(chrome: chrome, matrix: try #require(model.matrices.first)), path: "phasePage",
              visited: &visited)
        for page in [SitePages.ItemPage(chrome: chrome, item: item) as any TemplateObject,
                     SitePages.PhasePage(chrome: chrome, matrix: try #require(model.matrices.first)), model] {
            #expect(!page.value(named: "document").isNull, "a page does not pass `document` on to its chrome")
        }
        for type in try Self.viewTypes() {
            #expect(visited.contains(type), "the fixture never shows a \(type); extend it")
        }
    }

    /// Every type DossierRender declares a view with (`extension X: TemplateObject`),
    /// read from its sources so that a new view cannot be left out of the check.
    static func viewTypes() throws -> [String] {
        let sources = PackageRoot.url.appendingPathComponent("Sources/DossierRender")
        let files = try #require(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        var names: [String] = []
        for case let file as URL in files where file.pathExtension == "swift" {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            where line.hasPrefix("extension ") && line.contains(": TemplateObject") {
                let declared = line.dropFirst("extension ".count).prefix { $0 != ":" }
                names.append(String(declared.split(separator: ".").last ?? declared))
            }
        }
        #expect(names.count > 50, "the view declarations were not found under \(sources.path)")
        return names.sorted()
    }

    private func check(_ value: Any, path: String, visited: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .collection {
            for (offset, element) in mirror.children.enumerated() { check(element.value, path: "\(path)[\(offset)]", visited: &visited) }
            return
        }
        if mirror.displayStyle == .optional {
            if let wrapped = mirror.children.first?.value { check(wrapped, path: path, visited: &visited) }
            return
        }
        guard mirror.displayStyle == .struct, let parent = value as? any TemplateObject else { return }
        visited.insert(String(describing: type(of: value)))
        for child in mirror.children {
            guard let label = child.label else { continue }
            let answered = parent.value(named: label)
            if case .lazy = answered {
                #expect(child.value is LazyText, "\(path).\(label) is not answered by value(named:)")
            } else {
                #expect(String(describing: Self.payload(of: answered)) == String(describing: unwrap(child.value) as Any),
                        "\(path).\(label) is not answered by value(named:)")
            }
            check(child.value, path: "\(path).\(label)", visited: &visited)
        }
    }

    /// What a template value holds, described as the stored property it answers for would be.
    private static func payload(of value: TemplateValue) -> Any? {
        switch value {
        case .null: nil
        case .bool(let payload): payload
        case .int(let payload): payload
        case .double(let payload): payload
        case .text(let payload): payload
        case .object(let payload): payload
        case .list(let payload): payload
        case .lazy: "lazy text"
        }
    }

    private func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
