/// Paths inside the content folder: relative, `/`-separated, normalised.
public enum ContentPath {
    /// Resolves `destination` against the folder of `file`; nil when the
    /// result is absolute or climbs out of the content folder.
    public static func resolve(_ destination: String, from file: String) -> String? {
        guard !destination.hasPrefix("/") else { return nil }
        var parts = file.split(separator: "/").dropLast().map(String.init)
        for part in destination.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// A relative path from the folder of `file` to `target`, both content paths.
    public static func relative(from file: String, to target: String) -> String {
        let fromParts = file.split(separator: "/").dropLast()
        let toParts = target.split(separator: "/")
        var common = 0
        while common < fromParts.count, common < toParts.count - 1,
              fromParts[fromParts.startIndex + common] == toParts[common] {
            common += 1
        }
        let up = Array(repeating: "..", count: fromParts.count - common)
        return (up + toParts[common...].map(String.init)).joined(separator: "/")
    }
}
