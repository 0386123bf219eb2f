import DossierModel
import Testing

/// The place a JSON reader names when Foundation names none.
@Suite struct JSONSyntaxFaultTests {
    static func fault(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        return JSONSyntaxFault(in: bytes).map { "\($0.position(in: bytes)): \($0.problem)" }
    }

    @Test(arguments: [
        #"{"a": [1, 2.5e-3, -0, true, false, null, "x\"\u00e9\n"], "b": {}}"#, "[]", " \n\"text\" ", "\u{FEFF}{}",
    ])
    func validJSONHasNoFault(text: String) {
        #expect(Self.fault(text) == nil)
    }

    @Test(arguments: [
        ("{\n  \"a\": 1,\n  ,\"b\": 2\n}", "line 3, column 3: expected a key in double quotes, found `,`"),
        ("[1, 2,]", "line 1, column 6: a `,` before `]`; JSON has no comma after the last entry"),
        ("{\"a\": 1,\n}", "line 1, column 8: a `,` before `}`; JSON has no comma after the last entry"),
        ("{\"a\" 1}", "line 1, column 6: expected a `:` after the key, found `1`"),
        ("{\"é\": tru}", "line 1, column 7: expected a value (`true`, `false` or `null` are written in lower case, "
            + "text in double quotes), found `t`"),
        ("[01]", "line 1, column 2: a number JSON cannot read (no leading zeros, digits after `.` and after an exponent)"),
        ("{\"a\": \"open", "line 1, column 7: text in quotes that is never closed"),
        ("{\"a\": [1, 2", "line 1, column 12: the file ends before the JSON does (2 `[` or `{` not closed)"),
        ("{} x", "line 1, column 4: expected nothing more after the end of the JSON value, found `x`"),
        ("[\"a\tb\"]", "line 1, column 4: a line break or control character inside text in quotes; write it as `\\n` "
            + "or `\\t`, or close the quotes"),
        ("{'a': 1}", "line 1, column 2: expected a key in double quotes, found `'`"),
        ("", "line 1, column 1: the file ends before the JSON does"),
    ])
    func aFaultIsNamedWithItsLineAndColumn(text: String, expected: String) {
        #expect(Self.fault(text) == expected)
    }

    /// Columns count characters, not bytes; a carriage return is no column.
    @Test func positionsCountCharactersAndLines() {
        let bytes = Array("ab\r\nçé!\n".utf8)
        #expect(TextPosition(ofByte: 0, in: bytes) == TextPosition(line: 1, column: 1))
        #expect(TextPosition(ofByte: 4, in: bytes) == TextPosition(line: 2, column: 1))
        #expect(TextPosition(ofByte: 8, in: bytes) == TextPosition(line: 2, column: 3))
        #expect(TextPosition(ofByte: 100, in: bytes) == TextPosition(line: 3, column: 1))
    }

    /// A hostile file nested far deeper than any stack is scanned in a loop.
    @Test func deepNestingIsNoCrash() {
        let bytes = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        #expect(JSONSyntaxFault(in: bytes)?.offset == 1_000_000)
    }
}
