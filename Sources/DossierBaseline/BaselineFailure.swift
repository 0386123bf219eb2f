/// Why a baseline cannot be read: each says which, and what to do
/// (docs/format.md, "Change control").
public enum BaselineFailure: Error, Hashable, Sendable {
    case gitMissing
    case gitFailed(reason: String)
    case notARepository(folder: String)
    case unknownRevision(ref: String, shallow: Bool)
    case contentAbsent(ref: String, path: String)

    public var reason: String {
        switch self {
        case .gitMissing:
            "`git` was not found on PATH; install git, or give --baseline the path of an earlier copy "
                + "of the content folder"
        case .gitFailed(let reason):
            "git failed: \(reason)"
        case .notARepository(let folder):
            "\(folder) is not in a git repository and no folder of that name exists; name a revision of the "
                + "repository that holds the content folder, or the path of an earlier copy of it"
        case .unknownRevision(let ref, let shallow):
            shallow
                ? "the revision \(ref) is not in this shallow clone; fetch the history first "
                    + "(`git fetch --unshallow`, or `fetch-depth: 0` in GitHub Actions)"
                : "the revision \(ref) is not known to the repository; name a tag, a branch or a commit "
                    + "(`git log --oneline` lists them), or fetch it first"
        case .contentAbsent(let ref, let path):
            "the content folder \(path.isEmpty ? "(the repository root)" : path) does not exist at revision \(ref)"
        }
    }
}
