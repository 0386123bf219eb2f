import DossierTestSupport
import Foundation
import Testing

/// `dossier.html` is printed to A4 (Chromium now, WeasyPrint later) for a
/// Notified Body: what a reviewer of the printout asked for.
@Suite struct PrintLayoutTests {
    @Test func theFindingsTableGivesTheMessageTheWidthAndLetsIDsBreak() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        let table = [#"<table class="findings">"#,
                     #"<colgroup><col class="number"><col class="severity"><col class="rule"><col class="where"><col class="message"></colgroup>"#]
        #expect(html.contains(table.joined(separator: "\n")))
        #expect(html.contains("table.findings { table-layout: fixed; }"))
        #expect(html.contains("table.findings .id, table.findings .mono { white-space: normal; overflow-wrap: anywhere; }"))
    }

    @Test func anItemHeadingIsKeptWithItsFieldTable() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        let head = [#"<section class="item" id="item-TH-1">"#, #"<div class="item-head">"#,
                    #"<h4><span class="id">TH-1</span> Forged dose command</h4>"#, #"<table class="fields">"#]
        #expect(html.contains(head.joined(separator: "\n")))
        #expect(html.contains(".item-head { break-inside: avoid; }"))
        #expect(html.contains("h2, h3, h4 { break-after: avoid; }"))
        #expect(html.contains("p, li { orphans: 3; widows: 3; }"))
    }

