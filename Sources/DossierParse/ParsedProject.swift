import DossierModel
import DossierSBOM
import DossierThreatModel

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
    /// The threat-model files listed in dossier.yml, decoded, in the listed order.
    public var threatModels: [ThreatModelDocument] = []
    /// The prefixes of listed model files that could not be read: their
    /// threats' ids are unknown, and links to them raise no second error.
    public var unreadableModelPrefixes: [String] = []
    /// Markdown threats without `title` or `phases`: overlays when their id
    /// is an imported threat's, else items with those errors.
    public var pendingOverlays: [PendingOverlay] = []

    public init(configuration: ProjectConfiguration?, items: [Item], errors: [InputError],
                brokenItems: [BrokenItem] = []) {
        self.configuration = configuration
        self.items = items
        self.errors = errors
        self.brokenItems = brokenItems
    }
}

/// A Markdown threat that is complete only as an overlay.
public struct PendingOverlay: Sendable {
    public var item: Item
    /// What it lacks when it is no overlay: `title`, `phases`.
    public var errors: [InputError]
}
