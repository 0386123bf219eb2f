import DossierModel

/// The file `dossier new` writes: the next free id of its type, in the
/// folder where the project keeps that type, with the type's skeleton.
public struct NewItem: Hashable, Sendable {
    public var type: ItemType
    public var id: String
    /// Relative to the content folder.
    public var path: String
    public var text: String

    /// Plans a new item of `type` for a project with `inventory`, with the
    /// next free id of the type's series or the id the author chose.
    public init(type: ItemType, title: String, inventory: ItemInventory, id choice: IDChoice = .next)
        throws(Refusal)
    {
        let ofType = inventory.entries.filter { $0.type == type }
        let folder = Self.folder(for: type, existing: ofType.map(\.file))
        let (id, path) = try Self.place(choice, type: type, in: folder, inventory: inventory)
        let order = (ofType.compactMap(\.order).max() ?? 0).rounded(.down) + 1
        self.type = type
        self.id = id
        self.path = path
        // A title is one line; the parser folds white space the same way.
        let title = title.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        self.text = ItemSkeleton(type: type, id: id, title: title, phases: inventory.phases, order: order).text
        if choice != .next, let problem = Self.idProblem(in: text, id: id, path: path) {
            throw .invalid(id: id, reason: problem)
        }
    }

    /// The folder the example project uses for each type.
    public static func usualFolder(for type: ItemType) -> String { type.declaration.folder }

    /// Where most items of the type already are; the usual folder when there
    /// are none or it ties for most. "" is the content folder itself.
    static func folder(for type: ItemType, existing files: [String]) -> String {
        let usual = usualFolder(for: type)
        var counts: [String: Int] = [:]
        for file in files {
            let folder = file.split(separator: "/").dropLast().joined(separator: "/")
            counts[folder, default: 0] += 1
        }
        guard let most = counts.values.max() else { return usual }
        if counts[usual] == most { return usual }
        return counts.filter { $0.value == most }.keys.min(by: ByteOrder.precedes)!
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder + "/" + name
    }
}
