import DossierModel
import Foundation
import Testing

/// `ByteSearch.replacing` stands in for Foundation's `replacingOccurrences`
/// where the build calls it per item; it must give the same text.
@Suite struct ByteSearchTests {
    @Test("replacing gives what Foundation's replacingOccurrences gives", arguments: [
        ("rule failed (IEC 62304 §5.2)", " (IEC 62304 §5.2)", ""),
        ("no clause here", " (ISO 14971)", ""),
        ("(a)(a)(a)", "(a)", "b"),
        ("aaaa", "aa", "a"),
        ("aaa", "aa", "x"),
        ("say \"yes\" and \"no\"", "\"", "\"\""),
        ("line\r\nline\r\r\n\r\n", "\r\n", "\n"),
        ("édition – «été»", "été", "summer"),
        ("at the end: x", "x", "y"),
        ("x at the start", "x", ""),
        ("", "x", "y"),
    ])
    func replacing(text: String, needle: String, replacement: String) {
        #expect(ByteSearch.replacing(needle, with: replacement, in: text)
            == text.replacingOccurrences(of: needle, with: replacement))
    }

    @Test("an empty needle leaves the text as it is")
    func emptyNeedle() {
        #expect(ByteSearch.replacing("", with: "x", in: "abc") == "abc")
    }
}
