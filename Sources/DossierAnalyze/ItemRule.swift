import DossierLink
import DossierModel
import Foundation

/// A rule whose violations about an item follow from that item alone (its
/// fields and body, not its links): the preview keeps them from one rebuild
/// to the next for every item an edit did not touch (`ItemRuleMemo`).
public protocol ItemRule: Rule {
    /// Whether the rule looks at `item` at all.
    func applies(to item: Item) -> Bool
    func violations(of item: Item) -> [RuleViolation]
    /// Violations in dossier.yml rather than in an item; none by default.
    /// Cheap, and never kept by the memo.
    func configurationViolations(in configuration: ProjectConfiguration) -> [RuleViolation]
}

extension ItemRule {
    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.items.filter(applies).flatMap(violations(of:)) + configurationViolations(in: graph.configuration)
    }

    public func configurationViolations(in configuration: ProjectConfiguration) -> [RuleViolation] { [] }
}

/// The preview's memory of item rules' violations, by item. An item read
/// from an unchanged file is the same value as before, box and all (see
/// `Item`), so its violations are taken as they were. Each run keeps only
/// the items it saw, which holds the memory to the project's size.
public final class ItemRuleMemo: @unchecked Sendable {
    private struct Entry {
        /// Held so that the box, and with it the key, stays this item's.
        var item: Item
        var violations: [RuleViolation]
    }

    private let lock = NSLock()
    private var entries: [RuleID: [ObjectIdentifier: Entry]] = [:]
    private(set) var reused = 0

    public init() {}

    func violations(of rule: any ItemRule, in graph: TraceGraph) -> [RuleViolation] {
        let known = lock.withLock { entries[rule.id] ?? [:] }
        var kept: [ObjectIdentifier: Entry] = [:]
        var violations: [RuleViolation] = []
        var reused = 0
        for item in graph.items where rule.applies(to: item) {
            let entry: Entry
            if let earlier = known[item.identity] {
                entry = earlier
                reused += 1
            } else {
                entry = Entry(item: item, violations: rule.violations(of: item))
            }
            kept[item.identity] = entry
            violations += entry.violations
        }
        lock.withLock {
            entries[rule.id] = kept
            self.reused += reused
        }
        return violations + rule.configurationViolations(in: graph.configuration)
    }
}
