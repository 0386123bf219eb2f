import DossierModel
import DossierPipeline
import DossierRender
import Foundation
import Hummingbird
import Logging

/// `dossier serve`: the site of the content as it is now, rendered page by
/// page when a browser asks, rebuilt when a file changes.
public final class PreviewServer: @unchecked Sendable {
    public enum Failure: Error, CustomStringConvertible {
        /// The address could not be listened on (a port in use, a host that
        /// is not this machine's).
        case cannotListen(host: String, port: Int, reason: String)

        public var description: String {
            switch self {
            case .cannotListen(let host, let port, let reason):
                "cannot listen on \(host):\(port): \(reason)"
            }
        }
    }

    /// How long to wait after the first event of an edit for the rest of
    /// it: editors write a file and rename it, or write it in parts.
    static let settleTime: Duration = .milliseconds(2)

    let host: String
    let port: Int
    private let builder: PreviewBuilder
    private let contentFolder: URL
    private let templateFolder: URL?
    private let events = ReloadEvents()
    private let lock = NSLock()
    private var content: PreviewContent
    /// The templates `content` was rendered with, for the style sheet of the
    /// error page; the built-in ones while an override cannot be read.
    private var templates: TemplateSet

    public init(pipeline: Pipeline, templateFolder: URL?, host: String, port: Int) {
        self.host = host
        self.port = port
        contentFolder = pipeline.contentFolder
        self.templateFolder = templateFolder
        builder = PreviewBuilder(pipeline: pipeline, templateFolder: templateFolder)
        content = builder.build()
        templates = builder.templates ?? .builtin()
    }

    /// A one-line account of the current content, for the terminal.
    public var status: String {
        switch lock.withLock({ content }) {
        case .site: "the site is up to date"
        case .errors(let diagnostics):
            "\(CountText.phrase(diagnostics.count, "input error")); the preview lists \(diagnostics.count == 1 ? "it" : "them")"
        case .templateError: "a template cannot be read; the preview shows why"
        }
    }

    /// Serves until the process ends. Calls `ready` once it listens; throws
    /// `Failure.cannotListen` when it cannot.
    public func run(ready: @escaping @Sendable () -> Void, rebuilt: @escaping @Sendable (String) -> Void) async throws {
        let listening = ListeningFlag()
        let responder = CallbackResponder<BasicRequestContext> { [self] request, _ in
            respond(to: request)
        }
        let app = Application(
            responder: responder,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { _ in
                listening.set()
                ready()
            },
            logger: .init(label: "dossier-serve", factory: { _ in SwiftLogNoOpLogHandler() }))
        let watch = Task.detached { [self] in await watchFolders(rebuilt: rebuilt) }
        defer { watch.cancel() }
        do {
            try await app.run()
        } catch {
            guard listening.isSet else {
                let text = String(describing: error)
                let reason = text.localizedCaseInsensitiveContains("address already in use")
                    ? "the port is in use (another preview?); pick another with --port" : text
                throw Failure.cannotListen(host: host, port: port, reason: reason)
            }
            throw error
        }
    }

    /// Ends the pages' event streams, which would otherwise hold the server.
    public func stop() {
        events.finishAll()
    }

    private func watchFolders(rebuilt: @escaping @Sendable (String) -> Void) async {
        let contentWatch = EditWatch(root: contentFolder.path)
        let templateWatch = templateFolder.map { EditWatch(root: $0.path) }
        while !Task.isCancelled {
            try? await Task.sleep(for: max(contentWatch.interval, templateWatch?.interval ?? .zero))
            var changed = contentWatch.changes()
            var templatesChanged = !(templateWatch?.changes().isEmpty ?? true)
            guard !changed.isEmpty || templatesChanged else { continue }
            try? await Task.sleep(for: Self.settleTime)
            changed.formUnion(contentWatch.changes())
            templatesChanged = templatesChanged || !(templateWatch?.changes().isEmpty ?? true)
            let clock = ContinuousClock()
            let started = clock.now
            let fresh = builder.build(changed: changed, templatesChanged: templatesChanged)
            let count = builder.changedInputCount + (templatesChanged ? 1 : 0)
            // An editor's scratch file, seen before it was renamed over the
            // real one, changes no input: the open pages need no reload and
            // the terminal no line for it.
            guard count > 0 else { continue }
            let templates = builder.templates ?? .builtin()
            lock.withLock { (content, self.templates) = (fresh, templates) }
            events.advance()
            let elapsed = (clock.now - started).components
            let milliseconds = elapsed.seconds * 1000 + elapsed.attoseconds / 1_000_000_000_000_000
            rebuilt("\(count) changed, rebuilt in \(milliseconds) ms: \(status)")
        }
    }

    func respond(to request: Request) -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        if request.uri.path == "/_dossier/events" { return eventStream() }
        guard let path = SitePath.resolve(request.uri.path) else { return notFound() }
        let (content, templates, generation) = lock.withLock { (self.content, self.templates, events.current) }
        var body: Data
        switch content {
        case .site(let pages):
            guard let page = pages.page(at: path) else { return notFound() }
            body = page.contents
        case .errors, .templateError:
            if path == "style.css" {
                body = SitePages.styleSheet(with: templates).contents
            } else if path.hasSuffix(".html") {
                body = Data(errorPage(content).utf8)
            } else {
                return notFound()
            }
        }
        if path.hasSuffix(".html") {
            body = Data(PreviewPage.withReload(String(decoding: body, as: UTF8.self), generation: generation).utf8)
        }
        return file(body, type: SitePath.contentType(of: path), head: request.method == .head)
    }

    private func errorPage(_ content: PreviewContent) -> String {
        switch content {
        case .errors(let diagnostics):
            PreviewPage.errors(diagnostics, templateFailure: nil, contentFolder: contentFolder.path)
        case .templateError(let failure):
            PreviewPage.errors([], templateFailure: failure, contentFolder: contentFolder.path)
        case .site:
            ""
        }
    }

    private func file(_ body: Data, type: String, head: Bool) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: "no-store"]
        headers[.contentLength] = String(body.count)
        return Response(status: .ok, headers: headers,
                        body: head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    private func notFound() -> Response {
        let text = "Not found: the preview serves the pages of the site only.\n"
        return Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                        body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// Sends the generation now and at every change, until the page closes
    /// or the server stops.
    private func eventStream() -> Response {
        let stream = events.subscribe()
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
            body: ResponseBody { writer in
                for await generation in stream {
                    try await writer.write(ByteBuffer(string: "data: \(generation)\n\n"))
                }
                try await writer.finish(nil)
            })
    }
}

/// Whether the server got as far as listening.
private final class ListeningFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
