import DossierModel
import DossierSBOM

/// The SBOM components of the project, the `component` items that document
/// them, and the vulnerabilities that affect them with the threats that
/// assess each (docs/format.md, "Third-party software"). Built once by the
/// link stage; rules and pages only look things up.
public struct ThirdPartySoftware: Sendable {
    public struct Component: Sendable {
        /// Index into `documents`.
        public var document: Int
        public var component: SBOMComponent
        /// The live `component` item that documents it.
        public var documentedBy: Int?
    }

    public struct Vulnerability: Sendable {
        public var document: Int
        public var entry: SBOMVulnerability
        /// Indices into `components`: the refs that resolve, in order, once each.
        public var affects: [Int]
        /// Live threats that name it in `vulnerabilities`.
        public var assessedBy: [Int]
    }

    /// In the order dossier.yml lists them.
    public let documents: [SBOMDocument]
    /// Every SBOM component, file by file, in file order.
    public let components: [Component]
    public let vulnerabilities: [Vulnerability]
    /// Per `component` item: the SBOM components it documents.
    public let componentsByItem: [Int: [Int]]
    /// Per SBOM component: the vulnerabilities affecting it.
    public let vulnerabilitiesByComponent: [Int: [Int]]

    public static let empty = ThirdPartySoftware(documents: [], components: [], vulnerabilities: [],
                                                 componentsByItem: [:], vulnerabilitiesByComponent: [:])

    public var isEmpty: Bool { documents.isEmpty }

    init(documents: [SBOMDocument], components: [Component], vulnerabilities: [Vulnerability],
         componentsByItem: [Int: [Int]], vulnerabilitiesByComponent: [Int: [Int]]) {
        self.documents = documents
        self.components = components
        self.vulnerabilities = vulnerabilities
        self.componentsByItem = componentsByItem
        self.vulnerabilitiesByComponent = vulnerabilitiesByComponent
    }

    /// The path of the SBOM file that lists `component`.
    public func file(of component: Int) -> String { documents[components[component].document].path }
}
