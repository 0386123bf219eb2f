import DossierTestSupport
import Foundation
import Testing

/// `--timings`: how long each stage took, on standard error only, so a slow
/// project can be diagnosed without a profiler.
@Suite struct TimingsTests {
    let stageLine = try! Regex(#"^ *[0-9]+\.[0-9]{3} s  \S.*$"#)

    @Test func checkListsEachStageInOrderBeforeTheSummary() throws {
        let result = try check(CleanProject.files, ["--timings", "--quiet"])
        let lines = result.stderr.lines
        #expect(lines.count == 5)
        #expect(lines.dropLast().allSatisfy { $0.wholeMatch(of: stageLine) != nil }, "\(lines)")
        let stages = lines.dropLast().compactMap { line in line.range(of: " s  ").map { String(line[$0.upperBound...]) } }
        #expect(stages == ["Reading and parsing", "Collecting 16 items", "Linking", "Analysing"])
        #expect(lines.last == "16 items: 0 errors, 0 major findings, 0 minor findings")
        #expect(result.stdout == "")
    }

    @Test func buildListsItsRenderingStageAndKeepsStandardOutputClean() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let output = fixture.root.appendingPathComponent("output")
        let result = try DossierBinary.run(["build", "--content", fixture.path, "--output", output.path, "--timings"])
        #expect(result.status == 0)
        #expect(result.stdout == "")
        let stages = result.stderr.lines.filter { $0.wholeMatch(of: stageLine) != nil }
        #expect(stages.count == 6)
        #expect(stages.last?.hasSuffix("Rendering and writing 16 items") == true, "\(stages)")
    }

    @Test func aStageOfOneItemSaysItem() throws {
        let files = CleanProject.files.filter { $0.key == "dossier.yml" || $0.key == "assets/AS-1.md" }
        let result = try check(files, ["--timings", "--quiet"])
        #expect(result.stderr.lines.contains { $0.hasSuffix(" s  Collecting 1 item") }, "\(result.stderr)")
    }

    @Test func withoutTheFlagNothingIsTimed() throws {
        let result = try check(CleanProject.files, ["--quiet"])
        #expect(result.stderr.lines == ["16 items: 0 errors, 0 major findings, 0 minor findings"])
    }
}
