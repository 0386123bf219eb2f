import DossierModel

/// Why a requirement is security-relevant: the author said so, or it names
/// an interface, which makes it so whatever `security_relevant` says
/// (docs/format.md). Decided here once, so the rule, the item page, the
/// "Security-relevant requirements" table and the export agree.
public struct SecurityRelevance: Hashable, Sendable {
    /// `security_relevant: true`, as written.
    public var isFlagged: Bool
    /// The interfaces it names: ids, or the labels as written without an inventory.
    public var interfaces: [String]

    public var isRelevant: Bool { isFlagged || !interfaces.isEmpty }

    /// "yes", "yes (names IF-WIFI, IF-BLE)" or "no".
    public var text: String {
        guard isRelevant else { return "no" }
        return interfaces.isEmpty ? "yes" : "yes (names \(interfaces.joined(separator: ", ")))"
    }
}

extension TraceGraph {
    public func securityRelevance(of position: Int) -> SecurityRelevance {
        let item = items[position]
        let named = hasInterfaceInventory ? targets(of: position, in: .interfaces).map { items[$0].id }
            : interfaceLabels(of: position)
        return SecurityRelevance(isFlagged: item.requirement?.securityRelevant == true, interfaces: named)
    }

    /// The live requirements that are security-relevant, in id order.
    public var securityRelevantRequirements: [Int] {
        live(.requirement).filter { securityRelevance(of: $0).isRelevant }
    }
}
