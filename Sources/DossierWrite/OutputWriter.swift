import DossierModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The write stage: writes every file into a fresh sibling folder and only
/// then swaps it in for the output folder, so a failed or interrupted build
/// leaves the previous output as it was. It replaces only a folder that an
/// earlier build made (it leaves a marker file), never one it did not create.
public struct OutputWriter: Sendable {
    public static let markerName = ".dossier-output"
    static let markerText = "This folder is written by `dossier build` and replaced whole on every build.\n"

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notDossierOutput(path: String)
        case notAFolder(path: String)
        case writeFailed(path: String, reason: String)

        public var description: String {
            switch self {
            case .notDossierOutput(let path):
                "\(path) exists and was not made by `dossier build` (it has no \(OutputWriter.markerName)); "
                    + "refusing to replace it. Choose another --output folder, or remove it yourself"
            case .notAFolder(let path):
                "\(path) exists and is not a folder; choose another --output"
            case .writeFailed(let path, let reason):
                "cannot write \(path): \(reason); the previous output is unchanged"
            }
        }
    }

    /// Writes one file; replaceable in tests to make a write fail mid-build.
    public var writeFile: @Sendable (Data, URL) throws -> Void

    public init(writeFile: @escaping @Sendable (Data, URL) throws -> Void = OutputWriter.writeWithoutSync) {
        self.writeFile = writeFile
    }

    /// Plain write(2): Foundation's Data.write syncs every file to disk, which
    /// cost more than rendering; the output is swapped in by rename anyway.
    public static func writeWithoutSync(_ data: Data, to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var written = 0
            while written < buffer.count {
                let result = Glibc.write(descriptor, base + written, buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: url.path])
                }
                written += result
            }
        }
    }

    public func write(_ files: [OutputFile], to output: URL) throws(Failure) {
        let manager = FileManager.default
        let output = output.standardizedFileURL
        try checkReplaceable(output)
        let parent = output.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).building-\(getpid())")
        Self.removeLeftovers(of: output)
        try? manager.removeItem(at: staging)
        InterruptCleanup.staging(staging.path)
        defer { InterruptCleanup.staging(nil) }
        do {
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
            var folders: Set<String> = []
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                let folder = url.deletingLastPathComponent().path
                try InterruptCleanup.guarded {
                    if folders.insert(folder).inserted {
                        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    }
                    try writeFile(file.contents, url)
                }
            }
            try InterruptCleanup.guarded {
                try writeFile(Data(Self.markerText.utf8), staging.appendingPathComponent(Self.markerName))
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw .writeFailed(path: output.path, reason: "\(error.localizedDescription)")
        }
        // The swap is two renames; an interrupt waits until both are done.
        try InterruptCleanup.guarded { () throws(Failure) in try swap(staging, into: output) }
    }

    /// A build killed without a chance to clean up (SIGKILL, power loss)
    /// leaves `.NAME.building-PID` or `.NAME.previous-PID` beside the output;
    /// the next build removes them once that process is gone, and puts a
    /// previous output back if it was moved aside and never replaced.
    static func removeLeftovers(of output: URL) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let entries = (try? manager.contentsOfDirectory(atPath: parent.path)) ?? []
        for entry in entries.sorted() {
            for kind in ["building", "previous"] {
                let prefix = ".\(name).\(kind)-"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), pid != getpid(),
                      kill(pid, 0) != 0, errno == ESRCH else { continue }
                let leftover = parent.appendingPathComponent(entry)
                if kind == "previous", !manager.fileExists(atPath: output.path) {
                    try? manager.moveItem(at: leftover, to: output)
                } else {
                    try? manager.removeItem(at: leftover)
                }
            }
        }
    }

    private func checkReplaceable(_ output: URL) throws(Failure) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw .notAFolder(path: output.path) }
        let marker = output.appendingPathComponent(Self.markerName).path
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
        guard contents.isEmpty || FileManager.default.fileExists(atPath: marker) else {
            throw .notDossierOutput(path: output.path)
        }
    }

    /// Two renames: the old output steps aside, the new one takes its place,
    /// then the old one is removed.
    private func swap(_ staging: URL, into output: URL) throws(Failure) {
        let manager = FileManager.default
        let retired = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).previous-\(getpid())")
        let hadOutput = manager.fileExists(atPath: output.path)
        do {
            if hadOutput { try manager.moveItem(at: output, to: retired) }
            try manager.moveItem(at: staging, to: output)
        } catch {
            if hadOutput, !manager.fileExists(atPath: output.path) { try? manager.moveItem(at: retired, to: output) }
            try? manager.removeItem(at: staging)
            throw .writeFailed(path: output.path, reason: "\(error.localizedDescription)")
        }
        if hadOutput { try? manager.removeItem(at: retired) }
    }
}
