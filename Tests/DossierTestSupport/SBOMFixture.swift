import Foundation

/// SBOMs made by the ecosystems' own generators, kept under `SBOM/` so that
/// no test downloads anything: `flask-app.cdx.json` (cyclonedx-py 1.6, with
/// the product as `metadata.component`), `flask-app-1.4.cdx.json` (the same
/// environment, spec 1.4, with a serial number), `hub-updater.spdx.json`
/// (spdx-tools, SPDX 2.3) and `flask-app.vex.cdx.json` (cyclonedx-python-lib,
/// vulnerabilities with analyses, one by BOM-Link into the 1.4 file).
public enum SBOMFixture {
    public static let folder = PackageRoot.url.appendingPathComponent("Tests/DossierTestSupport/SBOM", isDirectory: true)

    public static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    public static func text(_ name: String) throws -> String {
        String(decoding: try data(name), as: UTF8.self)
    }
}
