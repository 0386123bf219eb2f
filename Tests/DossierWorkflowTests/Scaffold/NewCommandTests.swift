import DossierModel
import DossierScaffold
import DossierTestSupport
import Foundation
import Testing

@Suite("dossier new")
struct NewCommandTests {
    @Test("next id, usual folder, path printed relative to the working folder")
    func nextID() throws {
        let project = try ProjectFixture.starterProject()
        let run = try DossierBinary.run(["new", "security-requirement", "Dose commands carry a counter"],
                                        in: project.root)
        #expect(run.status == 0)
        #expect(run.stdout == "content/security/SR-009.md\n")
        let text = try project.read("security/SR-009.md")
        #expect(text.hasPrefix("---\nid: SR-009\ntype: security-requirement\ntitle: \"Dose commands carry a counter\"\n"))
        #expect(text.contains("\nphases: [operation]"))
        #expect(text.contains("\nthreats: []"))
        let slash = try DossierBinary.run(["new", "hazard", "Burn", "--content", "content/"], in: project.root)
        #expect(slash.stdout == "content/hazards/HZ-002.md\n")
    }

    @Test("keeps the zero padding: SR-001 … SR-030 give SR-031")
    func padding() throws {
        let project = try ProjectFixture.starterProject()
        for number in 9...30 {
            let id = "SR-" + String(repeating: "0", count: number < 10 ? 2 : 1) + String(number)
            try project.write("security/\(id).md", """
                ---
                id: \(id)
                type: security-requirement
                title: Requirement \(number)
                phases: [operation]
                threats: [TH-001]
                ---
                """)
        }
        let run = try DossierBinary.run(["new", "security-requirement", "Next"], in: project.root)
        #expect(run.stdout == "content/security/SR-031.md\n")
    }

    @Test("unpadded ids stay unpadded; the folder most items of the type use wins")
    func projectConventions() throws {
        let project = try ProjectFixture.starterProject()
        for number in [7, 12] {
            try project.write("srs/REQ-\(number).md", """
                ---
                id: REQ-\(number)
                type: requirement
                title: Requirement \(number)
                ---
                """)
        }
        try project.write("srs/REQ-3.md", "---\nid: REQ-3\ntype: requirement\ntitle: Three\n---\n")
        let run = try DossierBinary.run(["new", "requirement", "Another"], in: project.root)
        #expect(run.stdout == "content/srs/REQ-13.md\n")
    }

    @Test("an id in a broken file is still taken")
    func toleratesErrors() throws {
        let project = try ProjectFixture.starterProject()
        try project.write("threats/TH-005.md", "---\nid: TH-005\ntype: threat\ntitle: [unclosed\n---\n")
        let run = try DossierBinary.run(["new", "threat", "Replay of a reading"], in: project.root)
        #expect(run.status == 0)
        #expect(run.stdout == "content/threats/TH-006.md\n")
    }

