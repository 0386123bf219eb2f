import DossierModel

extension Item {
    /// The team field that looks meant as link `field` (`threat:` for
    /// `threats:`), when the item lacks `field`: a rule that finds the link
    /// missing then points at the slip, the one line to change, rather than
    /// at the item's first line.
    func misspelling(of field: String) -> NamedValue? {
        guard fieldLines[field] == nil else { return nil }
        return extraFields.first { EditDistance.fieldName(meantBy: $0.name, among: [field]) == field }
    }
}

extension RuleViolation {
    /// The violation of a missing link, pointed at the field that looks
    /// meant as it, if there is one.
    static func missingLink(_ field: String, of item: Item, message: String, remedy: String) -> RuleViolation {
        guard let slip = item.misspelling(of: field) else {
            return RuleViolation(subject: item.id, location: item.location(of: field), message: message, remedy: remedy)
        }
        return RuleViolation(
            subject: item.id, location: SourceLocation(file: item.location.file, line: slip.line),
            message: message + "; `\(slip.name):` on this line looks meant as `\(field):`",
            remedy: "rename `\(slip.name):` to `\(field):`")
    }
}
