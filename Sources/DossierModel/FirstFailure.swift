import Foundation

/// The first error thrown by any of several workers, kept so the others can
/// stop early and the caller can throw it once they are done.
public final class FirstFailure<Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private var failure: Failure?

    public init() {}

    public var happened: Bool { lock.withLock { failure != nil } }

    /// Keeps `failure` unless an earlier one was kept.
    public func record(_ failure: Failure) {
        lock.withLock { if self.failure == nil { self.failure = failure } }
    }

    /// Throws the kept failure, if any.
    public func rethrow() throws(Failure) {
        if let failure = lock.withLock({ failure }) { throw failure }
    }
}
