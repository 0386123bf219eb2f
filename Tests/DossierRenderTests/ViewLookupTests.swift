@testable import DossierRender
import DossierTestSupport
import Foundation
import Mustache
import Testing

/// Templates read views through `child(named:)`; a stored property it does
/// not answer for would render as nothing, silently.
@Suite struct ViewLookupTests {
    @Test func everyStoredPropertyOfEveryViewIsAnsweredByName() throws {
        let fixture = try ProjectFixture(files: RenderFixture.files)
        defer { fixture.remove() }
        let report = fixture.check()
        let graph = try #require(report.graph)
        let input = RenderInput(graph: graph, findings: report.findings,
                                manifest: [ManifestEntry(path: "dossier.yml", sha256: "00", bytes: 1)], attachments: [:])
        let model = DossierViewModel(input: input, links: .singleFile, bodyFormat: .html, templates: .builtin(),
                                     itemSection: { _ in "section" })
        var visited = Set<String>()
        check(model, path: "model", visited: &visited)
        // An item page's view: the document keeps only each item's section.
        let builder = ItemViewBuilder(input: input, links: .site(depth: 1), bodyFormat: .html, templates: .builtin())
        check(builder.view(try #require(graph.position(of: "TH-3"))), path: "item", visited: &visited)
        for type in ["DossierViewModel", "DocumentControlView", "FindingCountsView", "PhaseSummaryView", "MatrixView",
                     "MatrixRowView", "MitigationView", "VerificationReferenceView", "PhaseRequirementView",
                     "SecuredRequirementView", "ControlCategoryView", "AssetView", "HazardView", "FindingView",
                     "ItemView", "ItemHeadingView", "ItemSectionView", "ItemGroupView", "ItemReferenceView", "FieldView", "LinkGroupView", "StatusRowView",
                     "ManifestEntryView"] {
            #expect(visited.contains(type), "the fixture never shows a \(type); extend it")
        }
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
        guard mirror.displayStyle == .struct, let parent = value as? MustacheParent else { return }
        visited.insert(String(describing: type(of: value)))
        for child in mirror.children {
            guard let label = child.label else { continue }
            let answered = parent.child(named: label)
            #expect(String(describing: answered.map { $0 } as Any) == String(describing: unwrap(child.value) as Any),
                    "\(path).\(label) is not answered by child(named:)")
            check(child.value, path: "\(path).\(label)", visited: &visited)
        }
    }

    private func unwrap(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
