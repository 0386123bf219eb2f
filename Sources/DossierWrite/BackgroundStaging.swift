import DossierModel
import Foundation

/// Hands batches of files to the staging folder on a thread of its own, so
/// rendering goes on while the file system creates them: creating files is
/// work for one core, and a build used to leave the other idle meanwhile.
/// At most two batches wait, which bounds the memory they hold. The first
/// write failure stops further writes and is thrown by the next `add` and by `finish`.
public final class BackgroundStaging: OutputSink, @unchecked Sendable {
    private let staging: OutputWriter.Staging
    private let queue = DispatchQueue(label: "dossier.output-writer")
    private let waiting = DispatchSemaphore(value: 2)
    private let group = DispatchGroup()
    private let failure = FirstFailure<OutputWriter.Failure>()

    public init(_ staging: OutputWriter.Staging) {
        self.staging = staging
    }

    /// Queues a batch; returns once it is queued, not written. Throws the
    /// failure of an earlier batch, so rendering stops soon after one.
    public func add(_ files: [OutputFile]) throws(OutputWriter.Failure) {
        try failure.rethrow()
        waiting.wait()
        queue.async(group: group) { [self] in
            defer { waiting.signal() }
            guard !failure.happened else { return }
            do throws(OutputWriter.Failure) {
                try staging.add(files)
            } catch {
                failure.record(error)
            }
        }
    }

    /// Writes a file in parts on the calling thread, not queued: its parts
    /// come one at a time already, and waiting behind page batches would
    /// only hold them longer.
    public func write(_ path: String,
                      inParts body: (_ append: (String) throws -> Void) throws -> Void) throws(OutputWriter.Failure) {
        try failure.rethrow()
        do throws(OutputWriter.Failure) {
            try staging.write(path, inParts: body)
        } catch {
            failure.record(error)
            throw error
        }
    }

    /// Waits for every queued batch; throws the first failure.
    public func finish() throws(OutputWriter.Failure) {
        group.wait()
        try failure.rethrow()
    }
}
