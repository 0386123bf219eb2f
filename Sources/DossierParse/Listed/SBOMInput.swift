import DossierLoad
import DossierModel
import DossierSBOM

/// The SBOM files of `sbom:` (docs/format.md, "Third-party software"). A
/// file that is not JSON is `unreadable-file` at the line of the fault,
/// with its column; one that is not a CycloneDX 1.4–1.6 or SPDX 2.3
/// document is `unreadable-file` at line 1, with what was expected.
public struct SBOMInput: ListedInput {
    public let key = "sbom"
    public let noun = "SBOM file"
    public let expected = "a CycloneDX or SPDX JSON file"

    public init() {}

    public func files(in configuration: ProjectConfiguration) -> [ListedFile] { configuration.sbomFiles }

    public func add(_ files: [ListedFileLoader.File], to project: inout ParsedProject) {
        for file in files {
            do {
                var document = try SBOMReader.read(file.contents, path: file.path)
                document.sha256 = file.sha256
                document.byteCount = file.contents.count
                project.sbomDocuments.append(document)
            } catch .notJSON {
                // Foundation names no place; the fault's line and column do.
                let bytes = [UInt8](file.contents)
                let fault = JSONSyntaxFault(in: bytes)
                let position = fault?.position(in: bytes)
                let detail = fault.map { "\(position!): \($0.problem)" } ?? "the decoder names no place"
                project.errors.append(.unreadableFile(SourceLocation(file: file.path, line: position?.line ?? 1),
                                                      reason: "the SBOM file \(file.path) "
                                                        + SBOMReadError.notJSON(detail).reason))
            } catch {
                project.errors.append(.unreadableFile(SourceLocation(file: file.path, line: 1),
                                                      reason: "the SBOM file \(file.path) \(error.reason)"))
            }
        }
    }
}
