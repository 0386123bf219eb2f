import DossierLink
import DossierModel

/// Design inputs must be unambiguous and verifiable; these words make a
/// requirement impossible to test.
public struct AmbiguousWordingRule: ItemRule {
    public let documentation = RuleDocumentation(
        .ambiguousWording, .minor, clause: "ISO 13485 §7.3.3; IEC 81001-5-1 §5.2.2",
        summary: "A requirement uses words that cannot be verified.",
        rationale: "Design inputs must be unambiguous and verifiable. \"User-friendly\", \"appropriate\", "
            + "\"adequate\", \"sufficient\", \"robust\", \"strong\", \"where possible\", \"if possible\", "
            + "\"reasonably practicable\", \"as needed\", \"state of the art\", \"etc.\", \"and/or\" and "
            + "\"TBD\" leave the pass criterion to whoever tests, so no test can show the requirement met.",
        remedy: "Replace the word with a measurable criterion: a value, a limit, a named standard or an "
            + "exhaustive list.",
        failing: """
            id: SR-010
            type: security-requirement
            title: The portal uses adequate encryption
            phases: [operation]
            threats: [TH-007]
            """,
        passing: """
            id: SR-010
            type: security-requirement
            title: The portal accepts only TLS 1.2 or 1.3 with AEAD cipher suites
            phases: [operation]
            threats: [TH-007]
            """)

    /// The phrases as a message quotes them; matched as whole words, case
    /// aside, in text folded to single spaces. "Appropriate" covers "as
    /// appropriate".
    public static let phrases = ["user-friendly", "appropriate", "etc.", "and/or", "if possible", "adequate",
                                 "sufficient", "robust", "strong", "where possible", "reasonably practicable",
                                 "as needed", "state of the art", "TBD"]

    private static let scan = PhraseScan(phrases.map { $0.lowercased() })

    public init() {}

    public func applies(to item: Item) -> Bool {
        item.isLive && (item.type == .requirement || item.type == .securityRequirement)
    }

    public func violations(of item: Item) -> [RuleViolation] {
        var violations: [RuleViolation] = []
        let inTitle = Self.scan.firstOffsets(in: ProseFold.fold(item.title))
        let inBody = Self.scan.firstOffsets(in: item.body.prose)
        for (index, phrase) in Self.phrases.enumerated() {
            let location: SourceLocation
            if inTitle[index] != nil {
                location = item.location(of: "title")
            } else if let offset = inBody[index] {
                location = SourceLocation(file: item.location.file, line: item.body.line(ofProseOffset: offset))
            } else {
                continue
            }
            violations.append(RuleViolation(
                subject: item.id, location: location,
                message: "\(item.id) says \"\(phrase)\", which cannot be verified (\(clause))",
                remedy: "replace it with a measurable criterion: a value, a limit, a named standard or a "
                    + "complete list"))
        }
        return violations
    }
}
