import DossierLoad
import DossierModel
import DossierSBOM

/// Decodes the SBOM files the load stage read (docs/format.md, "Third-party
/// software"). A file that is not JSON, or not a CycloneDX 1.4–1.6 or SPDX
/// 2.3 document, is `unreadable-file` at line 1, with what was expected.
public enum SBOMParser {
    public static func parse(_ files: [SBOMFileLoader.File]) -> (documents: [SBOMDocument], errors: [InputError]) {
        var documents: [SBOMDocument] = []
        var errors: [InputError] = []
        for file in files {
            do {
                var document = try SBOMReader.read(file.contents, path: file.path)
                document.sha256 = file.sha256
                document.byteCount = file.contents.count
                documents.append(document)
            } catch {
                errors.append(.unreadableFile(SourceLocation(file: file.path, line: 1),
                                              reason: "the SBOM file \(file.path) \(error.reason)"))
            }
        }
        return (documents, errors)
    }
}

extension ParsedProject {
    /// Adds the SBOM files that the load stage read for this project.
    public mutating func readSBOMs(_ loaded: (files: [SBOMFileLoader.File], errors: [InputError])) {
        let parsed = SBOMParser.parse(loaded.files)
        sbomDocuments = parsed.documents
        errors += loaded.errors + parsed.errors
    }
}
