/// What `check` reports, errors and findings alike, in one shape for every
/// output format (text, JSON, SARIF, JUnit).
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable, Comparable {
        case error, major, minor

        private var rank: Int { self == .error ? 2 : self == .major ? 1 : 0 }
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
    }

    /// The rule id of a finding or the error id of an input error.
    public var code: String
    public var severity: Severity
    public var subject: String?
    public var location: SourceLocation
    public var message: String
    /// A finding's recorded decision (dossier.yml `dispositions:`).
    public var disposition: Disposition?

    public init(code: String, severity: Severity, subject: String?, location: SourceLocation, message: String) {
        self.code = code
        self.severity = severity
        self.subject = subject
        self.location = location
        self.message = message
    }

    public init(_ error: InputError) {
        self.init(code: error.code, severity: .error, subject: error.subject, location: error.location,
                  message: error.message)
    }

    /// An error about an item's file that does not name the item itself (a
    /// missing field, a wrong value) names the id the file defines.
    public init(_ error: InputError, subjectIn subjects: [String: String]) {
        self.init(error)
        if subject == nil { subject = subjects[error.location.file] }
    }

    public init(_ finding: Finding) {
        self.init(code: finding.rule.rawValue, severity: finding.severity == .major ? .major : .minor,
                  subject: finding.subject, location: finding.location, message: finding.fullMessage)
        disposition = finding.disposition
    }

    /// `path:line: severity: [code] message`, as compilers print it (docs/format.md, "What check prints").
    public var line: String { line(at: place) }

    /// The same line with `place` named otherwise (a console names files
    /// from where the tool ran).
    public func line(at place: String) -> String {
        "\(place) \(severity.rawValue): [\(code)] \(message)\(dispositionNote)"
    }

    /// `path:line:`, or `folder:` for what concerns the content folder as a
    /// whole (`file` is "."), which has no line to name.
    public var place: String {
        location.file == "." ? "content folder:" : "\(location.file):\(location.line):"
    }

    /// " — dispositioned: why (approved by whom, when)", or nothing.
    public var dispositionNote: String {
        disposition.map { " — dispositioned: \($0.summary)" } ?? ""
    }

    /// Ordered by file, line, rule (docs/format.md, "What check prints"); the message breaks the last tie
    /// so the order never depends on how the list was built.
    public static func reportOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code < rhs.code }
        if lhs.subject != rhs.subject { return (lhs.subject ?? "") < (rhs.subject ?? "") }
        return lhs.message < rhs.message
    }

    /// Errors put their cause first: dossier.yml defines the phases and
    /// policy every item is read against, so its errors lead; the rest keep
    /// the report order.
    public static func causeOrder(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        let leftIsConfiguration = lhs.location.file == ProjectConfiguration.fileName
        let rightIsConfiguration = rhs.location.file == ProjectConfiguration.fileName
        if leftIsConfiguration != rightIsConfiguration { return leftIsConfiguration }
        return reportOrder(lhs, rhs)
    }
}
