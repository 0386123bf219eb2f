import DossierLoad
import DossierModel
import Foundation

/// The earlier revision a dossier is compared with (docs/format.md, "Change
/// control"): an earlier copy of the content folder, or the content folder
/// as it was at a git revision, read from git's object store in one pass
/// without checking anything out.
public enum Baseline {
    /// The baseline's files, as the load stage reads the content folder.
    /// An existing folder named `ref` wins over a git revision of that name.
    /// - Parameter foldersRelativeTo: where a relative folder `ref` is
    ///   looked for: the working folder (`--baseline`) unless given (a
    ///   review's `revision`, relative to the content folder).
    public static func read(ref: String, contentFolder: URL, limits: LoadLimits = .standard,
                            foldersRelativeTo base: URL? = nil) throws(BaselineFailure) -> ContentSources {
        let folder = base.map { ref.hasPrefix("/") ? ref : $0.appendingPathComponent(ref).path } ?? ref
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue {
            return ContentLoader(limits: limits).load(from: URL(fileURLWithPath: folder, isDirectory: true))
        }
        let located = try locate(contentFolder)
        let commit = try resolve(ref, in: located.git)
        let tree = try GitTree.list(commit: commit, prefix: located.prefix, git: located.git)
        guard !tree.isEmpty else { throw .contentAbsent(ref: ref, path: located.prefix) }
        return try GitTree.read(tree, git: located.git, root: contentFolder, limits: limits)
    }

    /// The top of the repository and the content folder's path inside it.
    private static func locate(_ contentFolder: URL) throws(BaselineFailure) -> (git: GitRunner, prefix: String) {
        let folder = contentFolder.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .notARepository(folder: folder)
        }
        let output = try GitRunner(workingFolder: folder).run(["rev-parse", "--show-toplevel", "--show-prefix"])
        guard output.succeeded else { throw .notARepository(folder: folder) }
        let lines = output.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 2 else { throw .gitFailed(reason: "git rev-parse printed \(output.text)") }
        var prefix = lines[1]
        if prefix.hasSuffix("/") { prefix.removeLast() }
        return (GitRunner(workingFolder: lines[0]), prefix)
    }

    /// The commit `ref` names; a shallow clone that lacks it says so.
    private static func resolve(_ ref: String, in git: GitRunner) throws(BaselineFailure) -> String {
        let output = try git.run(["rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"])
        if output.succeeded { return output.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        let shallow = try git.run(["rev-parse", "--is-shallow-repository"])
        throw .unknownRevision(ref: ref, shallow: shallow.text.hasPrefix("true"))
    }
}
