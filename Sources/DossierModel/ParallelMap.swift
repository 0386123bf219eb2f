import Foundation

extension Array where Element: Sendable {
    /// Maps on every core, keeping the order of the input, so output stays
    /// deterministic. Workers get large stacks because YAML and Markdown
    /// parsers recurse on nesting depth and hostile input nests deeply.
    public func parallelMap<T: Sendable>(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        _ transform: @escaping @Sendable (Element) -> T
    ) -> [T] {
        let threadCount = Swift.max(1, Swift.min(workers, count))
        let results = ResultSlots<T>(count: count)
        let next = Counter()
        let input = self
        let group = DispatchGroup()
        for _ in 0..<threadCount {
            group.enter()
            let thread = Thread {
                while let index = next.take(below: input.count) {
                    results.store(transform(input[index]), at: index)
                }
                group.leave()
            }
            thread.stackSize = 256 << 20
            thread.start()
        }
        group.wait()
        return results.values()
    }
}

/// Hands out indices to workers, once each.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

/// One slot per input element; each slot is written by exactly one worker.
private final class ResultSlots<T>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [T] { slots.map { $0! } }
}

/// Runs `jobs` side by side, by default each on a thread of its own however
/// many cores there are (a job that mostly waits for the file system should
/// not wait for a core), at most `workers` at once when given, and throws
/// the first failure once all have ended. Jobs after a failure are skipped.
public func runSideBySide(workers: Int? = nil, _ jobs: [@Sendable () throws -> Void]) throws {
    let failure = FirstFailure<any Error>()
    _ = jobs.parallelMap(workers: workers ?? jobs.count) { job in
        guard !failure.happened else { return }
        do { try job() } catch { failure.record(error) }
    }
    try failure.rethrow()
}
