import Foundation

/// A dossier project written into a fresh temporary folder, described in one
/// string as Hugo's integration tests do: each file starts with a line
/// `-- path --` and runs to the next one; every line ends with a newline.
///
///     let fixture = try ProjectFixture("""
///         -- dossier.yml --
///         \(ProjectFixture.minimalConfiguration)
///         -- threats/TH-1.md --
///         ---
///         id: TH-1
///         ...
///         """)
///     defer { fixture.remove() }
///
/// The folder goes when the fixture is released, as well as on `remove()`.
/// `ProjectFixture()` is a project folder with nothing in it yet, and
/// `starterProject()` one that `dossier init` filled: tests of commands run
/// there as a user would, with paths relative to `root` (`readOutside`).
public final class ProjectFixture: Sendable {
    /// The temporary folder that holds `content/`; files "outside the
    /// content folder" go here so `remove()` takes them away too.
    public let root: URL
    /// The content folder (the `--content` of the command line).
    public let url: URL

    public var path: String { url.path }

    /// Writes every block of `text`; a path given twice keeps the later block.
    public convenience init(_ text: String) throws {
        try self.init(files: Self.files(in: text))
    }

    public convenience init(files: [String: String]) throws {
        try self.init()
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, contents) in files {
            try write(path, contents)
        }
    }

    /// An empty project folder: not even `content/` exists yet.
    public init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("dossier-fixture-\(UUID().uuidString)", isDirectory: true)
        url = root.appendingPathComponent("content", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit { remove() }

    /// A project made by `dossier init`: clean, every item type present.
    public static func starterProject() throws -> ProjectFixture {
        let project = try ProjectFixture()
        let run = try DossierBinary.run(["init", "--quiet"], in: project.root)
        guard run.status == 0 else { throw InitFailed(stderr: run.stderr) }
        return project
    }

    public struct InitFailed: Error, CustomStringConvertible {
        public var stderr: String
        public var description: String { "dossier init failed: \(stderr)" }
    }

    /// The files of a fixture string, by path.
    public static func files(in text: String) -> [String: String] {
        var files: [String: String] = [:]
        var current: String?
        var lines: [Substring] = []
        func finish() {
            if let current { files[current] = lines.map { $0 + "\n" }.joined() }
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                finish()
                current = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else if current != nil {
                lines.append(line)
            }
        }
        finish()
        return files
    }

    /// Writes a text file under the content folder, creating its folders.
    public func write(_ path: String, _ text: String) throws {
        try write(path, data: Data(text.utf8))
    }

    /// Writes raw bytes under the content folder (BOM, CRLF, binary).
    public func write(_ path: String, data: Data) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try data.write(to: file)
    }

    /// The text of a file under the content folder.
    public func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(path)), as: UTF8.self)
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(path).path)
    }

    /// Writes a file beside the content folder, not in it (`path` is
    /// relative to `root`), creating its folders; returns its URL.
    @discardableResult
    public func writeOutside(_ path: String, _ text: String) throws -> URL {
        let file = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(),
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// The text of a file beside the content folder (`output/…`, `.gitignore`).
    public func readOutside(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: root.appendingPathComponent(path)), as: UTF8.self)
    }

    public func existsOutside(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// Removes the whole temporary folder.
    public func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
