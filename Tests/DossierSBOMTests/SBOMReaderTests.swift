import DossierSBOM
import DossierTestSupport
import Foundation
import Testing

@Suite struct SBOMReaderTests {
    @Test func readsACycloneDX16BOMFromCycloneDXPy() throws {
        let document = try SBOMReader.read(try SBOMFixture.data("flask-app.cdx.json"), path: "app.cdx.json")
        #expect(document.format == .cycloneDX)
        #expect(document.specVersion == "1.6")
        let requests = try #require(document.components.first { $0.name == "requests" })
        #expect(requests.version == "2.32.3")
        #expect(requests.purl == "pkg:pypi/requests@2.32.3")
        #expect(requests.reference == "requests==2.32.3")
        #expect(requests.licence == "Apache-2.0")
        #expect(document.components.count == 15)
    }

    @Test func theProductInMetadataIsNoComponent() throws {
        let document = try SBOMReader.read(try SBOMFixture.data("flask-app.cdx.json"), path: "app.cdx.json")
        #expect(!document.components.contains { $0.name == "glucolink-clinician-api" })
    }

    @Test func readsSpecVersion14WithItsSerialNumber() throws {
        let document = try SBOMReader.read(try SBOMFixture.data("flask-app-1.4.cdx.json"), path: "old.cdx.json")
        #expect(document.specVersion == "1.4")
        #expect(document.serialNumber == "urn:uuid:7cff6be1-777c-4c17-adf1-23656c3d9398")
        #expect(document.components.count == 15)
    }

    @Test func readsNestedComponentsButNothingInsideTheProduct() throws {
        let json = """
            {"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
             "metadata": {"component": {"name": "pump-hub", "components": [{"name": "hub-bootloader"}]}},
             "components": [{"name": "zephyr", "version": "3.6.0", "supplier": {"name": "Linux Foundation"},
                             "licenses": [{"expression": "Apache-2.0"}],
                             "components": [{"name": "mbedtls", "version": "3.5.2",
                                             "purl": "pkg:github/Mbed-TLS/mbedtls@v3.5.2"}]}]}
            """
        let document = try SBOMReader.read(Data(json.utf8), path: "hub.cdx.json")
        #expect(document.components.map(\.name) == ["zephyr", "mbedtls"])
        #expect(document.components[0].supplier == "Linux Foundation")
        #expect(document.components[0].licence == "Apache-2.0")
    }

    @Test func readsAnSPDX23DocumentFromSPDXTools() throws {
        let document = try SBOMReader.read(try SBOMFixture.data("hub-updater.spdx.json"), path: "hub.spdx.json")
        #expect(document.format == .spdx)
        let requests = try #require(document.components.first { $0.name == "requests" })
        #expect(requests.version == "2.32.3")
        #expect(requests.purl == "pkg:pypi/requests@2.32.3")
        #expect(requests.reference == "SPDXRef-Package-requests-2.32.3")
    }

    @Test func whatTheSPDXDocumentDescribesIsNoComponent() throws {
        let document = try SBOMReader.read(try SBOMFixture.data("hub-updater.spdx.json"), path: "hub.spdx.json")
        #expect(!document.components.contains { $0.name == "glucolink-hub-updater" })
        #expect(document.components.count == 13)
    }

    @Test func documentDescribesExcludesToo() throws {
        let json = """
            {"spdxVersion": "SPDX-2.3", "documentDescribes": ["SPDXRef-fw"],
             "packages": [{"SPDXID": "SPDXRef-fw", "name": "hub-firmware"},
                          {"SPDXID": "SPDXRef-lwip", "name": "lwip", "versionInfo": "2.2.0",
                           "supplier": "Organization: Savannah", "licenseConcluded": "NOASSERTION",
                           "licenseDeclared": "BSD-3-Clause"}]}
            """
        let document = try SBOMReader.read(Data(json.utf8), path: "fw.spdx.json")
        #expect(document.components.map(\.name) == ["lwip"])
        #expect(document.components[0].supplier == "Savannah")
        #expect(document.components[0].licence == "BSD-3-Clause")
    }

    @Test func readsVulnerabilitiesWithTheirAnalysis() throws {
        let document = try SBOMReader.read(try SBOMFixture.data("flask-app.vex.cdx.json"), path: "app.vex.json")
        #expect(document.components.isEmpty)
        let exploitable = try #require(document.vulnerabilities.first { $0.id == "CVE-2024-47081" })
        #expect(exploitable.state == .exploitable)
        #expect(exploitable.affects == ["requests==2.32.3"])
        let dismissed = try #require(document.vulnerabilities.first { $0.id == "CVE-2024-56201" })
        #expect(dismissed.state == .notAffected)
        #expect(dismissed.justification == "code_not_reachable")
    }

    @Test func unusedFieldsOfAnUnexpectedShapeAreIgnored() throws {
        let json = """
            {"bomFormat": "CycloneDX", "specVersion": "1.6", "version": "one", "metadata": 7,
             "components": [{"name": "zlib", "version": "1.3.1", "hashes": "none", "licenses": "zlib"}, 42]}
            """
        let document = try SBOMReader.read(Data(json.utf8), path: "odd.cdx.json")
        #expect(document.components.map(\.name) == ["zlib"])
    }

    @Test(arguments: [
        ("{not json", "is not JSON"),
        ("[1, 2]", "is neither a CycloneDX JSON BOM"),
        (#"{"name": "x"}"#, "is neither a CycloneDX JSON BOM"),
        (#"{"bomFormat": "CycloneDX", "specVersion": "1.3"}"#, "is CycloneDX version 1.3"),
        (#"{"bomFormat": "CycloneDX"}"#, "is CycloneDX version (none)"),
        (#"{"spdxVersion": "SPDX-2.2", "packages": []}"#, "is SPDX version SPDX-2.2"),
    ])
    func refusesWhatItCannotRead(_ json: String, _ reason: String) {
        #expect {
            _ = try SBOMReader.read(Data(json.utf8), path: "bad.json")
        } throws: { error in
            (error as? SBOMReadError)?.reason.hasPrefix(reason) == true
        }
    }
}
