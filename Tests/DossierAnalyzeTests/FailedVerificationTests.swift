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

    /// SR-1 and SR-2 mitigate TH-1, whose residual risk is low: the failure
    /// also contradicts that level (ResidualRiskContradictedTests).
    @Test func failedVerificationIsReportedAtItsResultAndNamesWhatItVerifies() throws {
        let found = try findings(adding: Self.verification(result: "fail")).filter { $0.rule != .residualRiskContradicted }
        #expect(found.map(\.brief) == ["verification/VER-2.md:6: major: [failed-verification] VER-2"])
        #expect(found.first?.message.contains("VER-2") == true)
        #expect(found.first?.message.contains("SR-1, SR-2") == true)
        #expect(found.first?.message.contains("IEC 62304 §5.2.6") == true)
    }

    @Test func verificationThatPassedRaisesNothing() throws {
        let found = try findings(adding: Self.verification(result: "pass"))
        #expect(found.map(\.brief) == [])
    }

    @Test func verificationThatHasNotRunHasNotFailed() throws {
        let found = try findings(adding: Self.verification(result: "not-run"))
        #expect(found.map(\.rule) == [.verificationNotRun])
    }

    @Test func obsoleteFailedVerificationRaisesNothing() throws {
        let found = try findings(adding: Self.verification(result: "fail", status: "obsolete"))
        #expect(found.map(\.brief) == [])
    }
}
