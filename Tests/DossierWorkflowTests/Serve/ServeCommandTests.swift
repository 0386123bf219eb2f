import DossierTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `dossier serve` end to end: the binary on a free port, spoken to over a
/// plain socket.
@Suite(.serialized) struct ServeCommandTests {
    /// A running preview of `fixture`, stopped by `stop()`.
    struct Preview {
        let process: Process
        let port: Int

        init(_ fixture: ProjectFixture, templates: URL? = nil, errors: URL? = nil) throws {
            port = try RawHTTP.freePort()
            process = try DossierBinary.start(["serve", "--content", fixture.path, "--port", String(port)]
                                              + (templates.map { ["--templates", $0.path] } ?? []), errors: errors)
            guard RawHTTP.waitForListener(port: port, process: process) else {
                process.terminate()
                throw CancellationError()
            }
        }

        func get(_ path: String, method: String = "GET") throws -> RawHTTP.Reply {
            try RawHTTP.request(path, port: port, method: method)
        }

        /// Asks for `path` until `condition` holds of the reply (the watcher
        /// looks a few times a second), for at most ten seconds.
        func waitFor(_ path: String, _ condition: (RawHTTP.Reply) -> Bool) throws -> RawHTTP.Reply {
            let deadline = Date().addingTimeInterval(10)
            var reply = try get(path)
            while !condition(reply), Date() < deadline {
                usleep(50_000)
                reply = try get(path)
            }
            return reply
        }

        func stop() {
            if process.isRunning { kill(process.processIdentifier, SIGTERM) }
            process.waitUntilExit()
        }
    }

    @Test func servesTheSitesPagesAndNothingElse() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let secret = try fixture.writeOutside("secret.txt", "the build machine's secret")
        let preview = try Preview(fixture)
        defer { preview.stop() }

