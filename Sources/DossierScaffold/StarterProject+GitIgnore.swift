extension StarterProject {
    /// Keeps what `dossier build` writes out of version control: the output
    /// and, should a build be killed, what it leaves beside the output.
    /// Written only where there is no `.gitignore` yet; a team's own is
    /// never changed.
    public static let gitIgnore = File(path: ".gitignore", contents: """
        # Written by `dossier build` from content/; build again rather than commit it.
        /output/
        # Beside the output while a build runs; left behind only if one is killed.
        /.output.*

        """)
}
