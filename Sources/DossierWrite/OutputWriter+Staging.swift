import DossierModel
import Foundation

extension OutputWriter {
    /// A build's output on its way in. Files are added from any thread as
    /// they are rendered; `commit` swaps the folder in, and a staging folder
    /// that is never committed is removed, so the previous output stays.
    public final class Staging: @unchecked Sendable {
        private let writer: OutputWriter
        private let output: URL
        private let folder: URL
        private let lock = NSLock()
        private var folders: Set<String> = []
        private var isOpen = true
        private var written = 0

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
            let manager = FileManager.default
            do {
                for file in files {
                    let url = folder.appendingPathComponent(file.path)
                    let parent = url.deletingLastPathComponent().path
                    try InterruptCleanup.guarded {
                        if lock.withLock({ folders.insert(parent).inserted }) { try manager.createDirectory(atPath: parent, withIntermediateDirectories: true) }
                        try writer.writeFile(file, url)
                    }
                }
            } catch {
                discard()
                throw .writeFailed(path: output.path, reason: "\(error.localizedDescription)")
            }
            lock.withLock { written += files.count }
        }

        /// Marks the folder as dossier's and swaps it in for the output.
        public func commit() throws(Failure) {
            do {
                try InterruptCleanup.guarded {
                    try writer.writeFile(OutputFile(path: OutputWriter.markerName, text: OutputWriter.markerText),
                                         folder.appendingPathComponent(OutputWriter.markerName))
                }
            } catch {
                discard()
                throw .writeFailed(path: output.path, reason: "\(error.localizedDescription)")
            }
            // The swap is two renames; an interrupt waits until both are done.
            defer { close() }
            try InterruptCleanup.guarded { () throws(Failure) in try writer.swap(folder, into: output) }
        }

        /// Removes the staging folder; the output is left as it was.
        public func discard() {
            guard close() else { return }
            try? FileManager.default.removeItem(at: folder)
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
