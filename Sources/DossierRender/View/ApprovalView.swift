import Mustache

public struct ApprovalView: Sendable {
    public var role: String
    public var name: String
    public var date: String
}

extension ApprovalView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "role": self.role
        case "name": self.name
        case "date": self.date
        default: nil
        }
    }
}
