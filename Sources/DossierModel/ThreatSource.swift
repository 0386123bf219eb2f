/// Where in the product's life a threat comes from: the threat model must
/// consider each (FDA premarket cybersecurity guidance §V.A.1).
public enum ThreatSource: String, EnumeratedValue {
    case supplyChain = "supply-chain"
    case manufacturing, deployment, interoperation
    case maintenanceUpdate = "maintenance-update"
    case decommissioning

    /// "Supply chain", "Maintenance and updates": a heading or a table row.
    public var title: String {
        switch self {
        case .supplyChain: "Supply chain"
        case .manufacturing: "Manufacturing"
        case .deployment: "Deployment"
        case .interoperation: "Interoperation"
        case .maintenanceUpdate: "Maintenance and updates"
        case .decommissioning: "Decommissioning"
        }
    }

    /// As a sentence names it: "the supply chain", "maintenance and updates".
    public var phrase: String { self == .supplyChain ? "the supply chain" : title.lowercased() }
}
