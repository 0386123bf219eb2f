import DossierLink
import DossierModel

/// Design inputs must be unambiguous and verifiable; these words make a
/// requirement impossible to test.
public struct AmbiguousWordingRule: Rule {
    public let id = RuleID.ambiguousWording
    public let defaultSeverity = FindingSeverity.minor
    public let clause = "ISO 13485 §7.3.3; IEC 81001-5-1 §5.2.2"
    public let summary = "A requirement uses words that cannot be verified."
    public let remedy = "Replace the word with a measurable criterion: a value, a limit, a named standard "
        + "or an exhaustive list."

    /// SPEC §3, lower case; matched in text folded to single spaces.
    public static let phrases = ["user-friendly", "as appropriate", "etc.", "and/or", "if possible", "adequate"]

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        var violations: [RuleViolation] = []
        for position in (graph.live(.requirement) + graph.live(.securityRequirement)).sorted() {
            let item = graph[position]
            let title = ProseFold.fold(item.title)
            for phrase in Self.phrases {
                let location: SourceLocation
                if ByteSearch.contains(phrase, in: title) {
                    location = item.location(of: "title")
                } else if let offset = ByteSearch.firstOffset(of: phrase, in: item.body.prose) {
                    location = SourceLocation(file: item.location.file, line: item.body.line(ofProseOffset: offset))
                } else {
                    continue
                }
                violations.append(RuleViolation(
                    subject: item.id, location: location,
                    message: "\(item.id) says \"\(phrase)\", which cannot be verified (\(clause)); replace it with "
                        + "a measurable criterion: a value, a limit, a named standard or a complete list"))
            }
        }
        return violations
    }
}
