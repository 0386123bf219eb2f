import DossierModel
import DossierTestSupport
import Testing

/// `software-category-missing` and `required-software-not-in-labeling` (docs/rules.md).
@Suite("IEC 81001-5-1 software categories")
struct SoftwareCategoryRulesTests {
    static let rules: [RuleID] = [.softwareCategoryMissing, .requiredSoftwareNotInLabeling]

    /// The clean project with CMP-1 in `category` (nil: none) and `text`'s blocks.
    static func findings(category: String?, adding text: String = "") throws -> [Finding] {
        let component = SBOMProject.component(1, purl: "pkg:generic/phone-os", category: category)
        return try DossierAnalyzeTests.findings(in: CleanProject.with("-- components/CMP-1.md --\n" + component + text))
            .filter { rules.contains($0.rule) }
    }

    static func labeling(_ lines: String) -> String {
        """

        -- labeling/LB-9.md --
        ---
        id: LB-9
        type: labeling
        title: Keep the phone's operating system updated
        kind: security-configuration
        \(lines)
        ---
        The app runs on the patient's phone, which the patient keeps updated.
        """
    }

    @Test func aComponentWithoutACategoryIsReportedAtTheItem() throws {
        let found = try Self.findings(category: nil)
        #expect(found.map(\.brief) == ["components/CMP-1.md:1: minor: [software-category-missing] CMP-1"])
        #expect(found.first?.message.contains("ISH1:2025") == true)
    }

    @Test func maintainedAndSupportedSoftwareNeedNoLabeling() throws {
        #expect(try Self.findings(category: "maintained").isEmpty)
        #expect(try Self.findings(category: "supported").isEmpty)
    }

    @Test func requiredSoftwareThatNoLabelingNamesIsReportedAtItsCategory() throws {
        let found = try Self.findings(category: "required")
        #expect(found.map(\.brief) == ["components/CMP-1.md:8: major: [required-software-not-in-labeling] CMP-1"])
        #expect(found.first?.message.contains("no labeling item states that transfer of risk") == true)
    }

    @Test func aLabelingItemThatNamesItInComponentsStatesTheTransfer() throws {
        #expect(try Self.findings(category: "required", adding: Self.labeling("components: [CMP-1]")).isEmpty)
        // Named in the body or by an obsolete statement, it is still not stated.
        let obsolete = try Self.findings(category: "required",
                                         adding: Self.labeling("status: obsolete\ncomponents: [CMP-1]"))
        #expect(obsolete.map(\.rule) == [.requiredSoftwareNotInLabeling])
    }

    @Test func componentsOnLabelingTakeOnlyComponents() throws {
        let errors = try ProjectFixture.check(files: CleanProject.with(Self.labeling("components: [TH-1]"))).errors
        #expect(errors.map(\.brief) == ["labeling/LB-9.md:6: wrong-reference-type"])
    }
}
