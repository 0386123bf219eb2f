/// Where the preview learns of edits: the kernel's events where they see
/// every edit exactly (Linux, a folder without links), else a scan of the
/// folder's modification times.
final class EditWatch {
    #if os(Linux)
    private var events: InotifyWatcher?
    #endif
    private var scan: FolderWatcher?
    private let root: String

    init(root: String) {
        self.root = root
        #if os(Linux)
        events = InotifyWatcher.make(root: root)
        if events != nil { return }
        #endif
        scan = FolderWatcher(root: root)
    }

    /// How long to wait between two looks: events cost nothing to look for,
    /// a scan of a large folder does.
    var interval: Duration {
        scan == nil ? .milliseconds(5) : .milliseconds(100)
    }

    /// The paths, relative to the root, added, removed or modified since the
    /// last call (a removed folder may be given as its own path).
    func changes() -> Set<String> {
        #if os(Linux)
        if let events {
            let changed = events.changes()
            if events.isIncomplete {
                self.events = nil
                scan = FolderWatcher(root: root)
            }
            return changed
        }
        #endif
        return scan?.changes() ?? []
    }
}
