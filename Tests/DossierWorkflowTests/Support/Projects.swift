import DossierTestSupport
import Foundation

/// Projects with something to report, built on the starter project.
enum Projects {
    /// Two findings: a checklist-derived security requirement (major) that
    /// nothing verifies (minor).
    static func withFindings() throws -> ProjectFixture {
        let project = try ProjectFixture.starterProject()
        try project.write("security/SR-099.md", """
            ---
            id: SR-099
            type: security-requirement
            title: Passwords have at least 12 characters
            phases: [operation]
            category: authentication
            acceptance_criteria: A password of 11 characters is refused.
            ---
            Copied from a checklist.
            """)
        return project
    }

    /// Two input errors, one of them with markup and a control character in
    /// the value the message quotes.
    static func withErrors() throws -> ProjectFixture {
        let project = try ProjectFixture.starterProject()
        try project.write("threats/TH-098.md", """
            ---
            id: TH-098
            type: threat
            title: Hostile values
            phases: [operation]
            stride: ["<b>&\\"x' ]]> \\x01"]
            ---
            """)
        try project.write("threats/TH-099.md", "---\nid: TH-099\ntype: threat\n---\nNo title.\n")
        return project
    }
}
