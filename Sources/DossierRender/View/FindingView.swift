import Mustache

public struct FindingView: Sendable {
    /// "F-3": how the dossier cites the finding.
    public var number: String
    public var severity: String
    public var isMajor: Bool
    public var rule: String
    public var clause: String
    public var subject: String
    public var subjectHref: String?
    public var file: String
    public var line: Int
    /// The gap, without the clause that the view shows beside it.
    public var message: String
    /// `message` escaped for HTML, its `backtick` spans as code; made when
    /// a template shows it, as each output shows one of the two forms.
    public var messageHTML: String { InlineCode.html(message) }
    /// `message` escaped for dossier.md, its code spans kept.
    public var messageMarkdown: String { InlineCode.markdown(message) }
    /// The recorded decision, "rationale (approved by …, date)"; nil when the finding is open.
    public var disposition: String?
}

extension FindingView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "severity": self.severity
        case "isMajor": self.isMajor
        case "rule": self.rule
        case "clause": self.clause
        case "subject": self.subject
        case "subjectHref": self.subjectHref
        case "file": self.file
        case "line": self.line
        case "message": self.message
        case "messageHTML": self.messageHTML
        case "messageMarkdown": self.messageMarkdown
        case "disposition": self.disposition
        default: nil
        }
    }
}

extension FindingView {
    /// A rule's message names its clause in parentheses, for the check's
    /// one line; a view that shows the clause beside it drops that part,
    /// so the clause is read once per finding.
    static func message(_ message: String, without clause: String) -> String {
        message.replacingOccurrences(of: " (\(clause))", with: "")
    }
}
