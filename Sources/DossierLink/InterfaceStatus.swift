import DossierModel

/// Where an interface stands in the attack surface (FDA premarket guidance,
/// Appendices 1 and 2). Decided here once, so the chart, the table, the
/// item page and the export agree. Not being in the threat model outranks
/// the rest: an unused interface is still a path an attacker can try.
public enum InterfaceStatus: String, CaseIterable, Sendable {
    /// A protecting security requirement is not a draft and passed its verification.
    case protected
    /// Protected on paper: no protecting requirement that is not a draft has passed a verification.
    case protectionNotVerified = "protection-not-verified"
    /// Every protecting requirement is still a draft.
    case protectedByDraft = "protected-by-draft"
    case unprotected
    case notThreatModelled = "not-threat-modelled"
    case unused

    public var title: String {
        switch self {
        case .protected: "protected"
        case .protectionNotVerified: "protection not verified"
        case .protectedByDraft: "protected by a draft requirement"
        case .unprotected: "unprotected"
        case .notThreatModelled: "not threat-modelled"
        // Not in use and protected counts as protected; this is the rest.
        case .unused: "unused and unprotected"
        }
    }

    /// What a rule reports: `interface-not-threat-modeled`, or
    /// `unsecured-interface` for one in use and reachable remotely.
    public func isGap(_ details: InterfaceDetails) -> Bool {
        self == .notThreatModelled || (self == .unprotected && details.exposure.isRemote)
    }
}

extension TraceGraph {
    /// The live threats that enter through an interface.
    public func threats(through interface: Int) -> [Int] {
        liveSources(of: interface, in: .interfaces, type: .threat)
    }

    /// The live security requirements that protect an interface.
    public func protectors(of interface: Int) -> [Int] {
        liveSources(of: interface, in: .interfaces, type: .securityRequirement)
    }

    public func interfaceStatus(of interface: Int) -> InterfaceStatus {
        if threats(through: interface).isEmpty { return .notThreatModelled }
        let protectors = protectors(of: interface)
        if protectors.isEmpty { return items[interface].interface?.inUse == false ? .unused : .unprotected }
        let released = protectors.filter { items[$0].status != .draft }
        if released.isEmpty { return .protectedByDraft }
        return released.contains { verificationState(of: $0) == .passed } ? .protected : .protectionNotVerified
    }
}
