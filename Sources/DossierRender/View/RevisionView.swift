import Mustache

/// One row of the revision history in the document control.
public struct RevisionView: Sendable {
    public var revision: String
    public var date: String
    public var summary: String
}

extension RevisionView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "revision": self.revision
        case "date": self.date
        case "summary": self.summary
        default: nil
        }
    }
}
