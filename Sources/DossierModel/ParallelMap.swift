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
        let next = Counter()
        let input = self
        // Each worker initialises the slots of the indices it took, in the
        // result's own storage: collecting into optionals under a lock and
        // unwrapping them into a new array cost a sixth of a preview rebuild.
        return [T](unsafeUninitializedCapacity: count) { buffer, initializedCount in
            let slots = Slots(base: buffer.baseAddress)
            let group = DispatchGroup()
            for _ in 0..<threadCount {
                group.enter()
                let thread = Thread {
                    while let index = next.take(below: input.count) {
                        slots.initialize(index, to: transform(input[index]))
                    }
                    group.leave()
                }
                thread.stackSize = 256 << 20
                thread.start()
            }
            group.wait()
            initializedCount = input.count
        }
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

/// The result's storage, handed to the workers: each index is written by
/// exactly one worker, and `DispatchGroup.wait` orders every write before
/// the array is returned.
private struct Slots<T>: @unchecked Sendable {
    let base: UnsafeMutablePointer<T>?

    func initialize(_ index: Int, to value: T) { (base! + index).initialize(to: value) }
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
