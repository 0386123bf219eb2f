import DossierModel
import DossierTestSupport
import Testing

@Suite struct IDDiffersFromFileNameTests {
    /// The clean project's asset AS-1 saved as `assets/<name>.md`.
    static func asset(savedAs name: String, id: String = "AS-1") -> [String: String] {
        var files = CleanProject.files
        let text = files.removeValue(forKey: "assets/AS-1.md")!
        files["assets/\(name).md"] = text.replacingOccurrences(of: "id: AS-1", with: "id: \(id)")
        return files
    }

    @Test func aFileNamedForAnotherIDIsReportedAtTheIDLine() throws {
        let found = try findings(in: Self.asset(savedAs: "AS-11"))
        #expect(found.map(\.brief) == ["assets/AS-11.md:2: minor: [id-differs-from-file-name] AS-1"])
        #expect(found.first?.message == "AS-1 is in assets/AS-11.md, a file named for the id AS-11 (ISO 13485 §4.2.4)")
    }

    /// `scope-v2.md` holding SEC-SCOPE names no id; `as-1.md` holding AS-1
    /// names its own; a file named for its id with a suffix is no id.
    @Test(arguments: ["as-1", "asset-v2", "AS-1-dose-log", "dose-log"])
    func aFileNameThatIsNotAnotherIDIsNoFinding(name: String) throws {
        let found = try findings(in: Self.asset(savedAs: name))
        #expect(found.filter { $0.rule == .idDiffersFromFileName }.map(\.brief) == [])
    }

    /// A file named for the id of another item is confusing whatever its shape.
    @Test func aFileNamedForAnotherItemsIDIsReported() throws {
        let found = try findings(in: Self.asset(savedAs: "HZ-1", id: "AS-1"))
        #expect(found.map(\.brief) == ["assets/HZ-1.md:2: minor: [id-differs-from-file-name] AS-1"])
    }

    /// A link to the file's name says whose file it is.
    @Test func aLinkToTheFileNameNamesTheIDInIt() throws {
        var files = Self.asset(savedAs: "AS-11")
        files["threats/TH-1.md"] = files["threats/TH-1.md"]!.replacingOccurrences(of: "assets: [AS-1]",
                                                                                  with: "assets: [AS-11]")
        let errors = try ProjectFixture.check(files: files).errors
        #expect(errors.map(\.message) == ["TH-1 refers to AS-11, listed under `assets`, which is not the id of any item; "
                                          + "AS-11 is the file name of assets/AS-11.md, whose id is AS-1"])
    }
}
