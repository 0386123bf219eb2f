import ArgumentParser
import DossierModel

/// `dossier`: the root command. Subcommands do the work.
public struct DossierCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: DossierTool.name,
        abstract: "Build a security design-input dossier from Markdown design inputs, and find the gaps an auditor would.",
        discussion: """
            Design inputs are Markdown files with YAML front matter under a content folder, with a \
            dossier.yml. `check` reports errors and findings (IEC 81001-5-1, IEC 62304, ISO 14971); \
            `build` renders the dossier.

            Examples:
              dossier init my-device && cd my-device
              dossier check
              dossier new security-requirement "Hub rejects unsigned firmware"
              dossier build   # then open output/site/index.html
              dossier explain unmitigated-threat

            Exit status: 0 done, 1 findings at or above --fail-on (check), 2 input errors, 64 wrong usage.
            """,
        version: DossierTool.version,
        subcommands: [CheckCommand.self, BuildCommand.self, DiffCommand.self, InitCommand.self, NewCommand.self,
                      SchemaCommand.self, ExplainCommand.self, ServeCommand.self])

    public init() {}
}
