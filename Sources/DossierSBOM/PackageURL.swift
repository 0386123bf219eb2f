import Foundation

/// A package URL (purl, https://github.com/package-url/purl-spec):
/// `pkg:type/namespace/name@version?qualifiers#subpath`. Parsed the way the
/// specification describes, with the type-specific normalisations that decide
/// whether two purls name the same package.
public struct PackageURL: Hashable, Sendable, CustomStringConvertible {
    public var type: String
    /// Segments joined by `/`, percent-decoded; nil when absent.
    public var namespace: String?
    public var name: String
    public var version: String?
    public var qualifiers: [String: String]
    public var subpath: String?

    /// Nil when `text` is not a purl: no `pkg:` scheme, no type or no name.
    /// Separators are found among the UTF-8 bytes, not the characters: an
    /// SBOM holds thousands of purls, and they are ASCII but for the
    /// percent-decoded parts.
    public init?(_ text: String) {
        var rest = Substring(Self.needsTrimming(text) ? text.trimmingCharacters(in: .whitespaces) : text)
        guard rest.utf8.count > 4, rest.prefix(4).lowercased() == "pkg:" else { return nil }
        rest = rest.dropFirst(4)
        while rest.first == "/" { rest = rest.dropFirst() }
        if let hash = Self.lastIndex(of: "#", in: rest) {
            let segments = rest[rest.index(after: hash)...].split(separator: "/")
                .filter { $0 != "." && $0 != ".." }.compactMap { Self.decode($0) }
            subpath = segments.isEmpty ? nil : segments.joined(separator: "/")
            rest = rest[..<hash]
        } else {
            subpath = nil
        }
        var qualifiers: [String: String] = [:]
        if let question = Self.lastIndex(of: "?", in: rest) {
            for pair in rest[rest.index(after: question)...].split(separator: "&") {
                guard let equals = pair.firstIndex(of: "="), let value = Self.decode(pair[pair.index(after: equals)...]),
                      !value.isEmpty else { continue }
                qualifiers[pair[..<equals].lowercased()] = value
            }
            rest = rest[..<question]
        }
        self.qualifiers = qualifiers
        guard let slash = rest.utf8.firstIndex(of: UInt8(ascii: "/")) else { return nil }
        let type = rest[..<slash].lowercased()
        guard let first = type.unicodeScalars.first, !("0"..."9").contains(first),
              type.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic
                  || ("0"..."9").contains($0) || ".+-".unicodeScalars.contains($0)) }) else { return nil }
        self.type = type
        rest = rest[rest.index(after: slash)...]
        while rest.utf8.last == UInt8(ascii: "/") { rest = rest.dropLast() }
        if let at = Self.lastIndex(of: "@", in: rest) {
            guard let version = Self.decode(rest[rest.index(after: at)...]), !version.isEmpty else { return nil }
            self.version = version
            rest = rest[..<at]
        } else {
            version = nil
        }
        var segments = rest.utf8.split(separator: UInt8(ascii: "/")).map(Substring.init)
        guard let last = segments.popLast(), let name = Self.decode(last), !name.isEmpty else { return nil }
        let namespaceSegments = segments.compactMap { Self.decode($0) }
        guard namespaceSegments.count == segments.count else { return nil }
        let namespace = namespaceSegments.isEmpty ? nil : namespaceSegments.joined(separator: "/")
        (self.namespace, self.name) = Self.normalised(type: type, namespace: namespace, name: name)
    }

    /// Whether the package this purl names is `other`'s package, and, when
    /// this purl has a version, the same version: a versionless purl stands
    /// for every version. Qualifiers and subpath take no part.
    public func matches(_ other: PackageURL) -> Bool {
        guard type == other.type, namespace == other.namespace, name == other.name else { return false }
        guard let version else { return true }
        return version == other.version
    }

    /// The part that names the package whatever its version: what matching is indexed by.
    public var packageKey: String {
        [type, namespace ?? "", name].joined(separator: "\u{0}")
    }

    public var description: String {
        var text = "pkg:\(type)/"
        if let namespace { text += namespace + "/" }
        text += name
        if let version { text += "@" + version }
        return text
    }

    /// The types whose namespace the specification (PURL-TYPES) calls not
    /// case sensitive, to be lower-cased: `pkg:deb/Debian/…` is Debian's.
    static let caseInsensitiveNamespaces: Set = [
        "alpm", "apk", "bitbucket", "composer", "deb", "github", "golang", "hex", "luarocks", "npm", "qpkg", "rpm",
    ]

    /// The types whose name it calls not case sensitive (or always lower
    /// case, as npm and pub names are). An RPM name, a Maven artifact or a
    /// NuGet id is compared as written.
    static let caseInsensitiveNames: Set = [
        "alpm", "apk", "bitbucket", "bitnami", "composer", "deb", "github", "golang", "hex", "luarocks", "npm", "oci",
        "pub",
    ]

    /// The specification's type rules: lower case where it says a part is
    /// not case sensitive; PyPI names compared as PEP 503 normalises them.
    private static func normalised(type: String, namespace: String?, name: String) -> (String?, String) {
        let namespace = caseInsensitiveNamespaces.contains(type) ? namespace?.lowercased() : namespace
        if type == "pypi" { return (namespace, pypiName(name)) }
        return (namespace, caseInsensitiveNames.contains(type) ? name.lowercased() : name)
    }

    /// PEP 503: lower case, each run of `-`, `_` and `.` folded to one `-`.
    static func pypiName(_ name: String) -> String {
        var result = ""
        var inRun = false
        for character in name.lowercased() {
            if character == "-" || character == "_" || character == "." {
                if !inRun { result.append("-") }
                inRun = true
            } else {
                result.append(character)
                inRun = false
            }
        }
        return result
    }

    /// Foundation's percent-decoding only where there is something to decode.
    private static func decode(_ text: Substring) -> String? {
        text.utf8.contains(UInt8(ascii: "%")) ? String(text).removingPercentEncoding : String(text)
    }

    private static func lastIndex(of separator: Unicode.Scalar, in text: Substring) -> Substring.Index? {
        text.utf8.lastIndex(of: UInt8(separator.value))
    }

    /// Whether `text` may start or end with what `CharacterSet.whitespaces`
    /// holds (space, tab, and non-ASCII spaces); most purls need no trimming.
    private static func needsTrimming(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        let maySpace = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte >= 0x80 }
        return maySpace(first) || maySpace(last)
    }
}
