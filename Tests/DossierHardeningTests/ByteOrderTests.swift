import DossierModel
import PropertyBased
import Testing

/// Byte order reads the bytes in place; it must still be the order of the
/// UTF-8 bytes for any two strings, the ones the outputs are sorted by.
@Suite struct ByteOrderTests {
    static let alphabet = Array("aZ09-_./é€😀 \u{0}") + ["e\u{301}"]

    @Test func itIsTheOrderOfTheUTF8Bytes() async {
        let text = Gen.element(of: Self.alphabet).array(of: 0...6).map { String($0.compactMap { $0 }) }
        await propertyCheck(count: 2_000, input: text, text) { lhs, rhs in
            #expect(ByteOrder.precedes(lhs, rhs) == lhs.utf8.lexicographicallyPrecedes(rhs.utf8), "\(lhs) \(rhs)")
        }
    }

    @Test func aPrefixComesFirstAndEqualStringsDoNotPrecede() {
        #expect(ByteOrder.precedes("items/TH-1", "items/TH-1.md"))
        #expect(!ByteOrder.precedes("items/TH-1.md", "items/TH-1"))
        #expect(!ByteOrder.precedes("a long path beyond the small-string size", "a long path beyond the small-string size"))
        #expect(ByteOrder.precedes("Z", "a"), "bytes, not the locale: upper case first")
        #expect(ByteOrder.precedes("threats/b.md", "threats/é.md"))
    }
}
