import Foundation

/// Threat models written by the tools themselves, kept under
/// `Tests/DossierThreatModelTests/Models` (their origin and licence in its
/// NOTICE.md) so that no test downloads anything: three Threat Modeling
/// Tool `.tm7` files and Threat Dragon 2.x demos, with a 1.x model.
public enum ThreatModelFixture {
    public static let folder = PackageRoot.url.appendingPathComponent("Tests/DossierThreatModelTests/Models",
                                                                      isDirectory: true)

    public static let threatModelingToolFiles = ["MTMT_MVP.tm7", "MTMT_nested_tz_line.tm7", "test_model.tm7"]
    public static let threatDragonFiles = ["iot-device.json", "v2-threat-model.json", "three-tier-web-app.json",
                                           "test-reports.json", "v2-new-model.json"]

    public static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }
}
