import DossierModel

/// What the parse stage hands to the link stage.
public struct ParsedProject: Sendable {
    /// Nil when dossier.yml could not be read; then there are errors.
    public var configuration: ProjectConfiguration?
    /// Items in path order.
    public var items: [Item]
    public var errors: [InputError]

    public init(configuration: ProjectConfiguration?, items: [Item], errors: [InputError]) {
        self.configuration = configuration
        self.items = items
        self.errors = errors
    }
}
