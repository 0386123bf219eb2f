extension ItemType {
    /// Link fields of which an item of the type must fill at least one: a
    /// verification verifies a requirement or attacks a threat, or it is
    /// evidence of nothing (docs/format.md, "verification").
    public var linkFieldsOneOfWhichIsRequired: [LinkField]? {
        switch self {
        case .verification: [.verifies, .threats]
        default: nil
        }
    }

    /// Fields of which an item of the type must fill at least one, links or
    /// not: a component names its SBOM components by `purl` or by `name`.
    /// The field reference and the schema say so, as `check` does.
    public var fieldsOneOfWhichIsRequired: [String]? {
        if let links = linkFieldsOneOfWhichIsRequired { return links.map(\.rawValue) }
        return self == .component ? ["purl", "name"] : nil
    }
}
