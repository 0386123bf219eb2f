import ArgumentParser
import DossierModel
import DossierReport
import DossierScaffold
import Foundation

/// `--content`, shared by every command that reads a project, and where the
/// project is when it is not given.
struct ContentOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The content folder with dossier.yml "
            + "(default: ./content, or the current folder when dossier.yml is in it).",
        valueName: "dir"))
    var content: String?

    func validate() throws {
        // An empty value would read the working folder, output and all.
        if content?.isEmpty == true { throw ValidationError("--content needs a folder name") }
    }

    /// The folder given, else ./content, else the current folder when that
    /// is the content folder: people run the tool from where they edit.
    var path: String { content ?? (Self.isInsideContentFolder ? "." : StarterProject.contentFolder) }

    /// `name` in the folder that holds the content folder, where `build`
    /// puts its output and looks for templates unless told otherwise. Inside
    /// the content folder that is "..": an output written into the content
    /// would be read back as design inputs by the next check.
    func inProjectFolder(_ name: String) -> String {
        content == nil && Self.isInsideContentFolder ? "../" + name : name
    }

    /// The folder of template overrides: the one given, else ./templates
    /// beside the content folder when it exists.
    func templateFolder(given: String?) -> URL? {
        if let given { return URL(fileURLWithPath: given) }
        var isFolder: ObjCBool = false
        let fallback = inProjectFolder("templates")
        return FileManager.default.fileExists(atPath: fallback, isDirectory: &isFolder) && isFolder.boolValue
            ? URL(fileURLWithPath: fallback) : nil
    }

    /// Where the tool names files for the person who ran it.
    var folder: SARIFCheckReport.ContentFolder {
        SARIFCheckReport.ContentFolder(path: path, workingDirectory: FileManager.default.currentDirectoryPath)
    }

    private static var isInsideContentFolder: Bool {
        let manager = FileManager.default
        let configuration = ProjectConfiguration.fileName
        return !manager.fileExists(atPath: StarterProject.contentFolder + "/" + configuration)
            && manager.fileExists(atPath: configuration)
    }
}
