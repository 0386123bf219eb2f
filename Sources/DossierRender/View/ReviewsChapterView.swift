import DossierMustache

/// The "Reviews" chapter (IEC 81001-5-1 §5.2.2; ISO 13485 §7.3.3, §7.3.5):
/// every review, oldest first, with who took part in which role, and for
/// each latest approving review what changed since the revision it saw.
struct ReviewsChapterView: Sendable {
    var reviews: [ReviewView]
    var hasReviews: Bool
    /// "The security requirements were last approved in REV-003 on 2026-11-12."
    var summaryText: String
}

extension ReviewsChapterView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "reviews": TemplateValue(self.reviews)
        case "hasReviews": TemplateValue(self.hasReviews)
        case "summaryText": TemplateValue(self.summaryText)
        default: .null
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

extension ReviewView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "item": TemplateValue(self.item)
        case "date": TemplateValue(self.date)
        case "outcome": TemplateValue(self.outcome)
        case "outcomeText": TemplateValue(self.outcomeText)
        case "outcomeState": TemplateValue(self.outcomeState)
        case "scopeText": TemplateValue(self.scopeText)
        case "revision": TemplateValue(self.revision)
        case "hasRevision": TemplateValue(self.hasRevision)
        case "reviewers": TemplateValue(self.reviewers)
        case "reviewersText": TemplateValue(self.reviewersText)
        case "actions": TemplateValue(self.actions)
        case "hasActions": TemplateValue(self.hasActions)
        case "items": TemplateValue(self.items)
        case "hasItems": TemplateValue(self.hasItems)
        case "latestText": TemplateValue(self.latestText)
        case "isLatest": TemplateValue(self.isLatest)
        case "comparisonText": TemplateValue(self.comparisonText)
        case "hasComparisonText": TemplateValue(self.hasComparisonText)
        case "changedSince": TemplateValue(self.changedSince)
        case "hasChangedSince": TemplateValue(self.hasChangedSince)
        default: .null
        }
    }
}

/// One reviewer of a review.
struct ReviewerView: Sendable {
    var name: String
    var role: String
    var isIndependent: Bool
}

extension ReviewerView: TemplateObject {
    func value(named name: String) -> TemplateValue {
        switch name {
        case "name": TemplateValue(self.name)
        case "role": TemplateValue(self.role)
        case "isIndependent": TemplateValue(self.isIndependent)
        default: .null
        }
    }
}