        for path in ["/", "/index.html", "/items.html", "/items/AS-1.html", "/style.css", "/phases/operation.html"] {
            #expect(try preview.get(path).status == 200, "\(path)")
        }
        #expect(try preview.get("/items/AS-1.html", method: "HEAD").body.isEmpty)
        #expect(try preview.get("/", method: "POST").status == 405)
        let refused = [
            "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/items/..%2F..%2Fsecret.txt",
            "/items/../../secret.txt", "//etc/passwd", "/etc/passwd", "/%2Fetc%2Fpasswd", "/link.txt",
            "/files/link.txt", "/files/../link.txt", "/dossier.yml", "/files/dossier.yml", "/assets/AS-1.md",
            "/items/AS-1.md", "/files/assets/AS-1.md", "/items/AS-1.html%00.md", "/..\\secret.txt",
            "\(secret.path)", "/items/NOPE.html",
        ]
        for path in refused {
            let reply = try preview.get(path)
            #expect(reply.status == 404, "\(path) answered \(reply.status)")
            #expect(!reply.body.contains("secret"), "\(path)")
            #expect(!reply.body.contains("id: AS-1"), "\(path)")
        }
    }

    @Test func aLinkOutOfTheContentFolderIsNeverServed() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let secret = try fixture.writeOutside("secret.txt", "the build machine's secret")
        try FileManager.default.createSymbolicLink(atPath: fixture.url.appendingPathComponent("link.txt").path,
                                                   withDestinationPath: secret.path)
        let preview = try Preview(fixture)
        defer { preview.stop() }
        for path in ["/link.txt", "/files/link.txt", "/files/../link.txt", "/items/link.txt"] {
            let reply = try preview.get(path)
            #expect(reply.status == 404, "\(path) answered \(reply.status)")
            #expect(!reply.body.contains("secret"), "\(path)")
        }
        // The loader refuses the link, as `check` does, and the preview says so.
        #expect(try preview.get("/").body.contains("link.txt:1"))
    }

    @Test func anEditReloadsOpenPagesWithTheNewContent() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let preview = try Preview(fixture)
        defer { preview.stop() }
        let page = try preview.get("/items/AS-1.html")
        #expect(page.body.contains("Dose history"))
        #expect(page.body.contains("/_dossier/events"), "the preview's pages listen for reloads")

        // Any generation after the first: on a loaded machine the stream may
        // connect after the edit is seen, and a save that truncates the file
        // before writing it may be seen as two changes; the page reloads on
        // any generation other than its own.
        let isLater: @Sendable (String) -> Bool = { $0.contains(/data: [1-9]/) }
        let events = Task {
            try RawHTTP.request("/_dossier/events", port: preview.port, untilReceived: isLater, timeout: 15)
        }
        usleep(1_000_000)
        let original = try String(contentsOf: fixture.url.appendingPathComponent("assets/AS-1.md"), encoding: .utf8)
        try fixture.write("assets/AS-1.md", original.replacingOccurrences(of: "Dose history", with: "Dose journal"))
        let stream = try awaitResult(events)
        #expect(stream.head.contains("text/event-stream"))
        #expect(isLater(stream.body), "an edit sends a later generation")
        #expect(try preview.waitFor("/items/AS-1.html") { $0.body.contains("Dose journal") }.body.contains("Dose journal"))
    }

    @Test func aFileInANewFolderShowsAndARemovedOneGoes() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let preview = try Preview(fixture)
        defer { preview.stop() }
        #expect(try preview.get("/items/AS-7.html").status == 404)
        // A folder made after the start is watched from when it appears.
        try fixture.write("assets/pump/AS-7.md", "---\nid: AS-7\ntype: asset\ntitle: Pump log\n---\nText.\n")
        let added = try preview.waitFor("/items/AS-7.html") { $0.status == 200 }
        #expect(added.body.contains("Pump log"))
        try fixture.write("assets/pump/AS-7.md", "---\nid: AS-7\ntype: asset\ntitle: Pump event log\n---\nText.\n")
        #expect(try preview.waitFor("/items/AS-7.html") { $0.body.contains("Pump event log") }.status == 200)
        try FileManager.default.removeItem(at: fixture.url.appendingPathComponent("assets/pump"))
        #expect(try preview.waitFor("/items/AS-7.html") { $0.status == 404 }.status == 404)
    }

    /// `sed -i` and many editors save by writing a scratch file beside the
    /// file and renaming it over; the scratch file is no change of the project.
    @Test func theTerminalCountsWhatTheProjectHoldsNotAnEditorsScratchFiles() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let log = fixture.root.appendingPathComponent("serve.log")
        let preview = try Preview(fixture, errors: log)
        defer { preview.stop() }
        let original = try String(contentsOf: fixture.url.appendingPathComponent("assets/AS-1.md"), encoding: .utf8)
        try fixture.write("assets/sedX1b2c3", original.replacingOccurrences(of: "Dose history", with: "Dose journal"))
        #expect(rename(fixture.url.appendingPathComponent("assets/sedX1b2c3").path,
                       fixture.url.appendingPathComponent("assets/AS-1.md").path) == 0)
        #expect(try preview.waitFor("/items/AS-1.html") { $0.body.contains("Dose journal") }.status == 200)
        // A file in a new folder counts once, not once more for its folder.
        // The folder is made beside the project and moved in whole: written
        // in place, a loaded machine could rebuild between the file's
        // creation and its text, which is two changes, not the one counted.
        let staged = fixture.root.appendingPathComponent("pump")
        try FileManager.default.createDirectory(at: staged, withIntermediateDirectories: true)
        try Data("---\nid: AS-7\ntype: asset\ntitle: Pump log\n---\nText.\n".utf8)
            .write(to: staged.appendingPathComponent("AS-7.md"))
        #expect(rename(staged.path, fixture.url.appendingPathComponent("assets/pump").path) == 0)
        #expect(try preview.waitFor("/items/AS-7.html") { $0.status == 200 }.status == 200)
        usleep(200_000)
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").filter { $0.contains("rebuilt in") }
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.allSatisfy { $0.hasPrefix("1 changed, rebuilt in ") }, "\(lines)")
    }

    /// A hidden file (an editor's swap file) or an empty folder is no input:
    /// no rebuild line, and the open pages are not told to reload for it.
    @Test func aHiddenFileOrAnEmptyFolderChangesNothing() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let log = fixture.root.appendingPathComponent("serve.log")
        let preview = try Preview(fixture, errors: log)
        defer { preview.stop() }
        try fixture.write("assets/.AS-1.md.swp", "swap")
        try FileManager.default.createDirectory(at: fixture.url.appendingPathComponent("assets/drafts"),
                                                withIntermediateDirectories: true)
        usleep(300_000)
        let original = try String(contentsOf: fixture.url.appendingPathComponent("assets/AS-1.md"), encoding: .utf8)
        try fixture.write("assets/AS-1.md", original.replacingOccurrences(of: "Dose history", with: "Dose journal"))
        #expect(try preview.waitFor("/items/AS-1.html") { $0.body.contains("Dose journal") }.status == 200)
        usleep(200_000)
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").filter { $0.contains("rebuilt in") }
        #expect(lines.count == 1, "\(lines)")
        #expect(lines.allSatisfy { $0.hasPrefix("1 changed, rebuilt in ") }, "\(lines)")
    }

    /// The kernel reports a folder moved away by its own path alone; taken
    /// for a scratch file, its items stayed in the preview.
    @Test func aFolderMovedOutOfTheProjectTakesItsItemsWithIt() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let preview = try Preview(fixture)
        defer { preview.stop() }
        try fixture.write("assets/pump/AS-7.md", "---\nid: AS-7\ntype: asset\ntitle: Pump log\n---\nText.\n")
        #expect(try preview.waitFor("/items/AS-7.html") { $0.status == 200 }.status == 200)
        try FileManager.default.moveItem(at: fixture.url.appendingPathComponent("assets/pump"),
                                         to: fixture.root.appendingPathComponent("pump-elsewhere"))
        #expect(try preview.waitFor("/items/AS-7.html") { $0.status == 404 }.status == 404)
    }

    @Test func anEditedTemplateShowsWithoutARestart() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let templates = fixture.root.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        let preview = try Preview(fixture, templates: templates)
        defer { preview.stop() }
        #expect(!(try preview.get("/style.css").body.contains("a house style")))
        try Data("/* a house style */\n".utf8).write(to: templates.appendingPathComponent("style.mustache"))
        let restyled = try preview.waitFor("/style.css") { $0.body.contains("a house style") }
        #expect(restyled.body.contains("a house style"))
    }

    @Test func inputErrorsShowAsAPageUntilTheyAreFixed() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let preview = try Preview(fixture)
        defer { preview.stop() }
        let original = try String(contentsOf: fixture.url.appendingPathComponent("assets/AS-1.md"), encoding: .utf8)
        try fixture.write("assets/AS-1.md", original.replacingOccurrences(of: "type: asset", with: "type: assett"))

        let broken = try preview.waitFor("/items/TH-1.html") { $0.body.contains("cannot be built") }
        #expect(broken.body.contains("assets/AS-1.md:3"), "\(broken.body)")
        #expect(broken.body.contains("<h1>The dossier cannot be built: 1 error</h1>\n<p>Fix it and save;"))
        #expect(broken.body.contains("/_dossier/events"), "the error page reloads itself too")

        try fixture.write("assets/AS-1.md", original)
        let fixed = try preview.waitFor("/items/TH-1.html") { !$0.body.contains("cannot be built") }
        #expect(fixed.status == 200)
        #expect(fixed.body.contains("Forged dose command"))
    }

    @Test func aPortInUseIsAClearErrorWithExitStatusTwo() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let port = try RawHTTP.freePort()
        let holder = try RawHTTP.bound(port: port)
        defer { close(holder) }
        let result = try DossierBinary.run(["serve", "--content", fixture.path, "--port", String(port)])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot listen on 127.0.0.1:\(port)"), "\(result.stderr)")
        #expect(result.stderr.contains("in use"), "\(result.stderr)")
    }

    /// As build: a templates folder that is not there stops it at once, a
    /// misspelt override is warned about (the port is taken, so it stops
    /// right after the warning).
    @Test func itsTemplatesAreCheckedAtTheStartAsBuildChecksThem() throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let missing = try DossierBinary.run(["serve", "--content", fixture.path, "--templates", "/nonexistent/templates"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("the templates folder /nonexistent/templates does not exist"), "\(missing.stderr)")
        try fixture.write("../tpl/site-fotter.mustache", "x")
        let port = try RawHTTP.freePort()
        let holder = try RawHTTP.bound(port: port)
        defer { close(holder) }
        let warned = try DossierBinary.run(["serve", "--content", fixture.path, "--port", String(port),
                                            "--templates", fixture.root.appendingPathComponent("tpl").path])
        #expect(warned.stderr.contains("site-fotter.mustache replaces no built-in template"), "\(warned.stderr)")
    }

    @Test(arguments: [SIGINT, SIGTERM])
    func aSignalStopsItPromptlyWithPagesOpen(_ signal: Int32) throws {
        let fixture = try ProjectFixture(files: CleanProject.files)
        defer { fixture.remove() }
        let preview = try Preview(fixture)
        let events = Task { try RawHTTP.request("/_dossier/events", port: preview.port, timeout: 15) }
        usleep(300_000)
        let started = Date()
        kill(preview.process.processIdentifier, signal)
        preview.process.waitUntilExit()
        #expect(preview.process.terminationStatus == 0)
        #expect(Date().timeIntervalSince(started) < 3)
        _ = try awaitResult(events)
    }

    /// The value of a task started to read a stream while the test edits.
    private func awaitResult<T: Sendable>(_ task: Task<T, any Error>) throws -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.result = await task.result
            done.signal()
        }
        done.wait()
        return try box.result!.get()
    }
}

private final class ResultBox<T: Sendable>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
