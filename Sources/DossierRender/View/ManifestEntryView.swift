import Mustache

public struct ManifestEntryView: Sendable {
    public var path: String
    public var sha256: String
    public var bytes: Int
}

extension ManifestEntryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "path": self.path
        case "sha256": self.sha256
        case "bytes": self.bytes
        default: nil
        }
    }
}
