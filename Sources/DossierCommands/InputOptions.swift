import ArgumentParser
import DossierLoad
import DossierPipeline
import Foundation

/// Where the content is and how much of it the tool will read; shared by
/// `check` and `build` so both read a project the same way.
struct InputOptions: ParsableArguments {
    @OptionGroup var content: ContentOption

    @Option(name: .customLong("max-file-size"), help: "The largest Markdown file or dossier.yml read, in MiB.")
    var maximumFileSize: Int = LoadLimits.standard.maximumFileSize >> 20

    @Option(name: .customLong("max-items"), help: "The most Markdown files read from the content folder.")
    var maximumItems: Int = LoadLimits.standard.maximumItems

    @Flag(name: .long, help: "Print how long each stage took, on standard error.")
    var timings = false

    func validate() throws {
        guard (1...1024).contains(maximumFileSize) else {
            throw ValidationError("--max-file-size takes a whole number of MiB from 1 to 1024")
        }
        guard maximumItems > 0 else { throw ValidationError("--max-items takes a positive number") }
        // reproducible-builds.org: a malformed value should stop the build,
        // not quietly date the dossier "undated".
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty,
           Int(epoch.trimmingCharacters(in: .whitespaces)) == nil {
            throw ValidationError("SOURCE_DATE_EPOCH is '\(epoch)', not a whole number of seconds since 1970; "
                + "set it to one, or unset it")
        }
    }

    func pipeline(baseline: String? = nil) -> Pipeline {
        Pipeline(contentFolder: URL(fileURLWithPath: content.path),
                 limits: LoadLimits(maximumFileSize: maximumFileSize << 20, maximumItems: maximumItems),
                 baseline: baseline)
    }
}

/// `--baseline`: optional for `check`, `build` and `serve`, which compare
/// when given one; `diff` declares its own, required.
struct BaselineOption: ParsableArguments {
    static let help = ArgumentHelp(
        "An earlier revision to compare with: a git revision (tag, branch, commit) of the repository that "
            + "holds the content folder, or the path of an earlier copy of the content folder.",
        valueName: "ref")

    @Option(name: .long, help: Self.help)
    var baseline: String?
}
