/// The clean project with real SBOM files listed under `sbom:` and
/// `component` items documenting their packages, for tests of the
/// third-party software rules and outputs.
public enum SBOMProject {
    /// The PyPI packages of `flask-app.cdx.json` (and of `flask-app-1.4.cdx.json`).
    public static let flaskAppPackages = [
        "blinker", "certifi", "charset-normalizer", "click", "flask", "idna", "itsdangerous", "jinja2",
        "markupsafe", "pip", "pyjwt", "requests", "setuptools", "urllib3", "werkzeug",
    ]

    /// The clean project; `sbom` maps content paths to fixture names, listed
    /// under `sbom:` in that order; one `component` item per package of
    /// `documenting` (a versionless purl, maintained, supported to 2030);
    /// `configuration` lines are added to dossier.yml; `text`'s blocks last.
    public static func files(sbom: [(path: String, fixture: String)] = [("sbom/app.cdx.json", "flask-app.cdx.json")],
                             documenting packages: [String] = flaskAppPackages,
                             configuration: String = "", adding text: String = "") throws -> [String: String] {
        var files = CleanProject.files
        files["dossier.yml"] = ProjectFixture.minimalConfiguration + "\n" + configuration
            + (sbom.isEmpty ? "" : "\nsbom:\n" + sbom.map { "  - \($0.path)\n" }.joined())
        for entry in sbom { files[entry.path] = try SBOMFixture.text(entry.fixture) }
        for (offset, package) in packages.enumerated() {
            files["components/CMP-\(offset + 1).md"] = component(offset + 1, purl: "pkg:pypi/\(package)")
        }
        return files.merging(ProjectFixture.files(in: text)) { _, new in new }
    }

    /// A `component` item; `fields` are extra front-matter lines. Without
    /// `category` (nil) it has no `software_category`.
    public static func component(_ number: Int, purl: String, support: String = "maintained",
                                 endOfSupport: String? = "2030-06-30", category: String? = "maintained",
                                 fields: String = "") -> String {
        """
        ---
        id: CMP-\(number)
        type: component
        title: Component \(number)
        purl: \(purl)
        support: \(support)
        \(endOfSupport.map { "end_of_support: \($0)\n" } ?? "")\(category.map { "software_category: \($0)\n" } ?? "")\(fields)---
        Used by the app.

        """
    }
}
