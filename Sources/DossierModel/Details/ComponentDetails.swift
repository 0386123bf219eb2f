/// A `component` item documents third-party software (SOUP, IEC 62304
/// §8.1.2) that the SBOM files list: by `purl`, else by `name`.
public struct ComponentDetails: ItemDetailsType {
    public var purl: String?
    public var name: String?
    public var support: SupportLevel?
    public var endOfSupport: String?
    public var supplier: String?
    public var rationale: String?
    public var softwareCategory: SoftwareCategory?
    public init() {}

    /// A new component documents the SBOM components named like its title,
    /// and its support stays an open question until someone asks.
    public static let declaration = ItemTypeDeclaration(
        "Component", plural: "Third-party components", idPrefix: "CMP-", folder: "components",
        skeletonBody: "What the component does in the product, where it runs, and how its vulnerabilities are monitored.",
        skeletonValues: ["name": .title, "support": .yaml(SupportLevel.unknown.rawValue)],
        newHint: "set `purl` (or `name`) to the SBOM components it documents, and `support` with `end_of_support`")

    public static let fields: [ItemField<Self>] = [
        .text("purl", \.purl, label: "Package URL",
              help: "Which SBOM components it documents; without @version, every version. This or name is required."),
        .text("name", \.name, label: "Name", help: "Without purl: the SBOM component name, any case."),
        .choice("support", \.support, label: "Level of support",
                help: "Who maintains it (FD&C Act §524B(b)(3)).", required: true),
        .date("end_of_support", \.endOfSupport, label: "End of support", help: "When its support ends."),
        .text("supplier", \.supplier, label: "Supplier", help: "Who supplies it."),
        .text("rationale", \.rationale, label: "Rationale", help: "Why it is used, how it is monitored."),
        .choice("software_category", \.softwareCategory, label: "Software category",
                help: "Who carries its security risk (IEC 81001-5-1 ISH1:2025): maintained (the manufacturer ships its "
                    + "updates), supported (the manufacturer tells customers of its risks) or required (the "
                    + "responsible organisation provides and maintains it)."),
        .link(.assets, help: "The assets it runs on or handles.", reverse: "Third-party software"),
    ]

    public var wrapped: ItemDetails { .component(self) }
}
