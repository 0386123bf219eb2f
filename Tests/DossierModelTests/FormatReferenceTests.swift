import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// docs/format.md holds field tables generated from the field declarations;
/// a field added to a type must reach the reference authors read.
@Suite struct FormatReferenceTests {
    @Test func docsFormatHasTheCurrentFieldTables() throws {
        let url = PackageRoot.url.appendingPathComponent("docs/format.md")
        let committed = try String(contentsOf: url, encoding: .utf8)
        let updated = try #require(FieldReference.updating(committed),
                                   "docs/format.md lacks the markers of its generated field tables")
        #expect(committed == updated, "docs/format.md is out of date with the field declarations: run `make docs`")
    }

    /// Every code an input error can carry has its row in "Errors".
    @Test func everyInputErrorCodeIsInTheErrorTable() throws {
        let text = try String(contentsOf: PackageRoot.url.appendingPathComponent("docs/format.md"), encoding: .utf8)
        let errors = try #require(text.components(separatedBy: "\n## Errors\n").last?.components(separatedBy: "\n## ").first)
        for description in InputErrorDescription.all {
            #expect(errors.contains("\n| `\(description.code)` |"), "\(description.code) is not in docs/format.md")
        }
        #expect(InputErrorDescription.all.contains { $0.code == "baseline-unreadable" })
    }

    @Test func everyFieldOfEveryTypeIsInTheTables() {
        let tables = FieldReference.markdown()
        for type in ItemType.allCases {
            #expect(tables.contains("#### `\(type.rawValue)`"))
            for field in type.allFields { #expect(tables.contains("| `\(field.name)` |"), "\(field.name)") }
        }
    }

    @Test func onlyTheMarkedRegionIsReplaced() throws {
        let document = "before\n\(FieldReference.beginMarker)\nstale\n\(FieldReference.endMarker)\nafter\n"
        let updated = try #require(FieldReference.updating(document))
        #expect(updated.hasPrefix("before\n\(FieldReference.beginMarker)\n\n#### Fields every item has\n"))
        #expect(updated.hasSuffix("\n\(FieldReference.endMarker)\nafter\n"))
        #expect(!updated.contains("stale"))
        #expect(FieldReference.updating("no markers") == nil)
    }

    @Test func choicesNameTheirValuesAndDefault() {
        let treatment = ItemType.threat.fields.first { $0.name == "treatment" }!
        #expect(FieldReference.takes(treatment).hasSuffix("; default `mitigate`"))
        #expect(FieldReference.takes(treatment).hasPrefix("one of `mitigate`"))
    }
}
