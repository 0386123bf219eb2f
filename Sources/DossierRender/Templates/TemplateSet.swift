import DossierModel
import Foundation
import DossierMustache

/// The templates a build renders with: the built-in ones, compiled into the
/// binary, with any file of an override folder replacing the one of the same
/// name (`--templates DIR`, or `templates/` beside the content).
public struct TemplateSet: Sendable {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unreadable(path: String)
        case invalid(path: String, line: Int, column: Int?, reason: String)
        /// `--templates` names a folder that is not there: a typo would
        /// otherwise build with the built-in templates and say nothing.
        case missingFolder(path: String)

        public var description: String {
            switch self {
            case .unreadable(let path): "\(path):1: error: [template-invalid] the template cannot be read"
            case .invalid(let path, let line, let column, let reason):
                "\(path):\(line):\(column.map { "\($0):" } ?? "") error: [template-invalid] \(reason)"
            case .missingFolder(let path):
                "error: the templates folder \(path) does not exist or is not a folder; nothing was written"
            }
        }
    }

    let library: TemplateLibrary
    /// The text of each template, built in or override, for rendering in pieces.
    let sources: [String: String]
    /// Override files that replace no built-in template and that no template
    /// includes: most likely a misspelt name, which would change nothing.
    public let warnings: [String]

    /// The names of the built-in templates, which an override folder may replace.
    public static var builtinNames: [String] { BuiltinTemplates.all.keys.sorted() }

    public static func builtin() -> TemplateSet {
        // The built-in templates are tested; a parse failure is a programming error.
        try! TemplateSet(overrides: nil)
    }

    public init(overrides folder: URL?) throws(Failure) {
        var library = TemplateLibrary(contentTypes: [MarkdownContentType.name: MarkdownContentType()])
        var sources = BuiltinTemplates.all
        var origin: [String: String] = [:]
        if let folder {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue
            else { throw .missingFolder(path: folder.path) }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names.sorted() where name.hasSuffix(".mustache") {
                let path = folder.appendingPathComponent(name).path
                guard let data = FileManager.default.contents(atPath: path),
                      let text = String(data: data, encoding: .utf8) else { throw .unreadable(path: path) }
                let key = String(name.dropLast(".mustache".count))
                // The built-in copies end without the file's final line
                // breaks; an override ends the same way, so a copy of the
                // built-in templates renders byte for byte what they do.
                var trimmed = Substring(text)
                while trimmed.hasSuffix("\n") { trimmed = trimmed.dropLast() }
                sources[key] = String(trimmed)
                origin[key] = path
            }
        }
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            do throws(TemplateSyntaxError) {
                try library.register(text, named: name)
            } catch {
                throw .invalid(path: origin[name] ?? "templates/\(name).mustache", line: error.line,
                               column: error.column, reason: error.reason)
            }
        }
        self.library = library
        self.sources = sources
        warnings = Self.unused(origin, among: sources)
    }

    /// Warnings about overrides that would change nothing in silence: a
    /// file that replaces no built-in template and that no template includes
    /// (a misspelt name), and a partial an override includes that no
    /// template defines (Mustache renders nothing in its place).
    private static func unused(_ overrides: [String: String], among sources: [String: String]) -> [String] {
        let builtin = Set(BuiltinTemplates.all.keys)
        let included = sources.mapValues(partials(in:))
        let includedAnywhere = Set(included.values.joined())
        var warnings: [String] = []
        for (name, path) in overrides.sorted(by: { $0.key < $1.key })
        where !builtin.contains(name) && !includedAnywhere.contains(name) {
            warnings.append("warning: \(path) replaces no built-in template and no template includes it, so it "
                + "changes nothing" + EditDistance.hint(for: name, among: builtin.sorted()))
        }
        for (name, path) in overrides.sorted(by: { $0.key < $1.key }) {
            for partial in included[name] ?? [] where sources[partial] == nil {
                warnings.append("warning: \(path) includes `\(partial)`, which no template defines, so nothing shows "
                    + "in its place" + EditDistance.hint(for: partial, among: sources.keys.sorted()))
            }
        }
        return warnings
    }

    /// The names `{{> name}}` tags include, in order.
    private static func partials(in text: String) -> [String] {
        text.matches(of: #/\{\{>\s*([A-Za-z0-9_.-]+)\s*\}\}/#).map { String($0.1) }
    }

    /// Whether the template `name` is the built-in one, not an override.
    func isBuiltin(_ name: String) -> Bool {
        sources[name] != nil && sources[name] == BuiltinTemplates.all[name]
    }

    /// Renders a page; nil only if a template was removed by name, which the
    /// initializer prevents.
    func render(_ context: some TemplateValueConvertible, with name: String) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// The most text of a page held before it is handed on; a long document
    /// (dossier.html is 140 MB before its items at 100,000 items, and its
    /// template is one a user may replace) need not be held whole.
    static let partSize = 1 << 16

    /// Renders a page and hands its text to `take` a part at a time, each
    /// part ending after one of the template's top-level tags.
    func render(_ context: some TemplateValueConvertible, with name: String, partSize: Int = partSize,
                inPieces take: (String) throws -> Void) rethrows {
        try library.render(context, withTemplate: name, partSize: partSize, to: take)
    }
}
