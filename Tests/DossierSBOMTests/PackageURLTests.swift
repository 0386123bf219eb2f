import DossierSBOM
import Testing

@Suite struct PackageURLTests {
    @Test func readsEveryPartOfAPurl() throws {
        let purl = try #require(PackageURL("pkg:maven/org.apache.commons/commons-io@2.11.0?type=jar#sub/path"))
        #expect(purl.type == "maven")
        #expect(purl.namespace == "org.apache.commons")
        #expect(purl.name == "commons-io")
        #expect(purl.version == "2.11.0")
        #expect(purl.qualifiers == ["type": "jar"])
        #expect(purl.subpath == "sub/path")
    }

    @Test func decodesPercentEncodingAndScopedNames() throws {
        let purl = try #require(PackageURL("pkg:npm/%40angular/core@16.2.0"))
        #expect(purl.namespace == "@angular")
        #expect(purl.name == "core")
    }

    /// Separators are found among bytes; what lies between them may be any text.
    @Test func readsNonASCIIPartsAndTrimsEverySpaceAround() throws {
        let purl = try #require(PackageURL("\u{00A0}\tpkg:generic/b\u{00FC}ro/caf%C3%A9@1.0%2Bbuild?x=%C3%A9#src/\u{00E9} "))
        #expect(purl.namespace == "b\u{00FC}ro")
        #expect(purl.name == "caf\u{00E9}")
        #expect(purl.version == "1.0+build")
        #expect(purl.qualifiers == ["x": "\u{00E9}"])
        #expect(purl.subpath == "src/\u{00E9}")
        #expect(PackageURL("pkg:generic/caf%ZZ") == nil)
    }

    @Test(arguments: ["requests", "pkg:", "pkg:pypi", "pkg:pypi/", "pkg:1abc/name", "pkg:pypi/name@",
                      "https://pypi.org/project/requests"])
    func refusesWhatIsNoPurl(_ text: String) {
        #expect(PackageURL(text) == nil)
    }

    @Test func aVersionlessPurlMatchesEveryVersion() throws {
        let any = try #require(PackageURL("pkg:pypi/requests"))
        #expect(any.matches(try #require(PackageURL("pkg:pypi/requests@2.32.3"))))
        #expect(any.matches(try #require(PackageURL("pkg:pypi/requests@2.31.0"))))
        #expect(!any.matches(try #require(PackageURL("pkg:pypi/requests-toolbelt@1.0.0"))))
    }

    @Test func aVersionedPurlMatchesThatVersionOnly() throws {
        let pinned = try #require(PackageURL("pkg:pypi/requests@2.32.3"))
        #expect(pinned.matches(try #require(PackageURL("pkg:pypi/requests@2.32.3"))))
        #expect(!pinned.matches(try #require(PackageURL("pkg:pypi/requests@2.32.4"))))
    }

    @Test func qualifiersAndSubpathTakeNoPart() throws {
        let plain = try #require(PackageURL("pkg:deb/debian/openssl@3.0.11"))
        #expect(plain.matches(try #require(PackageURL("pkg:deb/debian/openssl@3.0.11?arch=arm64&distro=bookworm#x"))))
    }

    @Test func pypiNamesCompareAsPEP503NormalisesThem() throws {
        let author = try #require(PackageURL("pkg:pypi/Flask_SQLAlchemy"))
        #expect(author.matches(try #require(PackageURL("pkg:pypi/flask-sqlalchemy@3.1.1"))))
        #expect(author.matches(try #require(PackageURL("pkg:pypi/flask.._sqlalchemy@3.1.1"))))
    }

    @Test func typeIsCaseInsensitiveButMavenNamesAreNot() throws {
        let upper = try #require(PackageURL("pkg:MAVEN/org.example/Lib"))
        #expect(upper.matches(try #require(PackageURL("pkg:maven/org.example/Lib@1.0"))))
        #expect(!upper.matches(try #require(PackageURL("pkg:maven/org.example/lib@1.0"))))
    }

    @Test func githubNamesAreNotCaseSensitive() throws {
        let purl = try #require(PackageURL("pkg:github/Package-URL/Purl-Spec"))
        #expect(purl.matches(try #require(PackageURL("pkg:github/package-url/purl-spec@244fd47"))))
    }

    /// PURL-TYPES: the parts a type calls not case sensitive are compared
    /// in lower case; the others as written.
    @Test(arguments: [
        ("pkg:deb/Debian/LIBGCC-S1", "pkg:deb/debian/libgcc-s1@12.2.0-14?arch=amd64", true),
        ("pkg:npm/%40Angular/Core", "pkg:npm/%40angular/core@16.2.0", true),
        ("pkg:golang/github.com/Gorilla/Mux", "pkg:golang/github.com/gorilla/mux@v1.8.1", true),
        ("pkg:apk/Alpine/CURL", "pkg:apk/alpine/curl@8.5.0-r0", true),
        ("pkg:composer/Laravel/Framework", "pkg:composer/laravel/framework@10.0.0", true),
        ("pkg:rpm/Fedora/curl", "pkg:rpm/fedora/curl@8.2.1-1.fc39", true),
        ("pkg:rpm/fedora/CURL", "pkg:rpm/fedora/curl@8.2.1-1.fc39", false),
        ("pkg:nuget/newtonsoft.json", "pkg:nuget/Newtonsoft.Json@13.0.3", false),
        ("pkg:cargo/Serde", "pkg:cargo/serde@1.0.0", false),
    ])
    func caseIsComparedAsTheTypeSays(written: String, inSBOM: String, matches: Bool) throws {
        let purl = try #require(PackageURL(written))
        #expect(purl.matches(try #require(PackageURL(inSBOM))) == matches)
    }

    @Test func namespacesMustAgree() throws {
        let purl = try #require(PackageURL("pkg:npm/%40angular/core"))
        #expect(!purl.matches(try #require(PackageURL("pkg:npm/core@1.0.0"))))
    }
}
