import DossierModel
import Foundation

extension OutputWriter {
    /// A build's output on its way in. Files are added from any thread as
    /// they are rendered; `commit` swaps the folder in, and a staging folder
    /// that is never committed is removed, so the previous output stays.
    public final class Staging: OutputSink, @unchecked Sendable {
        private let writer: OutputWriter
        private let output: URL
        private let folder: URL
        private let lock = NSLock()
        private var folders: Set<String> = []
        private var isOpen = true
        /// Why the folder was discarded, for a file still being written in
        /// parts on another thread when it was.
        private var failure: Failure?
        private var written = 0
        /// Files being written right now, on any thread; while there are
        /// any, a discarded folder is removed when the last is done, as
        /// removing it under a file being created could leave it behind.
        private var writing = 0
        private var removalWaits = false

        init(writer: OutputWriter, output: URL, folder: URL) {
            self.writer = writer
            self.output = output
            self.folder = folder
        }

        deinit { discard() }

        /// The staging folder, for a step that writes into it by other
        /// means than `add` (the PDF, made by another program).
        public var url: URL { folder }

        /// How many files have been added so far.
        public var fileCount: Int { lock.withLock { written } }

        public func add(_ files: [OutputFile]) throws(Failure) {
            try startWriting()
            defer { stopWriting() }
            do {
                for file in files {
                    let url = folder.appendingPathComponent(file.path)
                    try InterruptCleanup.guarded {
                        try makeParent(of: url)
                        try writer.writeFile(file, url)
                    }
                }
            } catch {
                throw fail(error)
            }
            lock.withLock { written += files.count }
        }

        /// Writes the file at `path` from the parts `body` appends, each
        /// written as it comes, so a document of hundreds of megabytes is
        /// never held whole. Like `add`, a failure discards the folder.
        public func write(_ path: String,
                          inParts body: (_ append: (String) throws -> Void) throws -> Void) throws(Failure) {
            let url = folder.appendingPathComponent(path)
            try startWriting()
            defer { stopWriting() }
            do {
                let descriptor = try InterruptCleanup.guarded {
                    try makeParent(of: url)
                    return try OutputWriter.create(url)
                }
                defer { OutputWriter.closeFile(descriptor) }
                try body { text in
                    try checkOpen()
                    try InterruptCleanup.guarded { try writer.appendPart(OutputFile(path: path, text: text), descriptor) }
                }
            } catch {
                throw fail(error)
            }
            lock.withLock { written += 1 }
        }

        /// Counts a file being written, unless the folder was discarded.
        private func startWriting() throws(Failure) {
            let stopped = lock.withLock {
                defer { if isOpen { writing += 1 } }
                return stopReason
            }
            if let stopped { throw stopped }
        }

        /// Removes the folder if it was discarded while this file was written.
        private func stopWriting() {
            let remove = lock.withLock {
                writing -= 1
                defer { if writing == 0 { removalWaits = false } }
                return writing == 0 && removalWaits
            }
            if remove { try? FileManager.default.removeItem(at: folder) }
        }

        /// Another file's failure discarded the folder: the rest of a file
        /// being written in parts would go nowhere.
        private func checkOpen() throws(Failure) {
            let stopped = lock.withLock { stopReason }
            if let stopped { throw stopped }
        }

        /// Why nothing more can be written, once the folder is discarded; read under `lock`.
        private var stopReason: Failure? {
            isOpen ? nil : failure ?? .writeFailed(path: output.path, reason: "the build was stopped")
        }

        private func makeParent(of url: URL) throws {
            let parent = url.deletingLastPathComponent().path
            if lock.withLock({ folders.insert(parent).inserted }) {
                try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
            }
        }

        /// Discards the folder after `error`; the failure to report.
        private func fail(_ error: any Error) -> Failure {
            let failure = error as? Failure ?? .writeFailed(path: output.path, reason: "\(error.localizedDescription)")
            lock.withLock { if self.failure == nil { self.failure = failure } }
            discard()
            return failure
        }

        /// Marks the folder as dossier's and swaps it in for the output.
        public func commit() throws(Failure) {
            do {
                try InterruptCleanup.guarded {
                    try writer.writeFile(OutputFile(path: OutputWriter.markerName, text: OutputWriter.markerText),
                                         folder.appendingPathComponent(OutputWriter.markerName))
                }
            } catch {
                throw fail(error)
            }
            // The swap is two renames; an interrupt waits until both are done.
            defer { close() }
            try InterruptCleanup.guarded { () throws(Failure) in try writer.swap(folder, into: output) }
        }

        /// Removes the staging folder; the output is left as it was.
        public func discard() {
            guard close() else { return }
            let isIdle = lock.withLock {
                removalWaits = writing > 0
                return !removalWaits
            }
            if isIdle { try? FileManager.default.removeItem(at: folder) }
        }

        /// Stops tracking the folder for interrupts; false when already closed.
        @discardableResult
        private func close() -> Bool {
            let wasOpen = lock.withLock {
                defer { isOpen = false }
                return isOpen
            }
            if wasOpen { InterruptCleanup.staging(nil) }
            return wasOpen
        }
    }
}
