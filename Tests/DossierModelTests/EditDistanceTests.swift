import DossierModel
import Testing

/// The edit distance behind every "did you mean" hint.
@Suite struct EditDistanceTests {
    @Test(arguments: [
        ("", "", 0), ("", "abc", 3), ("abc", "", 3), ("check", "check", 0),
        ("chek", "check", 1),          // insert
        ("checks", "check", 1),        // delete
        ("chack", "check", 1),         // replace
        ("biuld", "build", 1),         // swap of two neighbours
        ("threat", "threats", 1), ("owner", "order", 2), ("kitten", "sitting", 3),
        // Optimal string alignment edits no part twice: "ca" → "abc" is 3, not 2.
        ("ca", "abc", 3),
        ("Check", "check", 1),         // case counts
        ("über", "uber", 1),           // characters, not bytes
    ])
    func distance(_ lhs: String, _ rhs: String, _ expected: Int) {
        #expect(EditDistance.between(lhs, rhs) == expected)
        #expect(EditDistance.between(rhs, lhs) == expected)
    }

    @Test func closestCandidateWithinTheMaximum() {
        let commands = ["check", "build", "init", "new", "schema"]
        #expect(EditDistance.closest(to: "chek", among: commands, within: 2) == "check")
        #expect(EditDistance.closest(to: "biuld", among: commands, within: 2) == "build")
        #expect(EditDistance.closest(to: "nwe", among: commands, within: 2) == "new")
        #expect(EditDistance.closest(to: "publish", among: commands, within: 2) == nil)
        #expect(EditDistance.closest(to: "chek", among: commands, within: 0) == nil)
        #expect(EditDistance.closest(to: "check", among: commands, within: 0) == "check")
        #expect(EditDistance.closest(to: "x", among: [String](), within: 3) == nil)
    }

    @Test func theNearestWinsOverTheFirst() {
        #expect(EditDistance.closest(to: "threat", among: ["treatment", "threats"], within: 3) == "threats")
    }

    @Test func tiesGoToByteOrderWhateverTheOrderOfTheCandidates() {
        #expect(EditDistance.closest(to: "cat", among: ["hat", "bat", "rat"], within: 1) == "bat")
        #expect(EditDistance.closest(to: "cat", among: ["rat", "hat", "bat"], within: 1) == "bat")
    }
}
