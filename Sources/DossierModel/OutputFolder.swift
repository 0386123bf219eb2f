/// What marks a folder as one `dossier build` wrote: the writer replaces
/// only such a folder, and the content walk never reads one as content.
public enum OutputFolder {
    public static let markerName = ".dossier-output"
}
