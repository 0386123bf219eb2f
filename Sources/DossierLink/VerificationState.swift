import DossierModel

/// What the live verifications of a requirement say about it.
public enum VerificationState: String, Hashable, Sendable {
    /// No verification verifies it.
    case none
    /// Verified, but at least one verification has not run.
    case notRun = "not-run"
    /// At least one verification failed.
    case failed
    /// Every verification passed.
    case passed

    public var title: String {
        switch self {
        case .none: "no verification"
        case .notRun: "not run"
        case .failed: "failed"
        case .passed: "passed"
        }
    }
}

extension TraceGraph {
    /// The live verifications of a requirement or security requirement.
    public func verifications(of position: Int) -> [Int] {
        liveSources(of: position, in: .verifies)
    }

    public func verificationState(of position: Int) -> VerificationState {
        let results = verifications(of: position).compactMap { items[$0].verification?.result }
        if results.isEmpty { return .none }
        if results.contains(.fail) { return .failed }
        if results.contains(.notRun) { return .notRun }
        return .passed
    }

    /// The verifications that decide `verificationState(of:)`: the failed
    /// ones when one failed, the ones not run when one has not run, else all.
    public func decisiveVerifications(of position: Int) -> [Int] {
        let all = verifications(of: position)
        let state = verificationState(of: position)
        let result: VerificationResult? = state == .failed ? .fail : state == .notRun ? .notRun : nil
        guard let result else { return all }
        return all.filter { items[$0].verification?.result == result }
    }
}
