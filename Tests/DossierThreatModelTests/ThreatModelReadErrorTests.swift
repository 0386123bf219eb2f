import DossierTestSupport
import DossierThreatModel
import Foundation
import Testing

@Suite struct ThreatModelReadErrorTests {
    private func failure(_ text: String) -> ThreatModelReadError? {
        failure(Data(text.utf8))
    }

    private func failure(_ data: Data) -> ThreatModelReadError? {
        do {
            _ = try ThreatModelReader.read(data, path: "threat-model/bad")
            return nil
        } catch {
            return error
        }
    }

    @Test func brokenXMLSaysWhereItBreaks() throws {
        let error = try #require(failure("<ThreatModel>\n  <DrawingSurfaceList>\n    <Notes></Note>\n</ThreatModel>"))
        #expect(error.line == 3)
        #expect(error.reason.hasPrefix("not XML: line 3, column "))
        #expect(error.reason.contains("an end tag that does not match"))
    }

    @Test func aTruncatedModelIsNotRead() throws {
        let data = try ThreatModelFixture.data("MTMT_nested_tz_line.tm7")
        let cut = data.prefix(200_000)
        let error = try #require(failure(cut))
        #expect(error.line == cut.filter { $0 == 0x0A }.count + 1)
        #expect(error.reason.contains("ends before its root element is closed"))
    }

    @Test func brokenJSONSaysWhereItBreaks() throws {
        let error = try #require(failure("{\n  \"summary\": {},\n  \"detail\": {\"diagrams\": [}\n}"))
        #expect(error == .notJSON(line: 3, column: 27, detail: "expected a value"))
        #expect(error.reason.hasPrefix("not JSON: line 3, column 27: expected a value; expected a Microsoft Threat"))
    }

    @Test func aThreatDragon1ModelIsNamedAsSuch() throws {
        let error = try #require(failure(try ThreatModelFixture.data("demo-threat-model.json")))
        #expect(error == .threatDragonVersion1)
        #expect(error.reason == "a Threat Dragon 1.x model: open it in Threat Dragon 2 and save it")
    }

    @Test(arguments: [
        ("<?xml version=\"1.0\"?><bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\"/>",
         "XML whose root element is bom in the namespace http://cyclonedx.org/schema/bom/1.5"),
        ("<ThreatModel/>", "XML whose root element is ThreatModel in no namespace"),
        ("{\"otmVersion\": \"0.2.0\", \"project\": {\"name\": \"x\", \"id\": \"x\"}}",
         "JSON without summary and detail.diagrams"),
        ("[1, 2]", "JSON that is not an object"),
        ("", "an empty file"),
        ("PK\u{3}\u{4}\0\0", "neither XML nor JSON"),
    ])
    func neitherFormatSaysWhatItIsAndWhatWasExpected(text: String, found: String) throws {
        let error = try #require(failure(text))
        #expect(error == .unknownFormat(found: found))
        #expect(error.reason.hasPrefix(found + ", not a Microsoft Threat Modeling Tool 7 model (XML with the root element "
            + "ThreatModel) or an OWASP Threat Dragon 2.x model"))
    }

    @Test func aBillionLaughsFailsAtOnce() throws {
        var entities = "<!ENTITY lol0 \"lol\">\n"
        for level in 1...12 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE ThreatModel [\n\(entities)]>\n"
            + "<ThreatModel xmlns=\"http://schemas.datacontract.org/2004/07/ThreatModeling.Model\">"
            + "<Version>&lol12;</Version></ThreatModel>"
        let start = ContinuousClock.now
        let error = try #require(failure(bomb))
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(error == .documentType(line: 2, column: 1))
        #expect(error.reason.hasPrefix("not read: line 2, column 1: a DOCTYPE"))
    }

    @Test func anExternalEntityIsNeverRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("tm-secret-\(UUID().uuidString).txt")
        try Data("PUMP-KEY-0042".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let xxe = "<!-- exported -->\n<!DOCTYPE ThreatModel [ <!ENTITY key SYSTEM \"\(secret.absoluteString)\"> ]>\n"
            + "<ThreatModel xmlns=\"http://schemas.datacontract.org/2004/07/ThreatModeling.Model\">"
            + "<Version>&key;</Version></ThreatModel>"
        let error = try #require(failure(xxe))
        #expect(error == .documentType(line: 2, column: 1))
        #expect(!error.reason.contains("PUMP-KEY"))
    }

    /// A DOCTYPE in UTF-16 is not seen by the byte scan; the parser itself
    /// must then refuse the expansion and leave the external file unread.
    @Test func theParserItselfRefusesABillionLaughsAndAnExternalEntity() throws {
        var entities = "<!ENTITY lol0 \"lol\">"
        for level in 1...12 {
            entities += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }
        func utf16(_ text: String) -> Data { Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)! }
        let start = ContinuousClock.now
        let bomb = try #require(failure(utf16("<?xml version=\"1.0\" encoding=\"utf-16\"?><!DOCTYPE ThreatModel [\(entities)]>"
            + "<ThreatModel xmlns=\"http://schemas.datacontract.org/2004/07/ThreatModeling.Model\">"
            + "<Version>&lol12;</Version></ThreatModel>")))
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(bomb.reason.contains("an entity that refers to itself or expands without bound"), "\(bomb.reason)")

        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("tm-secret-\(UUID().uuidString).txt")
        try Data("PUMP-KEY-0042".utf8).write(to: secret)
        defer { try? FileManager.default.removeItem(at: secret) }
        let document = try ThreatModelReader.read(utf16("<?xml version=\"1.0\" encoding=\"utf-16\"?>"
            + "<!DOCTYPE ThreatModel [<!ENTITY key SYSTEM \"\(secret.absoluteString)\">]>"
            + "<ThreatModel xmlns=\"http://schemas.datacontract.org/2004/07/ThreatModeling.Model\">"
            + "<Version>&key;</Version></ThreatModel>"), path: "xxe.tm7")
        #expect(document.version == nil)
    }

    @Test func anUndeclaredEntityIsAnErrorNotAnExpansion() throws {
        let text = "<ThreatModel xmlns=\"http://schemas.datacontract.org/2004/07/ThreatModeling.Model\">"
            + "<Version>&key;</Version></ThreatModel>"
        let error = try #require(failure(text))
        #expect(error.reason.contains("an entity that is not declared"))
    }

    @Test func nestingWithoutEndIsRefusedBeforeTheStackRunsOut() throws {
        let error = try #require(failure(String(repeating: "[", count: 100_000)))
        #expect(error.reason.contains("nested deeper than 512 levels"))
    }

    @Test(arguments: [
        ("{\"a\": \"\\ud800\"}", "a lone surrogate"), ("{\"a\": 01}", "expected ',' or '}'"),
        ("{\"a\": \"x\ny\"}", "a control character inside a string"), ("{\"a\": 1} x", "more after the end"),
        ("{\"a\" 1}", "expected ':'"), ("{\"a\": tru}", "expected a value"), ("{\"a\": \"\\q\"}", "an unknown escape"),
    ])
    func theJSONReaderIsStrict(text: String, detail: String) throws {
        let error = try #require(failure(text))
        #expect(error.reason.contains(detail), "\(error.reason)")
    }

    @Test func stringEscapesAreDecoded() throws {
        let json = #"{"summary": {}, "detail": {"diagrams": [{"title": "Caf\u00e9 \ud83d\ude00 \"A\"\/B\n", "cells": []}]}}"#
        let document = try ThreatModelReader.read(Data(json.utf8), path: "x.json")
        #expect(document.diagrams[0].name == "Café 😀 \"A\"/B\n")
    }
}
