import DossierMustache

/// The "Third-party software" chapter (IEC 62304 §8.1.2; FDA guidance
/// §V.A.4): each `component` item with the SBOM components it documents,
/// its support, and the known vulnerabilities of those components.
struct SoftwareChapterView: Sendable {
    var components: [ComponentView]
    var hasComponents: Bool
    /// The same components by IEC 81001-5-1 software category, the
    /// uncategorised last; categories without a component are left out.
    var categories: [SoftwareCategoryGroupView]
    /// SBOM components no item documents: each is a finding, listed here so
    /// the chapter accounts for the whole SBOM.
    var undocumented: [SBOMComponentView]
    var hasUndocumented: Bool
    /// The known vulnerabilities of every SBOM component, documented ones
    /// first (in item order), then those of undocumented components: a
    /// reviewer looks here for each one, whoever documents its component.
    var vulnerabilities: [VulnerabilityView]
    var hasVulnerabilities: Bool
    var sbomFiles: [String]
    var hasSBOMFiles: Bool
    /// "15 SBOM components in 2 files".
    var summaryText: String
    /// "documented by 5 component items".
    var componentsText: String
}

extension SoftwareChapterView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "components": TemplateValue(self.components)
        case "hasComponents": TemplateValue(self.hasComponents)
        case "categories": TemplateValue(self.categories)
        case "undocumented": TemplateValue(self.undocumented)
        case "hasUndocumented": TemplateValue(self.hasUndocumented)
        case "vulnerabilities": TemplateValue(self.vulnerabilities)
        case "hasVulnerabilities": TemplateValue(self.hasVulnerabilities)
        case "sbomFiles": TemplateValue(self.sbomFiles)
        case "hasSBOMFiles": TemplateValue(self.hasSBOMFiles)
        case "summaryText": TemplateValue(self.summaryText)
        case "componentsText": TemplateValue(self.componentsText)
        default: .null
        }
    }
}