    @Test("one new item of each type, links filled in, checks clean")
    func checksCleanWithLinks() throws {
        let project = try ProjectFixture.starterProject()
        var paths: [String: String] = [:]
        for type in ItemType.allCases {
            let run = try DossierBinary.run(["new", type.rawValue, "New \(type.rawValue): \"quoted\" # not a comment"],
                                      in: project.root)
            #expect(run.status == 0, "\(run.stderr)")
            paths[type.rawValue] = String(run.stdout.dropLast())
        }
        #expect(paths == [
            "threat": "content/threats/TH-005.md", "security-requirement": "content/security/SR-009.md",
            "requirement": "content/requirements/REQ-003.md", "asset": "content/assets/AS-003.md",
            "hazard": "content/hazards/HZ-002.md", "verification": "content/verification/VER-005.md",
            "section": "content/sections/SEC-001.md", "interface": "content/interfaces/IF-004.md", "labeling": "content/labeling/LB-004.md",
            "component": "content/components/CMP-002.md", "review": "content/reviews/REV-002.md",
        ])
        // A verification of nothing is the one skeleton that cannot stand:
        // it must name what it verifies or attacks.
        let unlinked = try DossierBinary.run(["check"], in: project.root)
        #expect(unlinked.status == 2)
        #expect(unlinked.stderr.contains(
            "content/verification/VER-005.md:10: error: [missing-field] verification VER-005 has no `verifies` or `threats`"))
        try fill(project, paths["verification"]!, "verifies: []", "verifies: [SR-009, REQ-003]")
        // A review is a record: it says when, with what outcome, and who.
        #expect(unlinked.stderr.contains(
            "content/reviews/REV-002.md:6: error: [missing-field] review REV-002 has no `date`, which is required"))
        #expect(unlinked.stderr.contains("content/reviews/REV-002.md:9: error: [invalid-value] `reviewers` has the "
            + "value 'a reviewer without `name`'"))
        try fill(project, paths["review"]!, "date: ", "date: 2026-02-01")
        try fill(project, paths["review"]!, "outcome: ", "outcome: approved")
        try fill(project, paths["review"]!, "name: \"\"", "name: A. Reviewer")
        // Once it does, the new items parse: only gaps, no errors.
        let before = try DossierBinary.run(["check"], in: project.root)
        #expect(before.status == 1)
        #expect(!before.stderr.contains(": error:"))
        try fill(project, paths["threat"]!, "assets: []", "assets: [AS-003]")
        try fill(project, paths["threat"]!, "\nrisk: ", "\nrisk: medium ")
        try fill(project, paths["threat"]!, "\nresidual_risk: ", "\nresidual_risk: low ")
        try fill(project, paths["threat"]!, "interfaces: []", "interfaces: [IF-004]")
        try fill(project, paths["security-requirement"]!, "threats: []", "threats: [TH-005]")
        try fill(project, paths["security-requirement"]!, "interfaces: []", "interfaces: [\"New interface: \\\"quoted\\\" # not a comment\"]")
        try fill(project, paths["security-requirement"]!, "acceptance_criteria:",
                 "acceptance_criteria: A second phone is refused")
        try fill(project, paths["verification"]!, "threats: []", "threats: [TH-005]")
        try fill(project, paths["verification"]!, "requirement-test", "penetration")
        try fill(project, paths["verification"]!, "result: not-run", "result: pass")
        // A radio like the starter's others; a network one would ask for an SBOM (`no-sbom`).
        try fill(project, paths["interface"]!, "exposure: network", "exposure: adjacent")
        try fill(project, paths["labeling"]!, "threats: []", "threats: [TH-005]")
        try fill(project, paths["component"]!, "support: unknown", "support: maintained")
        try fill(project, paths["component"]!, "end_of_support:", "end_of_support: 2030-06-30")
        try fill(project, paths["component"]!, "software_category:", "software_category: maintained")
        let after = try DossierBinary.run(["check", "--fail-on", "minor"], in: project.root)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(after.stderr.contains("0 errors, 0 major findings, 0 minor findings"))
    }

    @Test("needs a project, a known type and a title")
    func usage() throws {
        let folder = try ProjectFixture()
        #expect(try DossierBinary.run(["new", "threat", "X"], in: folder.root).status == 2)
        let project = try ProjectFixture.starterProject()
        #expect(try DossierBinary.run(["new", "risk", "X"], in: project.root).status == 64)
        #expect(try DossierBinary.run(["new", "threat", "  "], in: project.root).status == 64)
    }

    @Test("a type one slip from a known one names it")
    func typeSuggestion() throws {
        let project = try ProjectFixture.starterProject()
        let run = try DossierBinary.run(["new", "assets", "Dose log"], in: project.root)
        #expect(run.status == 64)
        #expect(run.stderr.hasPrefix("Error: unknown item type 'assets'; did you mean 'asset'? use one of:")
                || run.stderr.contains("unknown item type 'assets'; did you mean 'asset'?"), "\(run.stderr)")
        #expect(!(try DossierBinary.run(["new", "risk", "X"], in: project.root)).stderr.contains("did you mean"))
    }

    @Test("--prefix continues that series, in its padding")
    func prefix() throws {
        let project = try ProjectFixture.starterProject()
        for number in ["002", "003"] {
            try project.write("security/SR-AUTH-\(number).md", """
                ---
                id: SR-AUTH-\(number)
                type: security-requirement
                title: Authentication \(number)
                phases: [operation]
                threats: [TH-001]
                ---
                """)
        }
        let run = try DossierBinary.run(["new", "security-requirement", "Sessions expire", "--prefix", "SR-AUTH-"],
                                  in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "content/security/SR-AUTH-004.md\n")
        #expect(try project.read("security/SR-AUTH-004.md").contains("\nid: SR-AUTH-004\n"))
        let fresh = try DossierBinary.run(["new", "threat", "Rogue hub", "--prefix", "TH-HUB-"], in: project.root)
        #expect(fresh.stdout == "content/threats/TH-HUB-001.md\n")
    }

    @Test("--id takes that id")
    func chosenID() throws {
        let project = try ProjectFixture.starterProject()
        let run = try DossierBinary.run(["new", "threat", "Rogue hub", "--id", "TH-HUB-1"], in: project.root)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "content/threats/TH-HUB-1.md\n")
        #expect(try project.read("threats/TH-HUB-1.md").hasPrefix("---\nid: TH-HUB-1\n"))
    }

    @Test("--id that is taken, in any case and by any type: exit 2, nothing written")
    func takenID() throws {
        let project = try ProjectFixture.starterProject()
        let before = try project.read("security/SR-001.md")
        let run = try DossierBinary.run(["new", "threat", "X", "--id", "sr-001"], in: project.root)
        #expect(run.status == 2)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("sr-001 is taken by content/security/SR-001.md"), "\(run.stderr)")
        #expect(try project.read("security/SR-001.md") == before)
        #expect(!project.exists("threats/sr-001.md"))
    }

    @Test("--id or --prefix that makes no valid id: exit 2, nothing written",
          arguments: [["--id", "1st"], ["--id", "TH 9"], ["--id", "TH-9 # x"], ["--id", "../TH-9"], ["--id", ""],
                      ["--prefix", "9-"], ["--prefix", "T/"]])
    func invalidID(arguments: [String]) throws {
        let project = try ProjectFixture.starterProject()
        let run = try DossierBinary.run(["new", "threat", "X"] + arguments, in: project.root)
        #expect(run.status == 2, "\(run.stderr)")
        #expect(run.stderr.contains("cannot be an id:"), "\(run.stderr)")
        #expect(run.stdout == "")
        #expect(try DossierBinary.run(["check"], in: project.root).status == 0)
    }

    @Test("--id and --prefix together are wrong usage")
    func idAndPrefix() throws {
        let project = try ProjectFixture.starterProject()
        let run = try DossierBinary.run(["new", "threat", "X", "--id", "TH-9", "--prefix", "TH-"], in: project.root)
        #expect(run.status == 64)
        #expect(run.stderr.contains("--id and --prefix both choose the id; give one of them"), "\(run.stderr)")
        #expect(!project.exists("threats/TH-9.md"))
    }

    @Test("the plan, in process: a chosen id or series")
    func planWithChoice() throws {
        let inventory = ItemInventory(entries: [
            .init(id: "SR-AUTH-03", type: .securityRequirement, file: "security/SR-AUTH-03.md"),
            .init(id: "TH-1", type: .threat, file: "threats/TH-1.md"),
        ])
        let series = try NewItem(type: .securityRequirement, title: "X", inventory: inventory, id: .series("SR-AUTH-"))
        #expect(series.id == "SR-AUTH-04")
        #expect(series.path == "security/SR-AUTH-04.md")
        #expect(try NewItem(type: .hazard, title: "X", inventory: inventory, id: .exact("HZ-A")).path == "hazards/HZ-A.md")
        #expect(throws: NewItem.Refusal.taken(id: "th-1", file: "threats/TH-1.md")) {
            try NewItem(type: .hazard, title: "X", inventory: inventory, id: .exact("th-1"))
        }
    }

    @Test("the plan, in process: defaults with no items of the type")
    func plan() throws {
        let inventory = ItemInventory(entries: [
            .init(id: "SEC-SCOPE", type: .section, file: "sections/01-scope.md", order: 4),
            .init(id: "HZ-001", type: nil, file: "hazards/broken.md"),
        ])
        let section = try NewItem(type: .section, title: "Deployment\ncontext", inventory: inventory)
        #expect(section.id == "SEC-001")
        #expect(section.path == "sections/SEC-001.md")
        #expect(section.text.contains("title: \"Deployment context\"\n"))
        #expect(section.text.contains("\norder: 5 "))
        // HZ-001 is taken even though its type could not be read.
        #expect(try NewItem(type: .hazard, title: "Burn", inventory: inventory).id == "HZ-002")
    }

    private func fill(_ project: ProjectFixture, _ path: String, _ old: String, _ new: String) throws {
        let text = try project.readOutside(path)
        #expect(text.contains(old))
        try project.writeOutside(path, text.replacingOccurrences(of: old, with: new))
    }
}
