import DossierLoad
import DossierModel
import Foundation

/// The content folder as git stored it at one commit: the files
/// `dossier.yml` lists are read from the object store, never checked out,
/// so a baseline's SBOMs and threat models are the ones of that revision.
struct GitStore: ContentStore {
    /// Regular files by path relative to the content folder.
    let entries: [String: GitTree.Entry]
    let git: GitRunner

    func contents(of path: String, limit: Int) -> Result<Data, ContentStoreFailure> {
        guard FolderStore.staysInside(path) else { return .failure(.outside) }
        guard let entry = entries[Self.normalized(path)] else { return .failure(.missing) }
        guard entry.size <= limit else { return .failure(.tooLarge) }
        guard let output = try? git.run(["cat-file", "blob", entry.object]), output.succeeded else {
            return .failure(.unreadable)
        }
        return .success(Data(output.standardOutput))
    }

    /// `./sbom/../sbom/app.json` → `sbom/app.json`, as `git ls-tree` names it.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == ".." { parts.removeLast() } else { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}
