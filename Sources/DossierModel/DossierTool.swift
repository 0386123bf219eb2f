/// The tool itself, as every output names it: tool validation (ISO 13485
/// §4.1.6) needs to know which version produced a record.
public enum DossierTool {
    public static let name = "dossier"
    public static let version = "2.0.0"

    /// "dossier 2.0.0", as the outputs print it.
    public static var nameAndVersion: String { "\(name) \(version)" }
}
