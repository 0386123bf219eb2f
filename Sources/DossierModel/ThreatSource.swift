/// Where in the product's life a threat comes from: the threat model must
/// consider each (FDA premarket cybersecurity guidance §V.A.1).
public enum ThreatSource: String, EnumeratedValue {
    case supplyChain = "supply-chain"
    case manufacturing, deployment, interoperation
    case maintenanceUpdate = "maintenance-update"
    case decommissioning
}
