import Foundation

/// The package's own folder, found from this source file, for tests that
/// read the example product under `content/`.
public enum PackageRoot {
    public static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // DossierTestSupport
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    /// The example product (GlucoLink) the repository ships.
    public static var exampleContent: URL { url.appendingPathComponent("content", isDirectory: true) }
}
