extension StarterProject {
    static let requirementsReview = """
        ---
        id: REV-001
        type: review
        title: Review of the security requirements for design review 1
        date: 2026-01-20
        outcome: approved-with-actions
        reviewers:
          - { name: C. Architect, role: architect }
          - { name: D. Tester, role: tester }
          - { name: E. Security, role: security }
          - { name: F. Clinician, role: clinical, independent: true }
        scope: [security-requirement, threat]
        # revision: design-review-1           # the git revision or folder the review saw
        actions: Reword SR-008's buffer size as a number of readings.
        ---
        The security requirements and the threats they derive from were read
        aloud and checked against the data-flow diagram. With `revision` set,
        `dossier check` reports every security requirement or threat changed
        since that revision, until it is reviewed again.

        """
}
