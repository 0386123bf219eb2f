import DossierModel
import Testing

/// Item keeps its fields in a shared box: copies stay values.
@Suite struct ItemStorageTests {
    static func item() -> Item {
        Item(id: "TH-1", type: .threat, title: "Replay of bolus commands", status: .approved,
             details: .threat(ThreatDetails()), body: ItemBody(markdown: "", firstLine: 5),
             location: SourceLocation(file: "threats/TH-1.md", line: 1), fieldLines: ["title": 3])
    }

    @Test func changingACopyLeavesTheOriginalAsItWas() {
        let original = Self.item()
        var copy = original
        copy.title = "Changed"
        copy.fieldLines["status"] = 4
        #expect(original.title == "Replay of bolus commands")
        #expect(original.fieldLines == ["title": 3])
        #expect(copy.title == "Changed")
        #expect(copy != original)
    }

    @Test func equalFieldsAreEqualItemsWithEqualHashes() {
        let one = Self.item()
        let other = Self.item()
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        var changed = other
        changed.status = .obsolete
        #expect(changed != one)
        #expect(Set([one, other, changed]).count == 2)
    }
}
