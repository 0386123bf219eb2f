import Mustache

/// The "Reviews" chapter (IEC 81001-5-1 §5.2.2; ISO 13485 §7.3.3, §7.3.5):
/// every review, oldest first, with who took part in which role, and for
/// each latest approving review what changed since the revision it saw.
struct ReviewsChapterView: Sendable {
    var reviews: [ReviewView]
    var hasReviews: Bool
    /// "The security requirements were last approved in REV-003 on 2026-11-12."
    var summaryText: String
}

extension ReviewsChapterView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "reviews": self.reviews
        case "hasReviews": self.hasReviews
        case "summaryText": self.summaryText
        default: nil
        }
    }
}

/// One review record.
struct ReviewView: Sendable {
    var item: ItemReferenceView
    var date: String
    var outcome: String
    /// "approved with actions".
    var outcomeText: String
    /// The badge class: covered (approved), open (with actions), gap (rejected).
    var outcomeState: String
    /// "security requirements, threats".
    var scopeText: String
    var revision: String
    var hasRevision: Bool
    var reviewers: [ReviewerView]
    /// "M. Keller (security), S. Okafor (clinical, independent)".
    var reviewersText: String
    var actions: String
    var hasActions: Bool
    var items: [ItemReferenceView]
    var hasItems: Bool
    /// "Latest approval of the security requirements and threats"; empty when it is no latest approval.
    var latestText: String
    var isLatest: Bool
    /// For a latest approval: what changed since it, or why that cannot be said.
    var comparisonText: String
    var hasComparisonText: Bool { !comparisonText.isEmpty }
    var changedSince: [ItemReferenceView]
    var hasChangedSince: Bool
}

extension ReviewView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "item": self.item
        case "date": self.date
        case "outcome": self.outcome
        case "outcomeText": self.outcomeText
        case "outcomeState": self.outcomeState
        case "scopeText": self.scopeText
        case "revision": self.revision
        case "hasRevision": self.hasRevision
        case "reviewers": self.reviewers
        case "reviewersText": self.reviewersText
        case "actions": self.actions
        case "hasActions": self.hasActions
        case "items": self.items
        case "hasItems": self.hasItems
        case "latestText": self.latestText
        case "isLatest": self.isLatest
        case "comparisonText": self.comparisonText
        case "hasComparisonText": self.hasComparisonText
        case "changedSince": self.changedSince
        case "hasChangedSince": self.hasChangedSince
        default: nil
        }
    }
}

/// One reviewer of a review.
struct ReviewerView: Sendable {
    var name: String
    var role: String
    var isIndependent: Bool
}

extension ReviewerView: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "role": self.role
        case "isIndependent": self.isIndependent
        default: nil
        }
    }
}
