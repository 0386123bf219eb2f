/// What the tool knows of one item type besides its fields: how a reader
/// calls it, and what `dossier new` writes for it. Each type declares it
/// once, in its details beside its fields (`ItemDetailsType.declaration`),
/// as swift-docc declares each node kind in one line; the titles, the id
/// series, the folder, the skeleton and its hint are read from there.
public struct ItemTypeDeclaration: Sendable {
    /// "Threat": an item's heading, the schema's title.
    public let singularTitle: String
    /// "Threats": the chapter and the sidebar.
    public let pluralTitle: String
    /// The series `dossier new` numbers a project's first item of the type in: "TH-".
    public let idPrefix: String
    /// The folder `dossier new` puts a project's first item of the type in.
    public let folder: String
    /// The body `dossier new` writes: what the author is to say.
    public let skeletonBody: String
    /// Values `dossier new` writes in place of a field's default, by field name.
    public let skeletonValues: [String: SkeletonValue]
    /// What a new item still needs before `check` is clean; nil when nothing.
    public let newHint: String?

    public init(_ singularTitle: String, plural pluralTitle: String, idPrefix: String, folder: String,
                skeletonBody: String, skeletonValues: [String: SkeletonValue] = [:], newHint: String? = nil) {
        self.singularTitle = singularTitle
        self.pluralTitle = pluralTitle
        self.idPrefix = idPrefix
        self.folder = folder
        self.skeletonBody = skeletonBody
        self.skeletonValues = skeletonValues
        self.newHint = newHint
    }
}

/// A value `dossier new` writes for a field.
public enum SkeletonValue: Sendable, Hashable {
    /// The new item's title, quoted.
    case title
    /// YAML as written; a value that starts with a line break is written
    /// on the lines under the key.
    case yaml(String)
}
