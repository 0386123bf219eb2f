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
}