    @Test func aCountGridIsNotSplitAcrossPages() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        #expect(html.contains(#"<table class="count-grid">"#))
        #expect(html.contains("  table.count-grid { break-inside: avoid; }"))
        // A phase's heading and summary line were left alone at a page end.
        #expect(html.contains("  h3.numbered + p { break-after: avoid; }"))
    }

    /// A reviewer cites "3.2": the chapters and the sections the contents
    /// lists carry the contents' numbers, counted the same way in both.
    @Test func chaptersAndListedSectionsAreNumberedAsInTheContents() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        #expect(html.contains(#"<h3 class="numbered" id="phase-installation">Installation</h3>"#))
        #expect(html.contains(#"<h3 class="numbered" id="items-threat">Threats (4)</h3>"#))
        for rule in ["h2.chapter { counter-increment: chapter; counter-reset: section; }",
                     #"h2.chapter::before { content: counter(chapter) ". "; }"#,
                     #"h3.numbered::before { content: counter(chapter) "." counter(section) " "; }"#,
                     #".toc li::before { content: counters(toc, ".") ". "; display: inline-block; min-width: 2.2em; }"#] {
            #expect(html.contains(rule), "\(rule)")
        }
        // Every chapter is listed once in the contents, in the order of the
        // document, so the two counters agree.
        let chapters = html.matches(of: #/<h2 class="chapter" id="([a-z-]+)">/#).map { String($0.1) }
        let start = try #require(html.firstRange(of: #"<nav class="toc">"#))
        let end = try #require(html[start.upperBound...].firstRange(of: "</nav>"))
        let listed = html[start.lowerBound..<end.lowerBound]
            .matches(of: #/<li><a href="#(chapter-[a-z-]+)">/#).map { String($0.1) }
        #expect(!chapters.isEmpty)
        #expect(listed == chapters)
    }

    /// dossier.md is the same dossier: the same chapters in the same order.
    @Test func theMarkdownFileHasTheChaptersOfTheHTMLFileInItsOrder() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        let chapters = html.matches(of: #/<h2 class="chapter" id="[a-z-]+">([^<]+)</h2>/#).map { String($0.1) }
        let markdown = OutputTree.text(build.files, "dossier.md").split(separator: "\n")
            .filter { $0.hasPrefix("## ") && $0 != "## Document control" }.map { String($0.dropFirst(3)) }
        #expect(chapters.count > 10)
        #expect(markdown == chapters)
    }

    @Test func pageMarginBoxesUseTheBodyFontAndTheContentsHasPageNumbers() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        for box in ["@top-left", "@top-right", "@bottom-left", "@bottom-right"] {
            let line = try #require(html.split(separator: "\n").first { $0.contains(box + " {") }, "no \(box)")
            #expect(line.contains(#"font-family: "Source Sans 3", "Segoe UI", Helvetica, Arial, sans-serif;"#), "\(box)")
        }
        #expect(html.contains(#".toc a::after { content: leader(".") target-counter(attr(href), page); }"#))
    }

    /// WeasyPrint 57 drops a shorthand that holds a var(): table borders and
    /// badge colours vanished from its PDF.
    @Test func noShorthandPropertyTakesAVariable() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let shorthand = try Regex(#"(background|border(-top|-bottom|-left|-right)?)\s*:[^;}]*var\("#)
        for path in ["dossier.html", "site/style.css"] {
            let found = OutputTree.text(build.files, path).firstMatch(of: shorthand).map { String($0.0) }
            #expect(found == nil, "\(path)")
        }
    }

    /// Sections are the scope chapter; printing them again among the design
    /// inputs made the dossier say everything twice.
    @Test func narrativeSectionsPrintOnceInTheScopeChapter() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        #expect(html.components(separatedBy: "This dossier covers the hub.").count == 2)
        #expect(HTMLDocument.ids(in: html).filter { $0 == "item-SEC-SCOPE" }.count == 1)
        #expect(!html.contains("Narrative sections"))
        let scope = try #require(html.range(of: #"<h2 class="chapter" id="chapter-sections">"#))
        let anchor = try #require(html.range(of: #"id="item-SEC-SCOPE""#))
        let coverage = try #require(html.range(of: #"<h2 class="chapter" id="chapter-coverage">"#))
        #expect(scope.upperBound < anchor.lowerBound && anchor.upperBound < coverage.lowerBound)
        let markdown = OutputTree.text(build.files, "dossier.md")
        #expect(markdown.components(separatedBy: "This dossier covers the hub.").count == 2)
        #expect(markdown.components(separatedBy: #"<a id="item-SEC-SCOPE"></a>"#).count == 2)
        #expect(!markdown.contains("Narrative sections"))
        // The site keeps its page and its line among all items.
        #expect(OutputTree.text(build.files, "site/items.html").contains("Narrative sections (1)"))
        #expect(build.files["site/items/SEC-SCOPE.html"] != nil)
    }

    /// The software tables are laid out fixed: the widths set leave the one
    /// unset column room, and a version such as 2026.10.19.post1 fits its
    /// column instead of breaking mid-word.
    @Test func softwareTableWidthsLeaveRoomAndFitAVersion() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let css = OutputTree.text(build.files, "dossier.html")
        var widths: [String: [Int: Int]] = [:]
        for match in css.matches(of: #/table\.software\.([a-z]+) th:nth-child\((\d)\) \{ width: (\d+)%; \}/#) {
            widths[String(match.1), default: [:]][Int(match.2)!] = Int(match.3)!
        }
        #expect(Set(widths.keys) == ["components", "sbom", "vulnerabilities"])
        for (table, columns) in widths {
            #expect(columns.count == 4 && columns.values.reduce(0, +) <= 80, "\(table): \(columns)")
        }
        #expect(widths["sbom"]?[2] ?? 0 >= 16)
    }

    /// A hazard's cells spanned its control rows; WeasyPrint split such a
    /// group at a page end and printed the severity below the table.
    @Test func linkageRowsStandAloneAndEachNamesItsHazard() throws {
        var files = RenderFixture.files
        files["hazards/HZ-9.md"] = "---\nid: HZ-9\ntype: hazard\ntitle: Insulin overdose\nharm: Hypoglycaemia\n"
            + "severity: catastrophic\n---\n"
        for number in 1...2 {
            files["requirements/REQ-9\(number).md"] = "---\nid: REQ-9\(number)\ntype: requirement\n"
                + "title: Dose limit \(number)\ncategory: functional\nhazards: [HZ-9]\n---\n"
        }
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        #expect(!html.contains("rowspan="))
        let continued = ##"<td class="continued"><span class="id muted">HZ-9</span></td><td class="continued"></td>"##
            + ##"<td class="continued"></td><td><a class="id" href="#item-REQ-92""##
        #expect(html.contains(continued))
        #expect(html.contains("table.linkage td.continued { border-top-style: hidden; }"))
        #expect(!html.contains("table.linkage tr { break-inside: auto; }"), "rows keep whole, as in every table")
    }

    /// Ten columns of interface details ran the status badge off an A4 page.
    @Test func theAttackSurfaceTableKeepsItsColumnsOnThePage() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        #expect(html.contains(#"<table class="attack-surface">"#))
        #expect(html.contains("table.attack-surface { table-layout: fixed; font-size: 0.85em; }"))
        #expect(html.contains("table.attack-surface .badge { white-space: normal; }"))
    }

    /// A body's `##` prints as h5: without a rule of its own it came out
    /// smaller than the text below it.
    @Test func bodyHeadingsAreNoSmallerThanText() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let css = OutputTree.text(build.files, "site/style.css")
        #expect(css.contains("h4 { font-size: 1.05em; margin: 1.2em 0 0.3em; }"))
        #expect(css.contains("h5, h6 { font-size: 1em; margin: 1em 0 0.3em; }"))
    }

    @Test func everyInDocumentLinkOfTheSingleFileResolves() throws {
        var files = RenderFixture.files
        // A reference to the section from another item's body.
        files["assets/AS-1.md"] = "---\nid: AS-1\ntype: asset\ntitle: Dose history\nproperties: [integrity]\n---\n"
            + "Defined in [[SEC-SCOPE]].\n"
        let build = try RenderFixture.build(files)
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        #expect(html.contains(##"href="#item-SEC-SCOPE""##))
        let ids = Set(HTMLDocument.ids(in: html))
        let dangling = Set(HTMLDocument.fragmentLinks(in: html)).subtracting(ids).sorted()
        #expect(dangling == [])
    }
}
