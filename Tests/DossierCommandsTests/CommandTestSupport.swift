import DossierTestSupport
import Foundation

/// Runs `dossier check --content content arguments…` in the folder that
/// holds a fixture's content folder, as a user in the project folder would.
func check(_ files: [String: String], _ arguments: [String] = []) throws
    -> (status: Int32, stdout: String, stderr: String)
{
    let fixture = try ProjectFixture(files: files)
    defer { fixture.remove() }
    return try DossierBinary.run(["check", "--content", "content"] + arguments, in: fixture.root)
}

/// The clean project with an unmitigated threat (major) added; a
/// penetration test attacks it, so that it is its only gap.
let projectWithMajorFinding = CleanProject.with("""
    -- threats/TH-2.md --
    ---
    id: TH-2
    type: threat
    title: Replayed dose command
    phases: [operation]
    risk: medium
    residual_risk: low
    assets: [AS-1]
    ---
    -- verification/VER-2.md --
    ---
    id: VER-2
    type: verification
    title: Replay attack on the hub
    kind: penetration
    result: pass
    threats: [TH-2]
    ---
    """)

/// The clean project with an unverified requirement (minor) added.
let projectWithMinorFinding = CleanProject.with("""
    -- requirements/REQ-2.md --
    ---
    id: REQ-2
    type: requirement
    title: The app shows the last ten doses
    ---
    """)

/// The clean project with one input error: a threat without phases.
let projectWithInputError = CleanProject.with("""
    -- threats/TH-2.md --
    ---
    id: TH-2
    type: threat
    title: Replayed dose command
    risk: medium
    residual_risk: low
    ---
    """)

extension String {
    /// The lines of the text, without the empty one after the final newline.
    var lines: [String] {
        split(separator: "\n", omittingEmptySubsequences: false).dropLast(hasSuffix("\n") ? 1 : 0).map(String.init)
    }
}
