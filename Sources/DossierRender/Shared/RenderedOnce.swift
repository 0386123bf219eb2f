import Foundation

/// Texts a build renders once per item for several outputs at a time, each
/// output taking its own: the first output to ask for an item renders its
/// text for all of them, the others take theirs later, and each text is let
/// go once taken. What waits is what the slowest output has yet to reach,
/// so a build uses this only while its outputs render side by side (see
/// `DossierRenderer`).
final class RenderedOnce: @unchecked Sendable {
    /// Per item, each output's text until that output takes it; nil before
    /// the item is rendered.
    private var waiting: [[String?]?]
    private let lock = NSLock()
    /// Held while an item is rendered, so two outputs asking for the same
    /// item at once render it once: one lock per stripe of items.
    private let rendering = (0..<64).map { _ in NSLock() }
    /// How many items were rendered: once each, unless an output asks for
    /// the same item twice.
    private(set) var renders = 0

    init(count: Int) {
        waiting = Array(repeating: nil, count: count)
    }

    /// The text of the item at `position` for the output numbered `output`,
    /// from `render`, which renders it for every output, when no output has
    /// asked for it yet (or this one has already taken it).
    func take(_ output: Int, of position: Int, render: () -> [String]) -> String {
        if let text = taken(output, of: position) { return text }
        let stripe = rendering[position % rendering.count]
        stripe.lock()
        defer { stripe.unlock() }
        // Another output may have rendered it while this one waited.
        if let text = taken(output, of: position) { return text }
        let texts = render()
        lock.withLock {
            renders += 1
            if waiting[position] == nil {
                var rest: [String?] = texts
                rest[output] = nil
                waiting[position] = rest
            }
        }
        return texts[output]
    }

    /// Texts rendered and not yet taken, by all outputs together.
    var untaken: Int {
        lock.withLock { waiting.reduce(0) { $0 + ($1?.compactMap { $0 }.count ?? 0) } }
    }

    private func taken(_ output: Int, of position: Int) -> String? {
        lock.withLock {
            guard let text = waiting[position]?[output] else { return nil }
            waiting[position]![output] = nil
            return text
        }
    }
}
