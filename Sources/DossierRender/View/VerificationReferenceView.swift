import Mustache

public struct VerificationReferenceView: Sendable {
    public var id: String
    public var href: String
    public var method: String
    public var result: String
    public var resultClass: String
}

extension VerificationReferenceView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "href": self.href
        case "method": self.method
        case "result": self.result
        case "resultClass": self.resultClass
        default: nil
        }
    }
}
