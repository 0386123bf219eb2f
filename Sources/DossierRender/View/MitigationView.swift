import Mustache

public struct MitigationView: Sendable {
    public var requirement: ItemReferenceView
    public var category: String
    public var verifications: [VerificationReferenceView]
    public var isUnverified: Bool
    /// How a verifier decides pass or fail (FDA guidance §V.B.1).
    public var acceptanceCriteria: String?
}

extension MitigationView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "requirement": self.requirement
        case "category": self.category
        case "verifications": self.verifications
        case "isUnverified": self.isUnverified
        case "acceptanceCriteria": self.acceptanceCriteria
        default: nil
        }
    }
}
