/// A record of a review of design inputs (IEC 81001-5-1 §5.2.2; ISO 13485
/// §7.3.3, §7.3.5): who reviewed which items, for which disciplines, when,
/// what they saw and what they decided.
public struct ReviewDetails: ItemDetailsType {
    /// `YYYY-MM-DD` as written.
    public var date: String?
    public var outcome: ReviewOutcome?
    public var reviewers: [Reviewer] = []
    /// As written; empty stands for `security-requirement` (`coveredTypes`).
    public var scope: [ItemType] = []
    /// The git revision or folder the review saw, as `--baseline` takes it.
    public var revision: String?
    public var actions: String?
    public init() {}

    public static let declaration = ItemTypeDeclaration(
        "Review", plural: "Reviews", idPrefix: "REV-", folder: "reviews",
        skeletonBody: "How the review was held (meeting, pull request, walk-through), what it looked at, and what "
            + "the reviewers concluded.",
        skeletonValues: [
            "outcome": .yaml(""),
            "scope": .yaml("[\(ItemType.securityRequirement.rawValue)]"),
            // One reviewer of each discipline `review-roles-incomplete` asks for, to be named.
            "reviewers": .yaml("""

                  - { name: "", role: architect, independent: false }
                  - { name: "", role: tester, independent: false }
                  - { name: "", role: security, independent: false }
                  - { name: "", role: clinical, independent: true }
                """),
        ],
        newHint: "fill in the `date`, the `outcome` and each reviewer's `name`, and set `revision` to the git "
            + "revision or folder the review saw, so that `check` reports what changed since")

    public static let fields: [ItemField<Self>] = [
        .date("date", \.date, label: "Date", help: "When the review was held.", required: true),
        .choice("outcome", \.outcome, label: "Outcome", help: "What the review decided.", required: true),
        .records("reviewers", \.reviewers, label: "Reviewers",
                 help: "Who reviewed, in which role, and whether independent of the authors.", required: true),
        .choices("scope", \.scope, label: "Scope", help: "The item types reviewed.",
                 defaultValue: [.securityRequirement]),
        .text("revision", \.revision, label: "Revision",
              help: "The git revision or folder (relative to the content folder) the review saw, as --baseline takes it."),
        .text("actions", \.actions, label: "Actions", help: "What the review asked to be done."),
        .link(.items, help: "Particular items reviewed.", reverse: "Reviewed in"),
    ]

    /// The item types the review covers: its `scope`, else security requirements.
    public var coveredTypes: [ItemType] { scope.isEmpty ? [.securityRequirement] : scope }

    public var wrapped: ItemDetails { .review(self) }
}

extension ItemType: EnumeratedValue {}

extension Item {
    public var review: ReviewDetails? { if case .review(let details) = details { details } else { nil } }
}
