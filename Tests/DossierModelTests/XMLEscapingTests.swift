import DossierModel
import DossierTestSupport
import Testing

/// The byte-level escaping against a plain reading of its rules, scalar by
/// scalar, for every combination of options: ReqIF and JUnit files must
/// not change by a byte when the escaping gets faster.
@Suite struct XMLEscapingTests {
    private static let interesting: [Unicode.Scalar] = [
        "<", ">", "&", "\"", "'", "\n", "\t", "\r", "?", "=", "\u{0}", "\u{1F}", "\u{7F}", "\u{85}", "\u{2028}",
        "\u{D7FF}", "\u{E000}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "\u{EFBF}", "\u{10000}", "\u{10FFFF}", "é",
        "a", " ",
    ]

    @Test(arguments: [false, true], [false, true])
    func matchesTheRules(inAttribute: Bool, escapingApostrophe: Bool) {
        var generator = SystemRandomNumberGenerator()
        for disallowed in [XMLEscaping.Disallowed.drop, .replace] {
            for _ in 0..<500 {
                var value = ""
                for _ in 0..<Int.random(in: 0...30, using: &generator) {
                    value.unicodeScalars.append(Self.interesting.randomElement(using: &generator)!)
                }
                var escaped = "kept "
                XMLEscaping.escape(value, into: &escaped, inAttribute: inAttribute,
                                   escapingApostrophe: escapingApostrophe, disallowed: disallowed)
                let expected = "kept " + reference(value, inAttribute: inAttribute,
                                                   escapingApostrophe: escapingApostrophe, disallowed: disallowed)
                #expect(escaped == expected, "\(value.debugDescription)")
            }
        }
    }

    private func reference(_ value: String, inAttribute: Bool, escapingApostrophe: Bool,
                           disallowed: XMLEscaping.Disallowed) -> String {
        var result = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "'" where inAttribute && escapingApostrophe: result += "&apos;"
            case "\n" where inAttribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t" where inAttribute: result += "&#9;"
            default:
                if XMLCharacters.isAllowed(scalar) {
                    result.unicodeScalars.append(scalar)
                } else if disallowed == .replace {
                    result += "\u{FFFD}"
                }
            }
        }
        return result
    }
}
