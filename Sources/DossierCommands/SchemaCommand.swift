import ArgumentParser
import DossierModel
import Foundation

/// `dossier schema`: prints the JSON Schema of item front matter.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a JSON Schema (draft 2020-12) for item front matter.",
        discussion: """
            For editors and linters that check YAML against a JSON Schema: field names, allowed \
            values and required fields of every item type. `dossier check` stays the authority; \
            it also checks what a schema cannot, such as links and the project's phases.

            Examples:
              dossier schema > dossier-front-matter.schema.json
              dossier schema | python3 -m json.tool > /dev/null
            """)

    /// docs/format.md with its field tables regenerated, for `make docs`:
    /// the same field declarations as the schema.
    @Option(name: .customLong("format-reference"), help: .hidden)
    var formatReference: String?

    func run() throws {
        guard let formatReference else { return Console.writeStandardOutput(FrontMatterSchema.render()) }
        let document = try String(contentsOfFile: formatReference, encoding: .utf8)
        guard let updated = FieldReference.updating(document) else {
            throw ValidationError("\(formatReference) has no generated field region")
        }
        Console.writeStandardOutput(updated)
    }
}
