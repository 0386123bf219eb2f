import DossierModel

/// A Markdown file split at its front-matter fences (SPEC §2.2).
struct FrontMatter {
    var yaml: Substring
    /// The file line of the first YAML line (the line after the opening `---`).
    var yamlFirstLine: Int
    var body: Substring
    /// The file line of the first body line.
    var bodyFirstLine: Int

    /// Splits `text`, which has LF line endings and no BOM.
    static func split(_ text: String, file: String) -> Result<FrontMatter, InputError> {
        var lines = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first) else {
            return .failure(.frontMatterInvalid(SourceLocation(file: file, line: 1),
                                                reason: "the file must start with a `---` line that opens the front matter"))
        }
        let rest = lines.count > 1 ? lines.removeLast() : Substring("")
        var lineNumber = 2
        var lineStart = rest.startIndex
        while lineStart < rest.endIndex || lineStart == rest.startIndex {
            let lineEnd = rest[lineStart...].firstIndex(of: "\n") ?? rest.endIndex
            if isFence(rest[lineStart..<lineEnd]) {
                let bodyStart = lineEnd < rest.endIndex ? rest.index(after: lineEnd) : lineEnd
                return .success(FrontMatter(yaml: rest[rest.startIndex..<lineStart], yamlFirstLine: 2,
                                            body: rest[bodyStart...], bodyFirstLine: lineNumber + 1))
            }
            if lineEnd == rest.endIndex { break }
            lineStart = rest.index(after: lineEnd)
            lineNumber += 1
        }
        return .failure(.frontMatterInvalid(SourceLocation(file: file, line: 1),
                                            reason: "the front matter opened on line 1 has no closing `---` line"))
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.hasPrefix("---") && line.dropFirst(3).allSatisfy { $0 == " " || $0 == "\t" }
    }
}
