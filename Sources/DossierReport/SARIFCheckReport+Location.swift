import DossierModel

extension SARIFCheckReport {
    /// Where the content folder lies, so a result can name its file in a way
    /// GitHub code scanning resolves.
    ///
    /// GitHub reads a relative `uri` from the repository root and ignores
    /// `originalUriBaseIds` (github/codeql-action#2215, #2456). A path relative
    /// to the content folder (`threats/TH-004.md`) would therefore annotate
    /// nothing. Results name the file relative to the folder `dossier` ran in
    /// (the checkout in CI), `content/threats/TH-004.md`, with the base id
    /// `%SRCROOT%`; `originalUriBaseIds` still records the content folder as
    /// `CONTENT` for viewers that read it. A content folder outside the
    /// working folder gets absolute `file:` URIs.
    public struct ContentFolder: Hashable, Sendable {
        public static let sourceRootID = "%SRCROOT%"
        public static let contentID = "CONTENT"

        /// The content folder relative to the working folder with a final
        /// `/` ("content/"), "" when it is the working folder, nil when it lies outside.
        public let relativePath: String?
        /// The content folder, absolute and normalised.
        public let absolutePath: String

        /// `path` as given to `--content`; `workingDirectory` absolute.
        /// Works on the text of the paths alone, so the output never depends
        /// on what the file system resolves links to.
        public init(path: String, workingDirectory: String) {
            let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
            absolutePath = Self.normalised(absolute)
            let base = Self.normalised(workingDirectory)
            if absolutePath == base {
                relativePath = ""
            } else if base == "/" {
                relativePath = String(absolutePath.dropFirst()) + "/"
            } else if absolutePath.hasPrefix(base + "/") {
                relativePath = String(absolutePath.dropFirst(base.count + 1)) + "/"
            } else {
                relativePath = nil
            }
        }

        /// A file named relative to the content folder, named instead
        /// relative to the working folder (`docs/di/threats/TH-1.md`), or
        /// absolute when the content folder lies outside it; "" for the
        /// working folder itself. Text output prints this form too, so every
        /// report names a file the same way.
        /// The folder itself, as the person who ran the tool would name it.
        public var displayName: String {
            guard let relativePath else { return absolutePath }
            return relativePath.isEmpty ? "." : String(relativePath.dropLast())
        }

        public func path(of file: String) -> String {
            guard let relativePath else { return absolutePath + "/" + file }
            return relativePath + file
        }

        /// The `artifactLocation` of a file named relative to the content folder.
        func artifactLocation(of file: String) -> JSONValue {
            let path = path(of: file)
            guard relativePath != nil else { return .object([("uri", .string("file://" + Self.percentEncoded(path)))]) }
            // A file-less diagnostic (an unlistable content folder) still needs a non-empty URI.
            let uri = Self.percentEncoded(path)
            return .object([("uri", .string(uri.isEmpty ? "./" : uri)), ("uriBaseId", .string(Self.sourceRootID))])
        }

        var originalURIBaseIDs: JSONValue {
            let contentDescription: JSONValue = .object([
                ("text", .string("The content folder: item paths in messages are relative to it.")),
            ])
            guard let relativePath else {
                return .object([
                    (Self.contentID, .object([
                        ("uri", .string("file://" + Self.percentEncoded(absolutePath + "/"))),
                        ("description", contentDescription),
                    ])),
                ])
            }
            return .object([
                // No `uri`: SARIF's way to say the base is wherever the log is read (the checkout).
                (Self.sourceRootID, .object([
                    ("description", .object([
                        ("text", .string("The folder dossier ran in; in CI, the root of the repository.")),
                    ])),
                ])),
                (Self.contentID, .object([
                    ("uri", .string(relativePath.isEmpty ? "./" : Self.percentEncoded(relativePath))),
                    ("uriBaseId", .string(Self.sourceRootID)),
                    ("description", contentDescription),
                ])),
            ])
        }

        /// Removes `.`, `..` and repeated slashes, as a shell would read the path.
        static func normalised(_ path: String) -> String {
            var parts: [Substring] = []
            for part in path.split(separator: "/") where part != "." {
                if part == ".." {
                    if !parts.isEmpty { parts.removeLast() }
                } else {
                    parts.append(part)
                }
            }
            return "/" + parts.joined(separator: "/")
        }

        /// A path as a URI reference: unreserved characters and `/` stay, every
        /// other byte is escaped, so spaces, `#`, `%` and non-ASCII names survive.
        static func percentEncoded(_ path: String) -> String {
            var output = ""
            for byte in path.utf8 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                     UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                     UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                    output.unicodeScalars.append(Unicode.Scalar(byte))
                default:
                    let hex = String(byte, radix: 16, uppercase: true)
                    output += "%" + (hex.count == 1 ? "0" + hex : hex)
                }
            }
            return output
        }
    }
}
