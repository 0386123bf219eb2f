import DossierModel
import DossierSBOM

/// What the parse stage hands to the link stage.
public struct ParsedProject: Sendable {
    /// Nil when dossier.yml could not be read; then there are errors.
    public var configuration: ProjectConfiguration?
    /// Items in path order.
    public var items: [Item]
    public var errors: [InputError]
    /// Files with errors whose id is still known, so that links to them
    /// are not reported again as dangling.
    public var brokenItems: [BrokenItem]
    /// The SBOM files listed in dossier.yml, decoded, in the listed order.
    public var sbomDocuments: [SBOMDocument] = []
    /// Every file `dossier.yml` lists that could be read, for the manifest.
    public var listedFiles: [ListedFileRecord] = []

    public init(configuration: ProjectConfiguration?, items: [Item], errors: [InputError],
                brokenItems: [BrokenItem] = []) {
        self.configuration = configuration
        self.items = items
        self.errors = errors
        self.brokenItems = brokenItems
    }
}
