import DossierModel
@testable import DossierRender
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

    /// Renders the fixture project into `sink`, the documents side by side
    /// up to the limit given for its input; returns the input.
    @discardableResult
    private func renderFixture(to sink: any OutputSink, documentsSideBySideLimit limit: (RenderInput) -> Int = { _ in
        DossierRenderer.documentsSideBySideLimit
    }) throws -> RenderInput {
        let fixture = try ProjectFixture(files: RenderFixture.files)
        defer { fixture.remove() }
        let input = try RenderFixture.renderInput(fixture)
        try DossierRenderer(templates: try TemplateSet(overrides: nil), documentsSideBySideLimit: limit(input))
            .render(input, to: sink)
        return input
    }

    @Test func itemPagesAreWrittenWhileTheDocumentsRender() throws {
        let probe = OverlapProbe()
        let input = try renderFixture(to: probe)
        #expect(probe.itemPagesOverlappedTheDocument == true)
        let paths = probe.writtenPaths
        #expect(paths.filter { $0.hasPrefix("site/items/") }.count == input.graph.items.count)
        #expect(paths.contains("site/index.html"))
        #expect(paths.contains("dossier.md"))
    }

    /// Notes when each document's writing starts and ends. With `holdHTML`,
    /// holds `dossier.html` open until `dossier.md` has started, within a
    /// generous wait: only documents rendered side by side meet.
    final class DocumentProbe: OutputSink, @unchecked Sendable {
        private let markdownStarted = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private var events: [String] = []
        private var met: Bool?
        let holdHTML: Bool

        init(holdHTML: Bool) { self.holdHTML = holdHTML }

        func add(_ files: [OutputFile]) throws {}

        func write(_ path: String, inParts body: (_ append: (String) throws -> Void) throws -> Void) throws {
            lock.withLock { events.append("start \(path)") }
            if path == "dossier.md" { markdownStarted.signal() }
            if path == "dossier.html", holdHTML {
                let started = markdownStarted.wait(timeout: .now() + 20) == .success
                lock.withLock { met = started }
            }
            try body { _ in }
            lock.withLock { events.append("end \(path)") }
        }

        var documentsMet: Bool? { lock.withLock { met } }
        var log: [String] { lock.withLock { events } }
    }

    @Test func documentsRenderSideBySideInASmallProject() throws {
        let probe = DocumentProbe(holdHTML: true)
        try renderFixture(to: probe)
        #expect(probe.documentsMet == true)
    }

    /// Above the limit the documents take turns: Markdown starts once
    /// dossier.html is written, and the overview pages after both.
    @Test func documentsTakeTurnsInALargeProject() throws {
        let probe = DocumentProbe(holdHTML: false)
        try renderFixture(to: probe, documentsSideBySideLimit: { $0.graph.items.count - 1 })
        let log = probe.log
        let htmlEnd = try #require(log.firstIndex(of: "end dossier.html"))
        let markdownStart = try #require(log.firstIndex(of: "start dossier.md"))
        let markdownEnd = try #require(log.firstIndex(of: "end dossier.md"))
        let overviewStart = try #require(log.firstIndex(of: "start site/index.html"))
        #expect(htmlEnd < markdownStart)
        #expect(markdownEnd < overviewStart)
    }

    /// The overview pages come last in a build, when the other outputs are
    /// done: given two cores, two of them render at once, or a core idles.
    /// (Two workers, not the machine's cores: on one core the test would
    /// have nothing to show, and a skipped test passes unnoticed.)
    @Test func overviewPagesRenderSideBySide() throws {
        final class Probe: OutputSink, @unchecked Sendable {
            let secondStarted = DispatchSemaphore(value: 0)
            private let lock = NSLock()
            private var started = 0
            private var met: Bool?
            func add(_ files: [OutputFile]) throws {}
            func write(_ path: String, inParts body: (_ append: (String) throws -> Void) throws -> Void) throws {
                guard path.hasPrefix("site/"), !path.hasSuffix(".json") else { return try body { _ in } }
                let order = lock.withLock { () -> Int in
                    started += 1
                    return started
                }
                if order == 1 {
                    let arrived = secondStarted.wait(timeout: .now() + 20) == .success
                    lock.withLock { met = arrived }
                } else if order == 2 {
                    secondStarted.signal()
                }
                try body { _ in }
            }
            var pagesMet: Bool? { lock.withLock { met } }
        }
        let probe = Probe()
        let fixture = try ProjectFixture(files: RenderFixture.files)
        defer { fixture.remove() }
        let site = SitePages(input: try RenderFixture.renderInput(fixture), templates: try TemplateSet(overrides: nil))
        try SiteRenderer.renderOverviewPages(of: site, to: probe, workers: 2)
        #expect(probe.pagesMet == true)
    }

    /// With a bound, no more jobs than it allows run at once, and all run.
    @Test func jobsSideBySideStayWithinTheirBound() throws {
        final class Gauge: @unchecked Sendable {
            private let lock = NSLock()
            private var running = 0, most = 0, done = 0
            func enter() { lock.withLock { running += 1; most = max(most, running) } }
            func leave() { lock.withLock { running -= 1; done += 1 } }
            var peak: Int { lock.withLock { most } }
            var finished: Int { lock.withLock { done } }
        }
        let gauge = Gauge()
        let job: @Sendable () throws -> Void = {
            gauge.enter()
            Thread.sleep(forTimeInterval: 0.02)
            gauge.leave()
        }
        try runSideBySide(workers: 2, Array(repeating: job, count: 6))
        #expect(gauge.peak <= 2)
        #expect(gauge.finished == 6)
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
