/// The security architecture views the FDA premarket cybersecurity
/// guidance asks for (§V.B.2, Appendix 2), in the order the guidance lists
/// them: a `section` says which one it is in `view`.
public enum ArchitectureView: String, EnumeratedValue {
    case globalSystem = "global-system"
    case multiPatientHarm = "multi-patient-harm"
    case updatabilityPatchability = "updatability-patchability"
    case securityUseCase = "security-use-case"

    /// The view's name as the guidance gives it.
    public var title: String {
        switch self {
        case .globalSystem: "Global system view"
        case .multiPatientHarm: "Multi-patient harm view"
        case .updatabilityPatchability: "Updatability and patchability view"
        case .securityUseCase: "Security use case views"
        }
    }

    /// What a reviewer looks for in it, for the chapter and the rule's message.
    public var purpose: String {
        switch self {
        case .globalSystem:
            "the whole system: every component, trust boundary and communication path, including unused ones"
        case .multiPatientHarm:
            "how an attack on one device or service could reach many patients at once, and what stops it"
        case .updatabilityPatchability:
            "how updates and patches reach every component, end to end, and how they are authenticated"
        case .securityUseCase:
            "the security-relevant operations, such as pairing, login, data transfer and updates, step by step"
        }
    }
}
