import Foundation

/// Shows what a long run is doing, on a terminal only: CI logs and pipes
/// stay clean. One line, rewritten in place, cleared at the end. With
/// `timings`, it also keeps how long each stage took and prints the list at
/// the end, on standard error, so a slow project can be diagnosed without a
/// profiler; nothing of it reaches the outputs.
public final class ProgressReporter: @unchecked Sendable {
    public static let silent = ProgressReporter(enabled: false)

    private let enabled: Bool
    private let timings: Bool
    private let lock = NSLock()
    private var shown = false
    private var current: (name: String, started: ContinuousClock.Instant)?
    private var finished: [(name: String, duration: Duration)] = []

    public init(enabled: Bool, timings: Bool = false) {
        self.enabled = enabled
        self.timings = timings
    }

    /// Shows progress when standard error is a terminal.
    public static func forTerminal(showingProgress: Bool = true, timings: Bool = false) -> ProgressReporter {
        ProgressReporter(enabled: showingProgress && isatty(STDERR_FILENO) == 1, timings: timings)
    }

    public func stage(_ text: String) {
        guard enabled || timings else { return }
        lock.lock()
        defer { lock.unlock() }
        if timings { closeStage(startingNext: text) }
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)…".utf8))
        shown = true
    }

    public func finish() {
        lock.lock()
        defer { lock.unlock() }
        if enabled, shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        shown = false
        guard timings else { return }
        closeStage(startingNext: nil)
        FileHandle.standardError.write(Data(Self.describe(finished).utf8))
        finished = []
    }

    private func closeStage(startingNext next: String?) {
        let now = ContinuousClock.now
        if let current { finished.append((current.name, now - current.started)) }
        current = next.map { ($0, now) }
    }

    /// One line per stage: "  0.214 s  Parsing 10000 files".
    static func describe(_ stages: [(name: String, duration: Duration)]) -> String {
        stages.map { stage in
            let seconds = Double(stage.duration.components.seconds)
                + Double(stage.duration.components.attoseconds) / 1e18
            return String(format: "%7.3f s  ", seconds) + stage.name + "\n"
        }.joined()
    }
}
