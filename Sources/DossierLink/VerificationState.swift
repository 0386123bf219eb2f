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
}
