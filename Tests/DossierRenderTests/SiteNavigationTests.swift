@testable import DossierRender
import DossierModel
import DossierPipeline
import DossierTestSupport
import Foundation
import Testing

/// The site's search, sidebar and filters, and its pages rendered one at a
/// time (what the live preview serves).
@Suite struct SiteNavigationTests {
    @Test func theSearchIndexHoldsEveryItemsIdTitleAndBodyText() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let data = try #require(build.files["site/search-index.json"])
        let index = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let items = try #require(index["items"] as? [[String: String]])
        let threat = try #require(items.first { $0["id"] == "TH-3" })
        #expect(threat["href"] == "items/TH-3.html")
        #expect(threat["title"]?.isEmpty == false)
        #expect(threat["text"]?.isEmpty == false, "the body's text is searchable")
        #expect(items.count == build.files.keys.filter { $0.hasPrefix("site/items/") }.count)
        #expect(OutputTree.text(build.files, "site/search.js").contains("search-index.json"))
    }

    @Test func everyPageHasTheSearchBoxAndASidebarOfChaptersTypesAndPhases() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        for (path, root) in [("site/index.html", ""), ("site/items/TH-3.html", "../"),
                             ("site/phases/operation.html", "../")] {
            let page = OutputTree.text(build.files, path)
            #expect(page.contains(#"<form class="site-search" role="search" action="\#(root)items.html">"#), "\(path)")
            let sidebar = try #require(page.range(of: #"<nav class="sidebar""#), "\(path)")
            let rest = page[sidebar.lowerBound...]
            #expect(rest.contains(#"<a href="\#(root)manifest.html">Manifest</a>"#), "\(path)")
            #expect(rest.contains(#"<a href="\#(root)items.html#items-threat">Threats</a>"#), "\(path)")
            #expect(rest.contains(#"phases/operation.html">"#), "\(path)")
        }
    }

    /// At 390 pixels the sidebar filled the first screen, the trace charts
    /// shrank to unreadable text and CVSS vectors ran off the side.
    @Test func onAPhoneThePageComesBeforeTheSidebarAndChartsScroll() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let css = OutputTree.text(build.files, "site/style.css")
        let narrow = try #require(css.range(of: "@media (max-width: 50rem) {"))
        let block = String(css[narrow.upperBound...].split(separator: "\n}", maxSplits: 1)[0])
        #expect(block.contains(".sidebar { order: 1; position: static;"))
        #expect(block.contains("main figure.chart svg { max-width: none; }"))
        // A matrix's status column went off the screen; the document id broke as DI-SEC-/001.
        #expect(block.contains("main table { display: block; overflow-x: auto; }"))
        #expect(OutputTree.text(build.files, "site/index.html").contains(#"<span class="nowrap">DI-TEST-001</span>"#))
        #expect(css.contains(".fields td { overflow-wrap: anywhere; }"))
        // The footer lines up with the page's column beside the sidebar, and under it on a phone.
        #expect(css.contains(".site-footer { max-width: 72rem; margin: 0 0 0 14rem;"))
        #expect(block.contains(".site-footer { margin-left: 0; }"))
    }

    @Test func allItemsCarriesWhatItsFiltersMatchAndHidesThemWithoutScript() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let page = OutputTree.text(build.files, "site/items.html")
        #expect(page.contains(#"<form id="item-filters" class="filters" hidden>"#))
        let row = try #require(page.firstRange(of: #"<tr data-type="threat" "#))
        #expect(page[row.lowerBound...].contains(#"data-phases="operation decommissioning" data-findings="true">"#),
                "TH-3's row")
        #expect(page.contains(#"data-findings="false""#))
    }

    /// The preview renders each item's reference when a page first shows
    /// it; the build renders them all first: the pages are the same.
    @Test(arguments: [true, false])
    func aPageRenderedAloneIsThePageTheBuildWrites(renderingAllReferences: Bool) throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let report = Pipeline(contentFolder: build.fixture.url, sourceDateEpoch: nil).check()
        let site = SitePages(input: try Pipeline(contentFolder: build.fixture.url, sourceDateEpoch: nil).renderInput(for: report),
                             templates: .builtin(), renderingAllReferences: renderingAllReferences)
        for path in build.files.keys where path.hasPrefix("site/") {
            let page = try #require(site.page(at: String(path.dropFirst("site/".count))), "\(path)")
            #expect(page.contents == build.files[path], "\(path)")
        }
        for path in ["", "items/", "items/NOPE.html", "phases/nope.html", "files/dossier.yml", "../dossier.html",
                     "items/TH-3.md", "dossier.json"] {
            #expect(site.page(at: path) == nil, "\(path)")
        }
    }
}
