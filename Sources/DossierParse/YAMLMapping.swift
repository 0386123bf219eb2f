import DossierModel
import Foundation
import Yams

/// Composes a YAML block into its top-level mapping, turning every failure
/// into `front-matter-invalid` (or `config-invalid`) at the line where the
/// YAML broke.
enum YAMLMapping {
    enum Failure: Error {
        case invalid(line: Int, reason: String)
    }

    /// - Parameter firstLine: the file line of the block's first line.
    static func compose(_ yaml: Substring, firstLine: Int) -> Result<Node.Mapping, Failure> {
        if let problem = YAMLGuard.problem(in: yaml) {
            return .failure(.invalid(line: firstLine + problem.line - 1, reason: problem.reason))
        }
        let node: Node?
        do {
            // The basic resolver reads every scalar as text: this project types
            // values itself (yes/no, numbers), and the default resolver's regular
            // expressions were a third of the parse time.
            node = try Yams.compose(yaml: String(yaml), .basic, .default, .utf8)
        } catch let error as YamlError {
            let (line, reason) = describe(error, firstLine: firstLine)
            // libyaml says "found character that cannot start any token" for
            // a tab in the indentation, which no author recognises.
            if let tabLine = firstTabIndentedLine(in: yaml, through: max(line, 1)) {
                let fileLine = firstLine + tabLine - 1
                return .failure(.invalid(line: fileLine, reason: "line \(fileLine) is indented with a tab; "
                    + "YAML indents with spaces"))
            }
            if reason.contains("mapping values are not allowed"),
               let quoted = quotedValue(ofLine: max(line, 1), in: yaml) {
                let fileLine = firstLine + max(line, 1) - 1
                return .failure(.invalid(line: fileLine, reason: "line \(fileLine) has `: ` inside the value of "
                    + "`\(quoted.key)`, which YAML reads as another key; put the value in quotes: `\(quoted.line)`"))
            }
            if reason.contains("mapping values are not allowed") || reason.contains("could not find expected ':'"),
               let keyLine = lineWithoutColon(in: yaml, before: max(line, 1)) {
                let fileLine = firstLine + keyLine.number - 1
                return .failure(.invalid(line: fileLine, reason: "line \(fileLine) (`\(keyLine.text)`) has no `:` "
                    + "after its key; write it as `key: value`"))
            }
            return .failure(.invalid(line: firstLine + max(line, 1) - 1, reason: reason))
        } catch {
            return .failure(.invalid(line: firstLine, reason: "\(error)"))
        }
        guard let node else {
            return .failure(.invalid(line: firstLine, reason: "it is empty; it must be a mapping of fields"))
        }
        guard case .mapping(let mapping) = node else {
            return .failure(.invalid(line: firstLine + (node.mark?.line ?? 1) - 1,
                                     reason: "it is not a mapping of `field: value` lines"))
        }
        return .success(mapping)
    }

    /// libyaml reports `id TH-002` followed by `type: threat` as a colon
    /// where none may be, or one not found, a line after the one to fix:
    /// the nearest top-level line before `line` that has no colon at all.
    static func lineWithoutColon(in yaml: Substring, before line: Int) -> (number: Int, text: String)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for number in stride(from: min(line - 1, lines.count), through: max(line - 2, 1), by: -1) {
            let text = lines[number - 1].hasSuffix("\r") ? lines[number - 1].dropLast() : lines[number - 1]
            if let first = text.first, !" \t-#".contains(first), !text.contains(":") { return (number, String(text)) }
        }
        return nil
    }

    /// `title: Integrity: plan altered` written as it should be,
    /// `title: "Integrity: plan altered"`, when line `number` of the block
    /// is a key whose plain value holds `: `; nil for any other line.
    static func quotedValue(ofLine number: Int, in yaml: Substring) -> (key: String, line: String)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard number <= lines.count else { return nil }
        var text = lines[number - 1]
        if text.hasSuffix("\r") { text = text.dropLast() }
        let indent = text.prefix { $0 == " " || $0 == "-" }
        let rest = text.dropFirst(indent.count)
        guard let separator = rest.range(of: ": ") else { return nil }
        let key = rest[..<separator.lowerBound]
        let value = rest[separator.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty, !key.contains(where: { "\"'#[]{}".contains($0) }), value.contains(": "),
              let first = value.first, !"\"'[{|>&*!#%@`".contains(first) else { return nil }
        // Double quotes read every character as written except `"` and `\`.
        let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return (String(key), "\(indent)\(key): \"\(escaped)\"")
    }

    /// The 1-based line of the block, at or before `last`, whose leading
    /// white space holds a tab.
    static func firstTabIndentedLine(in yaml: Substring, through last: Int) -> Int? {
        var line = 1
        var atLineStart = true
        for byte in yaml.utf8 {
            if line > last { return nil }
            switch byte {
            case 0x0A:
                line += 1
                atLineStart = true
            case 0x09 where atLineStart:
                return line
            case 0x20 where atLineStart:
                break
            default:
                atLineStart = false
            }
        }
        return nil
    }

    /// The block line of the failure and what to tell the author; lines in
    /// the text are the file's (the block starts at `firstLine`).
    private static func describe(_ error: YamlError, firstLine: Int) -> (line: Int, reason: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // libyaml notices an unclosed `[` or quote on a later line than
            // the one to fix; its context says where the construct began.
            let detail = context.map { context in
                context.mark.line < mark.line
                    ? "\(problem) (\(context.text), which starts on line \(firstLine + context.mark.line - 1))"
                    : "\(problem) (\(context.text))"
            } ?? problem
            return (mark.line, "YAML syntax error: \(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return (context.mark.line, "the key `\(duplicates.joined(separator: "`, `"))` appears more than once")
        case .reader(let problem, _, _, _):
            return (1, "YAML cannot be read: \(problem)")
        default:
            return (1, "YAML error: \(error)")
        }
    }
}
