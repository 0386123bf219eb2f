/// One person who took part in a review, in the role that the standards
/// ask for (IEC 81001-5-1 §5.2.2, from IEC 62443-4-1 SR-5).
public struct Reviewer: FieldRecord {
    public var name: String
    public var role: ReviewerRole
    /// Not the author of what was reviewed, nor reporting to them.
    public var independent: Bool

    public init(name: String, role: ReviewerRole, independent: Bool = false) {
        self.name = name
        self.role = role
        self.independent = independent
    }

    public static let entryName = "reviewer"

    public static let fields: [FieldSpec] = [
        FieldSpec("name", .text, label: "Name", help: "Who reviewed.", required: true),
        FieldSpec("role", .choice(ReviewerRole.allowedValues), label: "Role", help: "The discipline they reviewed for.",
                  required: true),
        FieldSpec("independent", .flag, label: "Independent",
                  help: "Not the author of what was reviewed, nor reporting to them.", defaultValue: "false"),
    ]

    public init?(values: [String: FieldContent]) {
        guard case .text(let name) = values["name"], case .text(let role) = values["role"],
              let role = ReviewerRole(rawValue: role) else { return nil }
        var independent = false
        if case .flag(let flag) = values["independent"] { independent = flag }
        self.init(name: name, role: role, independent: independent)
    }

    public var values: [String: FieldContent] {
        ["name": .text(name), "role": .text(role.rawValue), "independent": .flag(independent)]
    }
}

/// The discipline a reviewer speaks for.
public enum ReviewerRole: String, EnumeratedValue {
    case architect, developer, tester, security, clinical, quality, regulatory, other
}

/// What a review decided (ISO 13485 §7.3.5: the results of reviews and any
/// necessary actions are recorded).
public enum ReviewOutcome: String, EnumeratedValue {
    case approved
    case approvedWithActions = "approved-with-actions"
    case rejected

    /// Whether the review let what it saw stand.
    public var isApproving: Bool { self != .rejected }
}
