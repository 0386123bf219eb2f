import ArgumentParser
import DossierScaffold
import Foundation

/// `dossier init [DIR]`: writes a small project that checks clean, and
/// refuses to touch a folder that already has any of its files.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a dossier project with a small example that checks clean.",
        discussion: """
            Writes content/dossier.yml, a few items of every type under content/, a short \
            README-dossier.md and a .gitignore for the build output into DIR (default: the current \
            folder), creating DIR if needed. An existing .gitignore is left as it is.

            With --empty it writes only content/dossier.yml, with the product and document to \
            fill in, and the .gitignore.

            It never replaces a file: if any of these files exists, or DIR/content already holds \
            files, it writes nothing, lists what is in the way and exits with status 2.

            Examples:
              dossier init
              dossier init infusion-pump && cd infusion-pump && dossier check
              dossier init --empty
            """)

    @Argument(help: ArgumentHelp("The project folder.", valueName: "dir"))
    var directory: String = "."

    @Flag(help: "Write only dossier.yml and .gitignore, no example items.")
    var empty = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    func run() throws {
        let console = Console.standardError()
        let written: [String]
        do throws(StarterProject.WriteError) {
            written = try StarterProject.write(into: URL(fileURLWithPath: directory), empty: empty)
        } catch {
            switch error {
            case .existing(let paths):
                let place = directory == "." ? "This folder" : directory
                console.error("\(place) already has dossier files; nothing was written. Move them away "
                    + "or choose another folder:")
                for path in paths { console.write("  \(path)") }
            case .notAFolder(let path):
                console.error("\(path) is a file, not a folder; nothing was written")
            case .cannotWrite(let path, let reason, let written):
                console.error("cannot write \(path): \(reason)")
                if !written.isEmpty { console.write("These files were written before it:") }
                for path in written { console.write("  \(path)") }
            }
            throw ExitCode(2)
        }
        guard !quiet else { return }
        if !written.contains(StarterProject.gitIgnore.path) {
            console.note("\(displayPath(StarterProject.gitIgnore.path)) was already there and is left as it is; "
                + "add `output/` to it so that build output is not committed")
        }
        var lines = [directory == "." ? "Created a dossier project here:" : "Created a dossier project in \(directory):"]
        lines += written.map { "  \($0)" }
        // From inside the project, as `build` writes output/ beside the
        // content folder of where it runs: `--content DIR/content` from the
        // parent put output/ outside the project and its .gitignore.
        let next = empty ? "dossier new threat \"First threat\"" : "dossier check"
        let check = directory == "." ? next : "cd \(Self.shellWord(directory)) && \(next)"
        lines += ["", "Next: \(check)", ""]
        Console.writeStandardOutput(lines.joined(separator: "\n"))
    }

    /// A folder name as the shell reads it: quoted when it holds more than
    /// letters, digits and `-_./`.
    static func shellWord(_ text: String) -> String {
        let plain = text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0) }
        return plain ? text : "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private func displayPath(_ path: String) -> String {
        directory == "." ? path : directory + "/" + path
    }
}
