import ArgumentParser
import DossierLoad
import DossierRender
import DossierServe
import Foundation

/// `dossier serve`: a live preview of the site while the content is edited.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the docs site, rebuilt and reloaded in the browser at every save.",
        discussion: """
            Pages are rendered from the content as it is when the browser asks for them. When a file \
            under the content or templates folder changes, open pages reload by themselves; input errors \
            show as a page that lists them until they are fixed. Nothing is written to disk.

            Examples:
              dossier serve                      # then open http://127.0.0.1:8000/
              dossier serve --port 8080 --templates my-templates
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var comparison: BaselineOption

    @Option(name: .long, help: "A folder of .mustache files that replace built-in templates of the same name (default: ./templates when it exists).")
    var templates: String?

    @Option(name: .long, help: "The port to listen on.")
    var port: Int = 8000

    @Option(name: .long, help: ArgumentHelp(
        "The address to listen on; anything but the loopback address lets other machines read the dossier.",
        valueName: "addr"))
    var host = "127.0.0.1"

    func validate() throws {
        guard (1...65535).contains(port) else { throw ValidationError("--port takes a number from 1 to 65535") }
    }

    func run() throws {
        let console = Console.standardError()
        // A preview of nothing would run and serve an error page until stopped.
        if let problem = ContentLoader.problem(withFolder: URL(fileURLWithPath: input.content.path)) {
            console.error(problem)
            throw ExitCode(2)
        }
        // Read once at the start as build reads them: a missing folder stops
        // the preview, a misspelt name is warned about; a template that does
        // not parse shows on the preview's page until it is fixed.
        let templateFolder = input.content.templateFolder(given: templates)
        if let folder = templateFolder {
            do throws(TemplateSet.Failure) {
                for warning in try TemplateSet(overrides: folder).warnings { console.write(warning) }
            } catch {
                if case .missingFolder = error {
                    console.write(error.description)
                    throw ExitCode(2)
                }
            }
        }
        if !Self.isLoopback(host) {
            console.write("warning: listening on \(host): other machines that reach this one can read the dossier")
        }
        let server = PreviewServer(pipeline: input.pipeline(baseline: comparison.baseline), templateFolder: templateFolder,
                                   host: host, port: port)
        Self.stopOnSignals(server, console: console)
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let address = "http://\(host.contains(":") ? "[\(host)]" : host):\(port)/"
        Task.detached {
            do {
                try await server.run(
                    ready: { console.summary("Serving \(input.content.path) at \(address) (Ctrl-C to stop): \(server.status)") },
                    rebuilt: { console.write($0) })
            } catch {
                outcome.record(error)
            }
            done.signal()
        }
        done.wait()
        if let failure = outcome.failure {
            console.write("error: \(failure)")
            throw ExitCode(2)
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// Ctrl-C and SIGTERM end the preview at once: it writes nothing, so
    /// there is nothing to finish but the open pages' event streams.
    private static func stopOnSignals(_ server: PreviewServer, console: Console) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                server.stop()
                console.write("Stopped.")
                Foundation.exit(0)
            }
            source.resume()
            signalSources.append(source)
        }
    }

    nonisolated(unsafe) private static var signalSources: [any DispatchSourceSignal] = []
}

/// How the server ended, handed from its task to the command.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var error: (any Error)?
    var failure: (any Error)? { lock.withLock { error } }
    func record(_ error: any Error) { lock.withLock { self.error = error } }
}
