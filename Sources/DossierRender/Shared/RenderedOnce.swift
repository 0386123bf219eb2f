import Foundation

/// Texts a build renders once per item for several outputs at a time, each
/// output taking its own: the first output to ask for an item renders its
/// text for all of them, the others take theirs later, and each text is let
/// go once taken. What waits is what the slowest output has yet to reach;
/// past `budget` bytes waiting, an item is rendered by each output alone,
/// as without sharing, so memory stays bounded however large the project.
final class RenderedOnce: @unchecked Sendable {
    private enum Slot {
        /// Each output's text until that output takes it.
        case waiting([String?])
        /// Rendered by each output for itself.
        case alone
    }

    /// At 10,000 items every text fits: 58 MiB of peak memory more than
    /// without sharing, where 50,000 items took 250 MiB more.
    static let defaultBudget = 64 << 20

    private let budget: Int
    /// Per item; nil before any output asks for it.
    private var slots: [Slot?]
    private var waitingBytes = 0
    private let lock = NSLock()
    /// Held while an item is rendered, so two outputs asking for the same
    /// item at once render it once: one lock per stripe of items.
    private let rendering = (0..<64).map { _ in NSLock() }
    /// How many items were rendered for every output at once.
    private(set) var renders = 0
    /// How many texts an output rendered alone: past the budget, or asked
    /// for twice.
    private(set) var aloneRenders = 0

    init(count: Int, budget: Int = defaultBudget) {
        slots = Array(repeating: nil, count: count)
        self.budget = budget
    }

    /// The text of the item at `position` for the output numbered `output`:
    /// from `render`, which renders it for every output, when no output has
    /// asked for it yet, or from `alone`, which renders it for this output.
    func take(_ output: Int, of position: Int, render: () -> [String], alone: () -> String) -> String {
        if let found = found(output, of: position) { return found ?? renderAlone(alone) }
        let stripe = rendering[position % rendering.count]
        stripe.lock()
        defer { stripe.unlock() }
        // Another output may have rendered it while this one waited.
        if let found = found(output, of: position) { return found ?? renderAlone(alone) }
        let overBudget = lock.withLock {
            if waitingBytes < budget { return false }
            slots[position] = .alone
            return true
        }
        if overBudget { return renderAlone(alone) }
        let texts = render()
        lock.withLock {
            renders += 1
            var rest: [String?] = texts
            rest[output] = nil
            waitingBytes += rest.reduce(0) { $0 + ($1?.utf8.count ?? 0) }
            slots[position] = .waiting(rest)
        }
        return texts[output]
    }

    /// Texts rendered and not yet taken, by all outputs together.
    var untaken: Int {
        lock.withLock {
            slots.reduce(0) { count, slot in
                guard case .waiting(let texts)? = slot else { return count }
                return count + texts.compactMap { $0 }.count
            }
        }
    }

    /// nil when no output has asked for the item; .some(nil) when this
    /// output is to render it alone; the text, taken, otherwise.
    private func found(_ output: Int, of position: Int) -> String?? {
        lock.withLock {
            switch slots[position] {
            case nil: return nil
            case .alone?: return .some(nil)
            case .waiting(var texts)?:
                guard let text = texts[output] else { return .some(nil) }
                texts[output] = nil
                waitingBytes -= text.utf8.count
                slots[position] = .waiting(texts)
                return text
            }
        }
    }

    private func renderAlone(_ alone: () -> String) -> String {
        lock.withLock { aloneRenders += 1 }
        return alone()
    }
}
