import DossierModel
import DossierReport
import Foundation

/// Writes diagnostics for people: colour only on a terminal and never with
/// NO_COLOR (https://no-color.org).
struct Console {
    let colour: Bool

    static func standardError() -> Console {
        let environment = ProcessInfo.processInfo.environment
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return Console(colour: isatty(STDERR_FILENO) == 1 && !noColour && environment["TERM"] != "dumb")
    }

    /// The diagnostics, one a line, each file named from the working folder
    /// (as SARIF does) rather than from the content folder, so a terminal or
    /// an editor can open it as printed. One write for all: a large SBOM
    /// brings thousands of findings.
    func lines(_ diagnostics: [Diagnostic], in folder: SARIFCheckReport.ContentFolder) {
        guard !diagnostics.isEmpty else { return }
        var text = ""
        for diagnostic in diagnostics {
            text += line(diagnostic, in: folder)
            text += "\n"
        }
        FileHandle.standardError.write(Data(text.utf8))
    }

    private func line(_ diagnostic: Diagnostic, in folder: SARIFCheckReport.ContentFolder) -> String {
        let place = diagnostic.location.file == "." ? folder.displayName + ":"
            : "\(folder.path(of: diagnostic.location.file)):\(diagnostic.location.line):"
        guard colour else { return diagnostic.line(at: place) }
        let code: String
        switch diagnostic.severity {
        case .error: code = "31"
        case .major: code = "33"
        case .minor: code = "36"
        }
        return "\u{1B}[1m\(place)\u{1B}[0m \u{1B}[\(code)m\(diagnostic.severity.rawValue):\u{1B}[0m "
            + "[\(diagnostic.code)] \(diagnostic.message)\(diagnostic.dispositionNote)"
    }

    func summary(_ text: String) { write(colour ? "\u{1B}[1m\(text)\u{1B}[0m" : text) }

    func write(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func writeStandardOutput(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
