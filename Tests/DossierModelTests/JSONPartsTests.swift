import DossierModel
import Testing

/// dossier.json is written in parts, its long arrays made an element at a
/// time; the text must be what the whole value renders to.
@Suite struct JSONPartsTests {
    static func element(_ index: Int) -> JSONValue {
        .object([("id", .string("T-\(index)")), ("body", .string("Line \"\(index)\"\nnext\u{2028}")),
                 ("links", .strings(index.isMultiple(of: 2) ? [] : ["A", "B"])), ("empty", .object([]))])
    }

    @Test(arguments: [1, 40, 1 << 20])
    func anObjectWrittenInPartsIsTheObjectRenderedWhole(partSize: Int) throws {
        let members: [(String, JSONValue.Member)] = [
            ("format", .value(.string("x/1"))),
            ("items", .elements(count: 5, element: Self.element)),
            ("none", .elements(count: 0, element: Self.element)),
            ("summary", .value(.object([("items", .number(5)), ("ok", .bool(true)), ("note", .null)]))),
            ("last", .elements(count: 1, element: Self.element)),
        ]
        let whole = JSONValue.object([
            ("format", .string("x/1")),
            ("items", .array((0..<5).map(Self.element))),
            ("none", .array([])),
            ("summary", .object([("items", .number(5)), ("ok", .bool(true)), ("note", .null)])),
            ("last", .array([Self.element(0)])),
        ]).rendered()
        var parts: [String] = []
        try JSONValue.write(object: members, partSize: partSize) { parts.append($0) }
        #expect(parts.joined() == whole)
        #expect(partSize > 100 || parts.count > 5, "small parts are written as they fill")
    }
}
