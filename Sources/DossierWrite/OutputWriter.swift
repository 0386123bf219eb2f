import DossierModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write stage: writes every file into a fresh sibling folder and only
/// then swaps it in for the output folder, so a failed or interrupted build
/// leaves the previous output as it was. It replaces only a folder that an
/// earlier build made (it leaves a marker file), never one it did not create.
public struct OutputWriter: Sendable {
    public static let markerName = OutputFolder.markerName
    static let markerText = "This folder is written by `dossier build` and replaced whole on every build.\n"

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notDossierOutput(path: String)
        case notAFolder(path: String)
        /// The folder that would hold the output does not exist.
        case missingFolder(path: String)
        case writeFailed(path: String, reason: String)
        /// The output would land in the content folder, where the next
        /// `check` would read the dossier's own Markdown as design inputs.
        case insideContent(path: String, content: String)

        public var description: String {
            switch self {
            case .notDossierOutput(let path):
                "\(path) exists and was not made by `dossier build` (it has no \(OutputWriter.markerName)); "
                    + "refusing to replace it. Choose another --output folder, or remove it yourself"
            case .notAFolder(let path):
                "\(path) exists and is not a folder; choose another --output"
            case .missingFolder(let path):
                "the folder \(path) does not exist; create it first, or choose another --output. Nothing was written"
            case .writeFailed(let path, let reason):
                "cannot write \(path): \(reason); the previous output is unchanged"
            case .insideContent(let path, let content):
                "the output folder \(path) is inside the content folder \(content), where dossier.md would be read "
                    + "back as design inputs; choose an --output outside it. Nothing was written"
            }
        }
    }

    /// Writes one file; replaceable in tests to make a write fail mid-build.
    public var writeFile: @Sendable (OutputFile, URL) throws -> Void
    /// Appends one part of a file written in parts (the part's `path` names
    /// the file) to its open descriptor; replaceable in tests likewise.
    public var appendPart: @Sendable (OutputFile, Int32) throws -> Void

    public init(writeFile: @escaping @Sendable (OutputFile, URL) throws -> Void = OutputWriter.writeWithoutSync,
                appendPart: @escaping @Sendable (OutputFile, Int32) throws -> Void = OutputWriter.append) {
        self.writeFile = writeFile
        self.appendPart = appendPart
    }

    /// Plain write(2): Foundation's Data.write syncs every file to disk, which
    /// cost more than rendering; the output is swapped in by rename anyway.
    public static func writeWithoutSync(_ file: OutputFile, to url: URL) throws {
        let descriptor = try create(url)
        defer { close(descriptor) }
        try writeAll(file, to: descriptor, naming: url.path)
    }

    /// Creates (or empties) the file at `url` for writing.
    static func create(_ url: URL) throws -> Int32 {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path]) }
        return descriptor
    }

    static func closeFile(_ descriptor: Int32) {
        #if canImport(Glibc)
        _ = Glibc.close(descriptor)
        #else
        _ = Darwin.close(descriptor)
        #endif
    }

    /// Writes all of the part's bytes at the descriptor's offset.
    public static func append(_ part: OutputFile, to descriptor: Int32) throws {
        try writeAll(part, to: descriptor, naming: part.path)
    }

    private static func writeAll(_ file: OutputFile, to descriptor: Int32, naming path: String) throws {
        try file.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var written = 0
            while written < buffer.count {
                // Qualified: a bare `write` here would name OutputWriter's own method.
                #if canImport(Glibc)
                let result = Glibc.write(descriptor, base + written, buffer.count - written)
                #else
                let result = Darwin.write(descriptor, base + written, buffer.count - written)
                #endif
                if result < 0 {
                    if errno == EINTR { continue }
                    throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: path])
                }
                written += result
            }
        }
    }

    /// Writes every file, then swaps them in; for callers that have all the
    /// files at hand.
    public func write(_ files: [OutputFile], to output: URL) throws(Failure) {
        let staging = try begin(output)
        try staging.add(files)
        try staging.commit()
    }

    /// Starts a build's output: a fresh staging folder beside `output` that
    /// files are added to as they are rendered, so a large build never holds
    /// all of them in memory; nothing is visible at `output` before `commit`.
    public func begin(_ output: URL) throws(Failure) -> Staging {
        let output = output.standardizedFileURL
        try checkReplaceable(output)
        let staging = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).building-\(getpid())")
        Self.removeLeftovers(of: output)
        try? FileManager.default.removeItem(at: staging)
        InterruptCleanup.staging(staging.path)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            InterruptCleanup.staging(nil)
            throw .writeFailed(path: output.path, reason: "\(error.localizedDescription)")
        }
        return Staging(writer: self, output: output, folder: staging)
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

    /// The output folder is created if need be, but not the folders above
    /// it: a mistyped `--output` path must not leave a tree of new folders.
    public static func checkParent(of output: URL, content: URL? = nil) throws(Failure) {
        let parent = output.standardizedFileURL.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: parent.path, isDirectory: &isFolder) else {
            throw .missingFolder(path: parent.path)
        }
        guard isFolder.boolValue else { throw .notAFolder(path: parent.path) }
        // Compared with links resolved: `content/../content/out` and a
        // linked folder are inside as much as `content/out` is.
        if let content, let contentPath = FilePath.real(content.path), let parentPath = FilePath.real(parent.path) {
            let outputPath = (parentPath == "/" ? "" : parentPath) + "/" + output.standardizedFileURL.lastPathComponent
            if FilePath.path(outputPath, isOrIsIn: contentPath) {
                throw .insideContent(path: output.path, content: content.path)
            }
        }
    }

    func checkReplaceable(_ output: URL) throws(Failure) {
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
    func swap(_ staging: URL, into output: URL) throws(Failure) {
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
