import DossierModel
import DossierMustache

struct FindingView: Sendable {
    /// "F-3": how the dossier cites the finding.
    var number: String
    var severity: String
    var isMajor: Bool
    var rule: String
    var clause: String
    var subject: String
    var subjectHref: String?
    var file: String
    var line: Int
    /// The gap, without the clause that the view shows beside it.
    var message: String
    /// `message` escaped for HTML, its `backtick` spans as code; made when
    /// a template shows it, as each output shows one of the two forms.
    var messageHTML: String { InlineCode.html(message) }
    /// `message` escaped for dossier.md, its code spans kept.
    var messageMarkdown: String { InlineCode.markdown(message) }
    /// The recorded decision, "rationale (approved by …, date)"; nil when the finding is open.
    var disposition: String?
}

extension FindingView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "number": TemplateValue(self.number)
        case "severity": TemplateValue(self.severity)
        case "isMajor": TemplateValue(self.isMajor)
        case "rule": TemplateValue(self.rule)
        case "clause": TemplateValue(self.clause)
        case "subject": TemplateValue(self.subject)
        case "subjectHref": TemplateValue(self.subjectHref)
        case "file": TemplateValue(self.file)
        case "line": TemplateValue(self.line)
        case "message": TemplateValue(self.message)
        case "messageHTML": TemplateValue(self.messageHTML)
        case "messageMarkdown": TemplateValue(self.messageMarkdown)
        case "disposition": TemplateValue(self.disposition)
        default: .null
        }
    }
}

extension FindingView {
    /// A rule's message names its clause in parentheses, for the check's
    /// one line; a view that shows the clause beside it drops that part,
    /// so the clause is read once per finding.
    static func message(_ message: String, without clause: String) -> String {
        ByteSearch.replacing(" (\(clause))", with: "", in: message)
    }
}
