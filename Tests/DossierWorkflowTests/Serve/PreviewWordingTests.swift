import DossierPipeline
import DossierServe
import DossierTestSupport
import Testing

/// The preview's status line words its counts as `check` does.
@Suite("preview wording")
struct PreviewWordingTests {
    @Test("the preview counts its input errors as it says them on the terminal")
    func previewStatus() throws {
        var files = CleanProject.files
        let asset = try #require(files["assets/AS-1.md"])
        files["assets/AS-1.md"] = asset.replacingOccurrences(of: "type: asset", with: "type: assett")
        let fixture = try ProjectFixture(files: files)
        defer { fixture.remove() }
        func status() -> String {
            PreviewServer(pipeline: Pipeline(contentFolder: fixture.url, sourceDateEpoch: nil), templateFolder: nil,
                          host: "127.0.0.1", port: 0).status
        }
        #expect(status() == "1 input error; the preview lists it")
        try fixture.write("assets/AS-9.md", asset.replacingOccurrences(of: "AS-1", with: "AS-9")
            .replacingOccurrences(of: "type: asset", with: "type: assett"))
        #expect(status() == "2 input errors; the preview lists them")
    }
}
