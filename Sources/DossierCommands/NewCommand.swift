import ArgumentParser
import DossierModel
import DossierScaffold
import Foundation

/// `dossier new TYPE "Title"`: writes a new item with the next free id and
/// prints its path, so it can go straight to an editor.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new item with the next free id and print its path.",
        discussion: """
            The file goes where the project keeps most items of its type (\(usualFolders) when there are none yet), \
            named after the next free id: SR-001 … SR-030 give SR-031. The front matter has every \
            field of the type with its allowed values in comments; fill in the links.

            Types: \(ItemType.allCases.map(\.rawValue).joined(separator: ", ")).

            Examples:
              dossier new threat "Replay of a dose command over Bluetooth"
              dossier new security-requirement "Dose commands carry a monotonic counter"
              $EDITOR "$(dossier new hazard 'Insulin overdose')"
              dossier new security-requirement "Sessions expire" --prefix SR-AUTH-
              dossier new threat "Rogue pump hub" --id TH-HUB-1
            """)

    /// "threats/, security/, …": each type's folder, as its declaration names it.
    private static var usualFolders: String {
        ItemType.allCases.map { NewItem.usualFolder(for: $0) + "/" }.joined(separator: ", ")
    }

    @Argument(help: "The item type.")
    var type: String

    @Argument(help: "The title, one line.")
    var title: String

    @OptionGroup var content: ContentOption

    @Option(name: .long, help: ArgumentHelp("This id instead of the next free one.", valueName: "id"))
    var id: String?

    @Option(name: .long, help: ArgumentHelp(
        "The next free id of this series instead of the type's usual one "
            + "(SR-AUTH- after SR-AUTH-003 gives SR-AUTH-004).",
        valueName: "prefix"))
    var prefix: String?

    @Flag(name: .shortAndLong, help: "Print only the path.")
    var quiet = false

    func validate() throws {
        guard ItemType(rawValue: type) != nil else {
            let types = ItemType.allCases.map(\.rawValue)
            let meant = EditDistance.closest(to: type.lowercased(), among: types, within: 2)
            throw ValidationError("unknown item type '\(type)'" + (meant.map { "; did you mean '\($0)'?" } ?? "")
                + "; use one of: " + types.joined(separator: ", "))
        }
        guard title.contains(where: { !$0.isWhitespace }) else {
            throw ValidationError("the title is empty; give the item a one-line title")
        }
        guard id == nil || prefix == nil else {
            throw ValidationError("--id and --prefix both choose the id; give one of them")
        }
    }

    func run() throws {
        let console = Console.standardError()
        let folder = URL(fileURLWithPath: content.path)
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent(ProjectConfiguration.fileName).path)
        else {
            console.error("\(displayPath(ProjectConfiguration.fileName)) not found; run `dossier init` to start a "
                + "project, or pass --content with the folder that holds dossier.yml")
            throw ExitCode(2)
        }
        let item: NewItem
        do throws(NewItem.Refusal) {
            item = try NewItem(type: ItemType(rawValue: type)!, title: title,
                               inventory: ItemInventory.read(contentFolder: folder), id: idChoice)
        } catch {
            switch error {
            case .taken(let id, let file):
                console.error("\(id) is taken by \(displayPath(file)); ids are unique across types, in any case. "
                    + "Nothing was written")
            case .invalid(let id, let reason):
                console.error("'\(id)' cannot be an id: \(reason). Nothing was written")
            }
            throw ExitCode(2)
        }
        let target = folder.appendingPathComponent(item.path)
        do {
            try NewFile.write(item.text, to: target)
        } catch {
            console.error("cannot write \(displayPath(item.path)): \(error.localizedDescription)")
            throw ExitCode(2)
        }
        Console.writeStandardOutput(displayPath(item.path) + "\n")
        if !quiet, let hint = Self.hint(for: item.type) { console.note(hint) }
    }

    private var idChoice: NewItem.IDChoice {
        if let id { return .exact(id) }
        if let prefix { return .series(prefix) }
        return .next
    }

    /// The path as the user would type it: relative to where they ran the command.
    private func displayPath(_ path: String) -> String {
        content.folder.path(of: path)
    }

    /// What the new item still needs before `check` is clean.
    static func hint(for type: ItemType) -> String? { type.declaration.newHint }
}
