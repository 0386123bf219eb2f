import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// On Ctrl-C or a TERM signal, removes the half-written staging folder
/// before the process ends, so an interrupted build leaves neither a
/// half-written output nor a stray temporary folder. The output folder
/// itself is only ever replaced by rename, so it is whole at every instant.
public enum InterruptCleanup {
    private static let state = State()
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Installs the handlers once; later calls do nothing.
    public static func install() {
        state.installOnce {
            for signalNumber in [SIGINT, SIGTERM] {
                signal(signalNumber, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
                source.setEventHandler {
                    // Holding the lock until exit: no file is half-written
                    // into the folder while it is removed, and none after.
                    state.lock.lock()
                    for action in state.actions.sorted(by: { $0.key < $1.key }) { action.value() }
                    if let staging = state.stagingPath { try? FileManager.default.removeItem(atPath: staging) }
                    _exit(128 + signalNumber)
                }
                source.resume()
                sources.append(source)
            }
        }
    }

    static func staging(_ path: String?) { state.lock.withLock { state.stagingPath = path } }

    /// Something else to undo on an interrupt, under `key` until it is
    /// removed with nil: the output lock's file, a WeasyPrint child that
    /// would otherwise write on into a removed folder, a temporary file.
    public static func onInterrupt(_ key: String, _ action: (@Sendable () -> Void)?) {
        state.lock.withLock { state.actions[key] = action }
    }

    /// Runs one write into the staging folder so that an interrupt waits for
    /// it rather than racing it.
    static func guarded<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        state.lock.lock()
        defer { state.lock.unlock() }
        return try body()
    }

    private final class State: @unchecked Sendable {
        let lock = NSLock()
        private var installed = false
        var stagingPath: String?
        var actions: [String: @Sendable () -> Void] = [:]

        func installOnce(_ body: () -> Void) {
            lock.lock()
            defer { lock.unlock() }
            guard !installed else { return }
            installed = true
            body()
        }
    }
}
