import DossierModel
import DossierPipeline
import DossierTestSupport
import Foundation
import PropertyBased
import Testing

/// Properties over generated projects: the order files reach the disk and
/// their line-ending style never change the dossier, and dossier.json
/// carries the whole graph.
@Suite struct DeterminismPropertyTests {
    @Test func anyOrderOfFilesGivesByteIdenticalOutput() async throws {
        await propertyCheck(count: 6, input: Gen.int(in: 0...1_000_000)) { seed in
            let project = RandomProject(seed: UInt64(seed))
            let first = try? Self.build(project.files, order: project.files.keys.sorted())
            var random = SplitMix(seed: UInt64(seed) ^ 0xFEED)
            let shuffled = project.files.keys.sorted().shuffled(using: &random)
            let second = try? Self.build(project.files, order: shuffled)
            #expect(first != nil && first == second, "seed \(seed): output depends on the order files were written")
        }
    }

    @Test func anyLineEndingStyleGivesTheSameDossier() async throws {
        await propertyCheck(count: 6, input: Gen.int(in: 0...1_000_000)) { seed in
            let project = RandomProject(seed: UInt64(seed))
            guard let plain = try? Self.build(project.files, order: project.files.keys.sorted()) else {
                Issue.record("seed \(seed): build failed")
                return
            }
            var random = SplitMix(seed: UInt64(seed) ^ 0xC0FFEE)
            var styled: [String: String] = [:]
            for (path, text) in project.files {
                var text = random.next() % 2 == 0 ? text.replacingOccurrences(of: "\n", with: "\r\n") : text
                if random.next() % 3 == 0 { text = "\u{FEFF}" + text }
                styled[path] = text
            }
            guard let other = try? Self.build(styled, order: styled.keys.sorted()) else {
                Issue.record("seed \(seed): build failed with CRLF/BOM")
                return
            }
            // The manifest lists the digests of the bytes as stored, which is the point of it.
            let withDigests: Set = ["dossier.json", "dossier.md", "dossier.html", "site/manifest.html"]
            #expect(plain.keys.sorted() == other.keys.sorted())
            for (path, data) in plain where !withDigests.contains(path) {
                #expect(other[path] == data, "seed \(seed): \(path) depends on line endings")
            }
        }
    }

    @Test func dossierJSONCarriesTheWholeGraph() async throws {
        await propertyCheck(count: 6, input: Gen.int(in: 0...1_000_000)) { seed in
            let project = RandomProject(seed: UInt64(seed))
            guard let fixture = try? ProjectFixture(files: project.files) else { return }
            defer { fixture.remove() }
            let report = fixture.check()
            guard let graph = report.graph,
                  let outputs = try? Self.build(project.files, order: project.files.keys.sorted()),
                  let data = outputs["dossier.json"],
                  let json = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let items = json["items"] as? [[String: Any]] else {
                Issue.record("seed \(seed): no graph or no dossier.json")
                return
            }
            #expect(items.count == graph.items.count)
            for entry in items {
                guard let id = entry["id"] as? String, let position = graph.position(of: id) else {
                    Issue.record("seed \(seed): dossier.json has an item the graph does not")
                    continue
                }
                let item = graph[position]
                #expect(entry["type"] as? String == item.type.rawValue)
                #expect(entry["title"] as? String == item.title)
                #expect(entry["file"] as? String == item.location.file)
                #expect(entry["body"] as? String == item.body.markdown)
                #expect(entry["phases"] as? [String] == item.phases.map(\.rawValue))
                let links = entry["links"] as? [String: [String]] ?? [:]
                let linkedFrom = entry["linkedFrom"] as? [String: [String]] ?? [:]
                for field in DossierModel.LinkField.allCases {
                    #expect((links[field.rawValue] ?? []) == graph.targets(of: position, in: field).map { graph[$0].id },
                            "seed \(seed): \(id).\(field.rawValue)")
                    #expect((linkedFrom[field.rawValue] ?? []) == graph.sources(of: position, in: field).map { graph[$0].id },
                            "seed \(seed): \(id) linked from \(field.rawValue)")
                }
            }
        }
    }

    /// Writes `files` in `order` into a fresh folder, builds, returns the outputs.
    static func build(_ files: [String: String], order: [String]) throws -> [String: Data] {
        let fixture = try ProjectFixture(files: [:])
        defer { fixture.remove() }
        for path in order { try fixture.write(path, files[path]!) }
        let output = fixture.root.appendingPathComponent("output")
        _ = try Pipeline(contentFolder: fixture.url, sourceDateEpoch: nil).build(into: output, templates: nil)
        var result: [String: Data] = [:]
        let base = output.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: output, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            if try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
                result[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
            }
        }
        return result
    }
}
