import DossierLoad
import DossierModel
import DossierParse

extension NewItem {
    /// Which id `dossier new` gives the item.
    public enum IDChoice: Hashable, Sendable {
        /// The next free id of the series most items of the type use.
        case next
        /// The next free id of the series `prefix`, in the padding it uses
        /// (`SR-AUTH-` after SR-AUTH-003 gives SR-AUTH-004).
        case series(String)
        /// This id and no other.
        case exact(String)
    }

    /// Why the chosen id cannot be used; nothing is written.
    public enum Refusal: Error, Equatable, Sendable {
        /// Another item has the id (ids are unique across types, in any
        /// case), or a file of that name is in the way; `file` is relative
        /// to the content folder.
        case taken(id: String, file: String)
        /// The id is not one the parser accepts; `reason` is its message.
        case invalid(id: String, reason: String)
    }

    /// The id and path (relative to the content folder) of a new item of
    /// `type` in `folder`: the chosen id, or the first free one of the series.
    static func place(_ choice: IDChoice, type: ItemType, in folder: String,
                      inventory: ItemInventory) throws(Refusal) -> (id: String, path: String) {
        // Ids are unique across types and in any case; a file may exist that is no item yet.
        let taken = Set(inventory.entries.map { $0.id.lowercased() })
        func isFree(_ id: String) -> Bool {
            !taken.contains(id.lowercased()) && !inventory.files.contains(join(folder, id + ".md"))
        }
        var numbering: IDNumbering
        switch choice {
        case .exact(let id):
            guard isFree(id) else {
                let owner = inventory.entries.first { $0.id.lowercased() == id.lowercased() }
                throw .taken(id: id, file: owner?.file ?? join(folder, id + ".md"))
            }
            return (id, join(folder, id + ".md"))
        // A series is named across types: SR-AUTH-003 counts whatever its type.
        case .series(let prefix):
            numbering = IDNumbering(prefix: prefix, existingIDs: inventory.entries.map(\.id))
        case .next:
            numbering = IDNumbering(type: type, existingIDs: inventory.entries.filter { $0.type == type }.map(\.id))
        }
        var id = numbering.next()
        while !isFree(id) { id = numbering.next() }
        return (id, join(folder, id + ".md"))
    }

    /// Why `id` does not survive as the id of a new item's text, in the
    /// words `check` would use, or nil when it does. The parser owns the id
    /// rule, so the text is parsed rather than the rule written out twice.
    static func idProblem(in text: String, id: String, path: String) -> String? {
        let file = SourceFile(path: path, text: text, sha256: "", byteCount: text.utf8.count)
        let sources = ContentSources(root: .init(fileURLWithPath: "/"), configuration: nil, documents: [file],
                                     otherFiles: [:], errors: [])
        let parsed = ProjectParser().parse(sources)
        for error in parsed.errors {
            switch error {
            // The title is quoted, so only the id can break the YAML.
            case .invalidValue(_, "id", _, _), .missingField(_, "id", _, _), .frontMatterInvalid:
                return error.message
            default:
                continue
            }
        }
        // YAML drops a comment (`TH-1 # x`) and trailing blanks without complaint.
        if let read = parsed.items.first?.id, read != id { return "YAML reads it as '\(read)'" }
        return nil
    }
}
