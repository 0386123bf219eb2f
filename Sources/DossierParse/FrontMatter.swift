import DossierModel

/// A Markdown file split at its front-matter fences (docs/format.md, "Items").
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
            let reason = text.allSatisfy(\.isWhitespace)
                ? "the file is empty; a design input starts with a `---` line, then its front matter, a second `---` line and its text"
                : "the file must start with a `---` line that opens the front matter; every `.md` file under the "
                    + "content folder is read as a design input, so notes belong outside it"
            return .failure(.frontMatterInvalid(SourceLocation(file: file, line: 1), reason: reason))
        }
        let rest = lines.count > 1 ? lines.removeLast() : Substring("")
        // Lines are found by byte: a line feed is always a character of its
        // own, and walking characters was most of the time spent here.
        let bytes = rest.utf8
        var lineNumber = 2
        var lineStart = rest.startIndex
        while lineStart < rest.endIndex || lineStart == rest.startIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? rest.endIndex
            if isFence(rest[lineStart..<lineEnd]) {
                let bodyStart = lineEnd < rest.endIndex ? bytes.index(after: lineEnd) : lineEnd
                return .success(FrontMatter(yaml: rest[rest.startIndex..<lineStart], yamlFirstLine: 2,
                                            body: rest[bodyStart...], bodyFirstLine: lineNumber + 1))
            }
            if lineEnd == rest.endIndex { break }
            lineStart = bytes.index(after: lineEnd)
            lineNumber += 1
        }
        return .failure(.frontMatterInvalid(SourceLocation(file: file, line: 1),
                                            reason: "the front matter opened on line 1 has no closing `---` line"))
    }

    /// `---`, then only spaces and tabs. On bytes: a combining mark after
    /// any of them is a byte that is none of these, as it is a character
    /// that is none of them.
    private static func isFence(_ line: Substring) -> Bool {
        let bytes = line.utf8
        return bytes.starts(with: "---".utf8) && bytes.dropFirst(3).allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
