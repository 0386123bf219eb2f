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
    public init?(_ text: String) {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        guard rest.count > 4, rest.prefix(4).lowercased() == "pkg:" else { return nil }
        rest = rest.dropFirst(4)
        while rest.first == "/" { rest = rest.dropFirst() }
        if let hash = rest.lastIndex(of: "#") {
            let segments = rest[rest.index(after: hash)...].split(separator: "/")
                .filter { $0 != "." && $0 != ".." }.compactMap { Self.decode($0) }
            subpath = segments.isEmpty ? nil : segments.joined(separator: "/")
            rest = rest[..<hash]
        } else {
            subpath = nil
        }
        var qualifiers: [String: String] = [:]
        if let question = rest.lastIndex(of: "?") {
            for pair in rest[rest.index(after: question)...].split(separator: "&") {
                guard let equals = pair.firstIndex(of: "="), let value = Self.decode(pair[pair.index(after: equals)...]),
                      !value.isEmpty else { continue }
                qualifiers[pair[..<equals].lowercased()] = value
            }
            rest = rest[..<question]
        }
        self.qualifiers = qualifiers
        guard let slash = rest.firstIndex(of: "/") else { return nil }
        let type = rest[..<slash].lowercased()
        guard let first = type.unicodeScalars.first, !("0"..."9").contains(first),
              type.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic
                  || ("0"..."9").contains($0) || ".+-".unicodeScalars.contains($0)) }) else { return nil }
        self.type = type
        rest = rest[rest.index(after: slash)...]
        while rest.last == "/" { rest = rest.dropLast() }
        if let at = rest.lastIndex(of: "@") {
            guard let version = Self.decode(rest[rest.index(after: at)...]), !version.isEmpty else { return nil }
            self.version = version
            rest = rest[..<at]
        } else {
            version = nil
        }
        var segments = rest.split(separator: "/", omittingEmptySubsequences: true)
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

    /// The specification's type rules: GitHub and Bitbucket names are not
    /// case sensitive; PyPI names are compared as PEP 503 normalises them.
    private static func normalised(type: String, namespace: String?, name: String) -> (String?, String) {
        switch type {
        case "github", "bitbucket": (namespace?.lowercased(), name.lowercased())
        case "pypi": (namespace, pypiName(name))
        default: (namespace, name)
        }
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

    private static func decode(_ text: Substring) -> String? {
        String(text).removingPercentEncoding
    }
}
