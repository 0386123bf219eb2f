import DossierModel
import Foundation
import Testing

/// `parallelMap` writes each result into the returned array's storage from
/// the worker that made it.
@Suite struct ParallelMapTests {
    @Test func resultsKeepTheInputOrderOnEveryCore() {
        let input = Array(0..<10_000)
        let output = input.parallelMap(workers: 4) { String($0 * 3) }
        #expect(output == input.map { String($0 * 3) })
        #expect([Int]().parallelMap(workers: 4) { $0 }.isEmpty)
    }

    /// Each result is owned once by the array: released with it, never leaked
    /// nor released twice.
    @Test func everyResultIsReleasedWithTheArray() {
        let released = ReleaseCount()
        do {
            let boxes = Array(0..<1_000).parallelMap(workers: 3) { Box(value: $0, released: released) }
            #expect(boxes.map(\.value) == Array(0..<1_000))
            #expect(released.value == 0)
        }
        #expect(released.value == 1_000)
    }
}

private final class ReleaseCount: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add() { lock.withLock { count += 1 } }
}

private final class Box: Sendable {
    let value: Int
    let released: ReleaseCount
    init(value: Int, released: ReleaseCount) { (self.value, self.released) = (value, released) }
    deinit { released.add() }
}
