import DossierModel
import DossierTestSupport
import Testing

@Suite struct FailedVerificationTests {
    static func verification(result: String, status: String = "draft") -> String {
        """
        -- verification/VER-2.md --
        ---
        id: VER-2
        type: verification
        title: Penetration test of the pairing flow
        method: test
        result: \(result)
        status: \(status)
        verifies: [SR-1, SR-2]
        ---

        """
    }

    @Test func failedVerificationIsReportedAtItsResultAndNamesWhatItVerifies() throws {
        let found = try findings(adding: Self.verification(result: "fail"))
        #expect(found.map(\.brief) == ["verification/VER-2.md:6: major: [failed-verification] VER-2"])
        #expect(found.first?.message.contains("VER-2") == true)
        #expect(found.first?.message.contains("SR-1, SR-2") == true)
        #expect(found.first?.message.contains("IEC 62304 §5.2.6") == true)
    }

    @Test(arguments: ["pass", "not-run"])
    func verificationThatDidNotFailRaisesNothing(result: String) throws {
        let found = try findings(adding: Self.verification(result: result))
        #expect(found.map(\.brief) == [])
    }

    @Test func obsoleteFailedVerificationRaisesNothing() throws {
        let found = try findings(adding: Self.verification(result: "fail", status: "obsolete"))
        #expect(found.map(\.brief) == [])
    }
}
