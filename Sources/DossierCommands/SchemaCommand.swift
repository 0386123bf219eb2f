import ArgumentParser
import DossierRender

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

    func run() {
        Console.writeStandardOutput(FrontMatterSchema.render())
    }
}
