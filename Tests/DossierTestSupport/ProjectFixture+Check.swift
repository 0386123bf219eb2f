import DossierLoad
import DossierModel
import DossierPipeline
import Foundation

extension ProjectFixture {
    /// Runs load → parse → link → analyze in-process, as `dossier check` does.
    public func check(limits: LoadLimits = .standard, sourceDateEpoch: String? = nil) -> CheckResult {
        Pipeline(contentFolder: url, limits: limits, sourceDateEpoch: sourceDateEpoch).check()
    }

    /// Writes `files`, checks them and removes them again.
    public static func check(files: [String: String], limits: LoadLimits = .standard) throws -> CheckResult {
        let fixture = try ProjectFixture(files: files)
        defer { fixture.remove() }
        return fixture.check(limits: limits)
    }

    /// Writes the fixture string, checks it and removes it again.
    public static func check(_ text: String, limits: LoadLimits = .standard) throws -> CheckResult {
        try check(files: files(in: text), limits: limits)
    }
}

extension ProjectFixture {
    /// The input errors of a checked project, in report order.
    public static func inputErrors(_ text: String, limits: LoadLimits = .standard) throws -> [InputError] {
        try check(text, limits: limits).errors.sorted(by: reportOrder)
    }

    /// The input errors of this fixture, in report order.
    public func inputErrors(limits: LoadLimits = .standard) -> [InputError] {
        check(limits: limits).errors.sorted(by: Self.reportOrder)
    }

    fileprivate static func reportOrder(_ lhs: InputError, _ rhs: InputError) -> Bool {
        Diagnostic.reportOrder(Diagnostic(lhs), Diagnostic(rhs))
    }
}

extension InputError {
    /// `file:line: code`: where and what, without the wording of the message.
    public var brief: String { "\(location.file):\(location.line): \(code)" }
}

extension Finding {
    /// `file:line: severity: [rule] subject`: a finding without its message.
    public var brief: String { "\(location.file):\(location.line): \(severity.rawValue): [\(rule.rawValue)] \(subject)" }
}
