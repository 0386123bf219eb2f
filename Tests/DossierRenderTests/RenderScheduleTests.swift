import DossierModel
import DossierRender
import DossierTestSupport
import Foundation
import Testing

/// Creating the site's item pages is the file system's work for one core at
/// a time; it must go on while the documents render, not after them.
@Suite struct RenderScheduleTests {
    /// Holds `dossier.html` open until a site item page has arrived, and
    /// notes whether one did within a generous wait. A renderer that starts
    /// the item pages only after the documents never delivers one in time.
    final class OverlapProbe: OutputSink, @unchecked Sendable {
        private let itemPageArrived = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var signalled = false
        private var overlapped: Bool?
        private var paths: [String] = []

        func add(_ files: [OutputFile]) throws {
            lock.withLock { paths += files.map(\.path) }
            guard files.contains(where: { $0.path.hasPrefix("site/items/") }) else { return }
            let first = lock.withLock { () -> Bool in
                defer { signalled = true }
                return !signalled
            }
            if first { itemPageArrived.signal() }
        }

        func write(_ path: String, inParts body: (_ append: (String) throws -> Void) throws -> Void) throws {
            try body { _ in }
            lock.withLock { paths.append(path) }
            if path == "dossier.html" {
                let arrived = itemPageArrived.wait(timeout: .now() + 20) == .success
                lock.withLock { overlapped = arrived }
            }
        }

        var itemPagesOverlappedTheDocument: Bool? { lock.withLock { overlapped } }
        var writtenPaths: [String] { lock.withLock { paths } }
    }

    @Test func itemPagesAreWrittenWhileTheDocumentsRender() throws {
        let fixture = try ProjectFixture(files: RenderFixture.files)
        defer { fixture.remove() }
        let input = try RenderFixture.renderInput(fixture)
        let probe = OverlapProbe()
        try DossierRenderer(templates: try TemplateSet(overrides: nil)).render(input, to: probe)
        #expect(probe.itemPagesOverlappedTheDocument == true)
        let paths = probe.writtenPaths
        #expect(paths.filter { $0.hasPrefix("site/items/") }.count == input.graph.items.count)
        #expect(paths.contains("site/index.html"))
        #expect(paths.contains("dossier.md"))
    }

    /// Three jobs that each wait for the other two finish only if all three
    /// run at once, whatever the number of cores.
    @Test func jobsSideBySideEachGetAThread() throws {
        let arrived = DispatchGroup()
        for _ in 0..<3 { arrived.enter() }
        final class Tally: @unchecked Sendable {
            private let lock = NSLock()
            private var value = 0
            func increment() { lock.withLock { value += 1 } }
            var count: Int { lock.withLock { value } }
        }
        let met = Tally()
        let job: @Sendable () throws -> Void = {
            arrived.leave()
            if arrived.wait(timeout: .now() + 20) == .success { met.increment() }
        }
        try runSideBySide([job, job, job])
        #expect(met.count == 3)
    }
}
