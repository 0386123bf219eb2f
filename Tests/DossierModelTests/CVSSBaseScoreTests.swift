@testable import DossierModel
import Testing

/// Scores checked against FIRST's CVSS v3.1 calculator.
@Suite struct CVSSBaseScoreTests {
    @Test(arguments: [
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 9.8),
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H", 10.0),
        ("CVSS:3.1/AV:L/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H", 7.8),
        ("CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:N/A:N", 5.9),
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N", 6.1),
        ("CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:N/I:H/A:N", 4.9),
        ("CVSS:3.1/AV:P/AC:H/PR:N/UI:N/S:U/C:H/I:L/A:N", 4.8),
        ("CVSS:3.1/AV:A/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", 8.8),
        ("CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:C/C:H/I:H/A:H", 9.9),
        ("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N", 0.0),
    ])
    func aCompleteVectorHasItsBaseScore(vector: String, score: Double) {
        #expect(CVSSBaseScore.of(vector) == score)
    }

    @Test(arguments: ["CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H",
                      "CVSS:3.1/AV:X/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", "AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H", ""])
    func anythingElseHasNone(vector: String) {
        #expect(CVSSBaseScore.of(vector) == nil)
    }

    /// Appendix A: rounding up on integers, so floating-point noise does not add a tenth.
    @Test func roundingUpIgnoresFloatingPointNoise() {
        #expect(CVSSBaseScore.roundUp(4.000_000_01) == 4.0)
        #expect(CVSSBaseScore.roundUp(4.02) == 4.1)
    }
}
