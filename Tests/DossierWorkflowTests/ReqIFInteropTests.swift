import DossierTestSupport
import Foundation
import Testing

/// `dossier.reqif` read by real consumers: the `reqif` package validates it
/// against the OMG ReqIF 1.2 schema and parses it; StrictDoc imports every
/// item (Fixtures/check_reqif.py).
@Suite struct ReqIFInteropTests {
    @Test("the example product: schema-valid, every item and link imported")
    func exampleProduct() throws {
        let folder = try ProjectFixture()
        let build = try DossierBinary.run(["build", "--quiet", "--content", PackageRoot.exampleContent.path,
                                           "--output", folder.root.appendingPathComponent("out").path])
        #expect(build.status == 0, "\(build.stderr)")
        let report = try check(folder.root.appendingPathComponent("out/dossier.reqif"), scratch: folder)
        let export = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.root.appendingPathComponent("out/dossier.json"))) as? [String: Any])
        let items = try #require(export["items"] as? [[String: Any]])
        let ids = items.compactMap { $0["id"] as? String }.sorted()
        #expect(report["strictdoc_uids"] as? [String] == ids)
        #expect(report["objects"] as? [String] == ids.map { "item-" + $0 }.sorted())
        let links = items.reduce(0) { total, item in
            total + ((item["links"] as? [String: [String]]) ?? [:]).values.reduce(0) { $0 + $1.count }
        }
        #expect((report["relations"] as? [Any])?.count == links)
        let types = Set(items.compactMap { $0["type"] as? String })
        #expect((report["specifications"] as? [String])?.count == types.count)
    }

    @Test("bodies with control characters, raw HTML and every Markdown extension stay valid")
    func hostileBodies() throws {
        let project = try ProjectFixture.starterProject()
        try project.write("sections/99-odd.md", """
            ---
            id: SEC-ODD
            type: section
            title: "Odd \\u0001 <title> & \\"more\\""
            order: 99
            ---
            Control \u{1}\u{8}\u{1B}\u{7F} characters, <script>x</script>, <div onclick="y">raw</div> &nbsp; ]]>

            | a | b |
            |---|---|
            | ~~c~~ | [link](https://example.org "t") ![img](https://example.org/x.png) |

            - [x] done
            1. one

            > quote with `code` and **strong** *em*\\
            > break

            ```
            <code> & ]]>
            ```

            ---
            ###### deep
            """)
        let build = try DossierBinary.run(["build", "--quiet"], in: project.root)
        #expect(build.status == 0, "\(build.stderr)")
        let report = try check(project.root.appendingPathComponent("output/dossier.reqif"), scratch: project)
        #expect((report["strictdoc_uids"] as? [String])?.contains("SEC-ODD") == true)
    }

    private func check(_ reqif: URL, scratch: ProjectFixture) throws -> [String: Any] {
        let run = try InteropPython.run("check_reqif.py", [reqif.path, scratch.url.appendingPathComponent("strictdoc").path])
        try #require(run.status == 0, "\(run.output)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
    }
}
