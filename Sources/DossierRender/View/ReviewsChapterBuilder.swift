import DossierChange
import DossierLink
import DossierModel

/// Prepares the "Reviews" chapter from the review items and the comparisons
/// the check made with the revisions the latest approving reviews saw.
struct ReviewsChapterBuilder {
    let items: ItemViewBuilder
    let comparisons: [ReviewComparison]

    var graph: TraceGraph { items.graph }

    func view() -> ReviewsChapterView {
        // Every review, live or not, oldest first: the record is the history.
        let positions = graph.items.indices.filter { graph[$0].type == .review }.sorted(by: chronological)
        var latestTypes: [Int: [ItemType]] = [:]
        for type in ItemType.allCases {
            if let latest = graph.latestApprovingReview(of: type) { latestTypes[latest, default: []].append(type) }
        }
        let reviews = positions.map { review($0, latestOf: latestTypes[$0] ?? []) }
        let summary = graph.latestApprovingReview(of: .securityRequirement).map { position in
            "The security requirements were last approved in \(graph[position].id) on "
                + "\(graph[position].review?.date ?? "")."
        } ?? (graph.live(.securityRequirement).isEmpty ? "" : "No review has approved the security requirements.")
        return ReviewsChapterView(reviews: reviews, hasReviews: !reviews.isEmpty, summaryText: summary)
    }

    private func review(_ position: Int, latestOf types: [ItemType]) -> ReviewView {
        let item = graph[position]
        let details = item.review ?? ReviewDetails()
        let outcome = details.outcome ?? .rejected
        let reviewers = details.reviewers.map {
            ReviewerView(name: $0.name, role: $0.role.rawValue, isIndependent: $0.independent)
        }
        let reviewersText = details.reviewers.map { reviewer in
            reviewer.name + " (" + ([reviewer.role.rawValue] + (reviewer.independent ? ["independent"] : []))
                .joined(separator: ", ") + ")"
        }.joined(separator: ", ")
        let revision = details.revision?.trimmingCharacters(in: .whitespaces) ?? ""
        let comparison = comparisons.first { $0.review == item.id }
        let changed = comparison.map { items.references($0.touched(in: graph).compactMap(graph.position(of:))) } ?? []
        let typesText = CountText.series(types.map { $0.pluralTitle.lowercased() }, "and")
        return ReviewView(
            item: items.reference(position), date: details.date ?? "", outcome: outcome.rawValue,
            outcomeText: ByteSearch.replacing("-", with: " ", in: outcome.rawValue),
            outcomeState: outcome == .approved ? "covered" : outcome == .rejected ? "gap" : "open",
            scopeText: details.coveredTypes.map { $0.pluralTitle.lowercased() }.joined(separator: ", "),
            revision: revision, hasRevision: !revision.isEmpty, reviewers: reviewers, reviewersText: reviewersText,
            actions: details.actions ?? "", hasActions: !(details.actions ?? "").isEmpty,
            items: items.references(graph.targets(of: position, in: .items)),
            hasItems: !graph.targets(of: position, in: .items).isEmpty,
            latestText: types.isEmpty ? "" : "Latest approval of the \(typesText)", isLatest: !types.isEmpty,
            comparisonText: comparisonText(types: types, revision: revision, comparison: comparison,
                                           changed: changed.count),
            changedSince: changed, hasChangedSince: !changed.isEmpty)
    }

    /// What the chapter says of the revision a review saw: what changed
    /// since, for the types it is compared for; for a latest approval that
    /// names none, that nothing can be said.
    private func comparisonText(types: [ItemType], revision: String, comparison: ReviewComparison?,
                                changed: Int) -> String {
        guard let comparison else {
            return !types.isEmpty && revision.isEmpty
                ? "It names no revision, so what changed since it cannot be listed." : ""
        }
        let compared = CountText.series(comparison.types.map { $0.pluralTitle.lowercased() }, "and")
        return changed == 0
            ? "No \(compared) added or changed since \(comparison.revision)."
            : CountText.phrase(changed, "item", "items") + " of the \(compared) added or changed since "
                + "\(comparison.revision), not yet reviewed:"
    }

    /// By date, then by file path, as "the latest approving review" is chosen.
    private func chronological(_ lhs: Int, _ rhs: Int) -> Bool {
        let left = graph[lhs].review?.date ?? "", right = graph[rhs].review?.date ?? ""
        if left != right { return left < right }
        return ByteOrder.precedes(graph[lhs].location.file, graph[rhs].location.file)
    }
}
