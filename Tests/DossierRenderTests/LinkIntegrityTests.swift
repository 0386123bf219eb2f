import DossierTestSupport
import Foundation
import Testing

/// Every internal link of the site and of dossier.html leads somewhere.
@Suite struct LinkIntegrityTests {
    @Test func everyRelativeLinkOfTheSiteResolvesToAWrittenFile() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        try expectSiteLinksResolve(build.files)
    }

    @Test func everyLinkOfTheExampleProductResolvesAndNoReferenceShowsRaw() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-example-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }
        let result = try DossierBinary.run(["build", "--content", PackageRoot.exampleContent.path, "--output", output.path,
                                            "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try OutputTree.read(output)
        try expectSiteLinksResolve(files)
        // `[[ID]]` links in bodies only: written in a field, the example
        // showed the brackets to the reader as they were typed.
        for (path, data) in files where path.hasSuffix(".html") {
            #expect(!String(decoding: data, as: UTF8.self).contains("[["), "\(path) shows an unresolved [[ID]]")
        }
    }

    @Test func everyAnchorLinkOfTheSingleFileHasItsTarget() throws {
        let build = try RenderFixture.build()
        defer { build.fixture.remove() }
        let html = OutputTree.text(build.files, "dossier.html")
        let ids = Set(HTMLLinks.attributes("id", in: html))
        let anchors = HTMLLinks.attributes("href", in: html).filter { $0.hasPrefix("#") }
        #expect(!anchors.isEmpty)
        for anchor in anchors {
            #expect(ids.contains(String(anchor.dropFirst())), "dossier.html links to \(anchor), which it does not hold")
        }
    }

    private func expectSiteLinksResolve(_ files: [String: Data]) throws {
        var checked = 0
        for (path, data) in files where path.hasPrefix("site/") && path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let folder = (path as NSString).deletingLastPathComponent
            for link in HTMLLinks.attributes("href", in: html) + HTMLLinks.attributes("src", in: html) {
                // Links with a scheme are left as written (docs/format.md, "Bodies").
                guard !link.hasPrefix("http://"), !link.hasPrefix("https://"), !link.hasPrefix("mailto:"),
                      !link.hasPrefix("#") else { continue }
                let target = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                let resolved = HTMLLinks.normalize(folder + "/" + (String(target).removingPercentEncoding ?? ""))
                #expect(files[resolved] != nil, "\(path) links to \(link), which is not in the output")
                checked += 1
            }
        }
        #expect(checked > 0)
    }
}

/// Attribute values of an HTML page, without a parser: the pages are ours
/// and every attribute value is double-quoted.
enum HTMLLinks {
    /// Resolves `.` and `..` in a relative path.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    static func attributes(_ name: String, in html: String) -> [String] {
        var values: [String] = []
        var rest = Substring(html)
        let marker = " \(name)=\""
        while let start = rest.range(of: marker) {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "\"") else { break }
            values.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
            rest = after[end...]
        }
        return values
    }
}
