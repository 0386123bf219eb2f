import DossierTestSupport
import Foundation
import Testing

/// `build --pdf` when WeasyPrint is missing, fails or hangs: exit 2, a
/// message that says what to do, and the previous output as it was. A
/// stand-in `weasyprint` on PATH plays each part.
@Suite struct PDFBuildFaultTests {
    /// A project built once without `--pdf`: the output a failed build must leave alone.
    private func builtProject() throws -> (project: ProjectFixture, before: Data) {
        let project = try ProjectFixture.starterProject()
        let first = try DossierBinary.run(["build", "--quiet"], in: project.root)
        try #require(first.status == 0, "\(first.stderr)")
        let before = try Data(contentsOf: project.root.appendingPathComponent("output/dossier.json"))
        return (project, before)
    }

    /// A folder holding only a `weasyprint` script with `body`, for PATH.
    private func fakeWeasyPrint(_ body: String, in project: ProjectFixture) throws -> String {
        try project.writeOutside("fake-bin/weasyprint", "#!/bin/sh\n\(body)\n")
        let script = project.root.appendingPathComponent("fake-bin/weasyprint")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return project.root.appendingPathComponent("fake-bin").path + ":/usr/bin:/bin"
    }

    private func expectOutputUntouched(_ project: ProjectFixture, _ before: Data,
                                       sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(!project.existsOutside("output/dossier.pdf"), sourceLocation: sourceLocation)
        #expect(try Data(contentsOf: project.root.appendingPathComponent("output/dossier.json")) == before,
                sourceLocation: sourceLocation)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path)
            .filter { $0.hasPrefix(".output") || $0.contains("staging") }
        #expect(leftovers.isEmpty, "staging folders left: \(leftovers)", sourceLocation: sourceLocation)
    }

    @Test func withoutWeasyPrintSaysHowToInstallIt() throws {
        let (project, before) = try builtProject()
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("empty-bin"),
                                                withIntermediateDirectories: true)
        let run = try DossierBinary.run(["build", "--pdf"], in: project.root,
                                        environment: ["PATH": project.root.appendingPathComponent("empty-bin").path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("`weasyprint` is not on PATH"))
        #expect(run.stderr.contains("apt-get install weasyprint"))
        try expectOutputUntouched(project, before)
    }

    @Test func weasyPrintFailingFailsTheBuildWithItsMessage() throws {
        let (project, before) = try builtProject()
        let path = try fakeWeasyPrint("echo 'WARNING: ignored' >&2; echo 'ERROR: Failed to load font' >&2; exit 1",
                                      in: project)
        let run = try DossierBinary.run(["build", "--pdf"], in: project.root, environment: ["PATH": path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("WeasyPrint failed (exit status 1): ERROR: Failed to load font"))
        #expect(!run.stderr.contains("WARNING: ignored"))
        try expectOutputUntouched(project, before)
    }

    /// A Python traceback names WeasyPrint's files, none of the author's:
    /// the message keeps the error it ends with.
    @Test func aTracebackIsCutToItsError() throws {
        let (project, before) = try builtProject()
        let path = try fakeWeasyPrint(Self.traceback + "\nexit 1", in: project)
        let run = try DossierBinary.run(["build", "--pdf"], in: project.root, environment: ["PATH": path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("WeasyPrint failed (exit status 1): " + Self.pythonError), "\(run.stderr)")
        #expect(!run.stderr.contains("Traceback") && !run.stderr.contains("draw.py"), "\(run.stderr)")
        try expectOutputUntouched(project, before)
    }

    /// WeasyPrint stops on one image: each SVG is tried alone, and the error
    /// names the one that fails and the section that shows it.
    @Test func anImageWeasyPrintCannotDrawIsNamedWithItsSection() throws {
        let (project, before) = try builtProject()
        let bad = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"><circle r=\"4\"/></svg>\n"
        let good = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"><rect width=\"4\"/></svg>\n"
        try project.write("sections/bad.svg", bad)
        try project.write("sections/good.svg", good)
        let scope = try project.read("sections/01-scope.md")
        try project.write("sections/01-scope.md", scope + "\n![Context](good.svg)\n\n![Data flow](bad.svg)\n")
        // Fails on any page that embeds bad.svg, as WeasyPrint on an SVG it cannot draw.
        let path = try fakeWeasyPrint("""
            previous=; for argument; do input=$previous; previous=$argument; done
            if grep -qF '\(Data(bad.utf8).base64EncodedString())' "$input"; then
            \(Self.traceback)
            exit 1
            fi
            : > "$previous"
            """, in: project)
        let run = try DossierBinary.run(["build", "--pdf"], in: project.root, environment: ["PATH": path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("WeasyPrint cannot draw the image sections/bad.svg (shown in SEC-SCOPE) and stopped "
            + "(exit status 1: \(Self.pythonError))"), "\(run.stderr)")
        #expect(!run.stderr.contains("good.svg") && !run.stderr.contains("Traceback"), "\(run.stderr)")
        try expectOutputUntouched(project, before)
    }

    static let pythonError = "AttributeError: 'NoneType' object has no attribute 'attrib'"

    /// What WeasyPrint 57.2 prints for an SVG marker that is not there, shortened.
    static let traceback = """
        echo 'Traceback (most recent call last):' >&2
        echo '  File "/usr/lib/python3/dist-packages/weasyprint/draw.py", line 945, in draw_replacedbox' >&2
        echo '    box.replacement.draw(' >&2
        echo "\(pythonError)" >&2
        """

    @Test func weasyPrintPastTheTimeLimitIsStopped() throws {
        let (project, before) = try builtProject()
        let path = try fakeWeasyPrint("sleep 30", in: project)
        let started = Date()
        let run = try DossierBinary.run(["build", "--pdf", "--pdf-timeout", "0.5"], in: project.root,
                                        environment: ["PATH": path])
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(run.status == 2)
        #expect(run.stderr.contains("did not finish the PDF within 0.5 seconds"), "\(run.stderr)")
        try expectOutputUntouched(project, before)
    }

    /// Ctrl-C while WeasyPrint runs: it is stopped with the build, and the
    /// lock and temporary files go too (a child left running wrote on into
    /// a removed folder; the lock stayed).
    @Test func anInterruptStopsWeasyPrintAndLeavesNothingBehind() throws {
        let (project, before) = try builtProject()
        let pidFile = project.root.appendingPathComponent("weasyprint.pid").path
        let path = try fakeWeasyPrint("echo $$ > \(pidFile)\nexec sleep 30", in: project)
        let build = try DossierBinary.start(["build", "--pdf", "--quiet"], in: project.root, environment: ["PATH": path])
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: pidFile), Date() < deadline { usleep(50_000) }
        let child = try #require(Int32(String(decoding: try Data(contentsOf: URL(fileURLWithPath: pidFile)), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(build.processIdentifier, SIGINT)
        build.waitUntilExit()
        #expect(build.terminationStatus == 130)
        usleep(200_000)
        // Gone, or a zombie waiting for whoever inherited it to reap it.
        let state = (try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8))?
            .split(separator: ")").last?.split(separator: " ").first
        #expect(state == nil || state == "Z", "WeasyPrint still runs: \(state ?? "")")
        #expect(!project.existsOutside(".output.lock"))
        try expectOutputUntouched(project, before)
    }

    @Test func aTimeLimitOfZeroIsWrongUsage() throws {
        let project = try ProjectFixture.starterProject()
        let run = try DossierBinary.run(["build", "--pdf", "--pdf-timeout", "0"], in: project.root)
        #expect(run.status == 64)
        let alone = try DossierBinary.run(["build", "--pdf-timeout", "60"], in: project.root)
        #expect(alone.status == 64)
        #expect(alone.stderr.contains("--pdf-timeout applies only with --pdf"))
    }

    @Test func withoutPDFNoWeasyPrintIsNeeded() throws {
        let project = try ProjectFixture.starterProject()
        let run = try DossierBinary.run(["build", "--quiet"], in: project.root, environment: ["PATH": "/nonexistent"])
        #expect(run.status == 0)
        #expect(!project.existsOutside("output/dossier.pdf"))
        #expect(project.existsOutside("output/dossier.reqif"))
    }
}
