import DossierModel

/// Where an interface stands in the attack surface (FDA premarket guidance,
/// Appendices 1 and 2). Not being in the threat model outranks the rest: an
/// unused interface is still a path an attacker can try.
enum InterfaceStatus: String, CaseIterable {
    case protected
    case unprotected
    case notThreatModelled = "not-threat-modelled"
    case unused

    var title: String {
        switch self {
        case .protected: "protected"
        case .unprotected: "unprotected"
        case .notThreatModelled: "not threat-modelled"
        // Not in use and protected counts as protected; this is the rest.
        case .unused: "unused and unprotected"
        }
    }

    /// The status of an interface from the live threats and security
    /// requirements that name it.
    init(_ details: InterfaceDetails, isThreatModelled: Bool, isProtected: Bool) {
        if !isThreatModelled {
            self = .notThreatModelled
        } else if isProtected {
            self = .protected
        } else {
            self = details.inUse ? .unprotected : .unused
        }
    }

    /// What a rule reports: `interface-not-threat-modeled`, or
    /// `unsecured-interface` for one in use and reachable remotely.
    func isGap(_ details: InterfaceDetails) -> Bool {
        self == .notThreatModelled || (self == .unprotected && details.exposure.isRemote)
    }
}
