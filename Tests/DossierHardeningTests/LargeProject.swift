import DossierTestSupport

/// A clean project with many threats, each mitigated and verified, so a
/// build runs long enough to be interrupted.
enum LargeProject {
    static func files(threats count: Int) -> [String: String] {
        var files = CleanProject.files
        for number in 2...count {
            files["threats/TH-\(number).md"] = """
                ---
                id: TH-\(number)
                type: threat
                title: Replayed dose command number \(number)
                phases: [operation]
                assets: [AS-1]
                ---
                A captured command is sent again; see [[SR-\(number + 100)]].

                """
            files["security/SR-\(number + 100).md"] = """
                ---
                id: SR-\(number + 100)
                type: security-requirement
                title: Dose command \(number) carries a monotonic counter
                phases: operation
                category: integrity
                threats: TH-\(number)
                ---
                The hub rejects a command whose counter is not above the last one.

                """
            files["verification/VER-\(number).md"] = """
                ---
                id: VER-\(number)
                type: verification
                title: Replay test \(number)
                result: pass
                verifies: SR-\(number + 100)
                ---
                Replayed; rejected.

                """
        }
        return files
    }
}
