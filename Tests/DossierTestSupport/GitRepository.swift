import Foundation

/// A real git repository in a temporary folder holding a dossier project
/// (the clean project) under `folder`, for tests that commit, tag, edit,
/// rename and remove files, then compare revisions.
public struct GitRepository {
    public let fixture: ProjectFixture
    public var root: URL { fixture.root }
    public var content: URL { fixture.url }

    public init(files: [String: String] = CleanProject.files) throws {
        fixture = try ProjectFixture(files: files)
        try git("init", "-q")
        try git("config", "user.email", "author@example.com")
        try git("config", "user.name", "A. Author")
        try git("config", "commit.gpgsign", "false")
        try commit("Revision A")
    }

    @discardableResult
    public func git(_ arguments: String...) throws -> String {
        let run = try ExternalProgram.run(["git"] + arguments, in: root)
        guard run.status == 0 else { throw Failure(arguments: arguments) }
        return run.stdout
    }

    public struct Failure: Error { public var arguments: [String] }

    public func commit(_ message: String) throws {
        try git("add", "-A")
        try git("commit", "-q", "-m", message)
    }

    public func write(_ path: String, _ text: String) throws { try fixture.write(path, text) }

    public func read(_ path: String) throws -> String {
        try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
    }

    public func edit(_ path: String, replacing old: String, with new: String) throws {
        try write(path, try read(path).replacingOccurrences(of: old, with: new))
    }

    public func dossier(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        try DossierBinary.run(arguments + ["--content", content.path], in: root)
    }

    public func remove() { fixture.remove() }
}
