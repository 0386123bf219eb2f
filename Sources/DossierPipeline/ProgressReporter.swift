import Foundation

/// Shows what a long run is doing, on a terminal only: CI logs and pipes
/// stay clean. One line, rewritten in place, cleared at the end.
public final class ProgressReporter: @unchecked Sendable {
    public static let silent = ProgressReporter(enabled: false)

    private let enabled: Bool
    private let lock = NSLock()
    private var shown = false

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// Enabled when standard error is a terminal.
    public static func forTerminal() -> ProgressReporter {
        ProgressReporter(enabled: isatty(STDERR_FILENO) == 1)
    }

    public func stage(_ text: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)…".utf8))
        shown = true
    }

    public func finish() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
    }
}
