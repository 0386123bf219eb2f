import DossierModel

extension TraceGraph {
    /// The live reviews that approved (`approved`, `approved-with-actions`)
    /// the items of `type` they saw, oldest first: by `date`, then by file
    /// path (docs/format.md, "Reviews").
    public func approvingReviews(of type: ItemType) -> [Int] {
        live(.review).filter { position in
            guard let review = items[position].review, review.outcome?.isApproving == true else { return false }
            return review.coveredTypes.contains(type)
        }.sorted(by: reviewPrecedes)
    }

    /// The latest approving review of `type`: the last by date, a tie going
    /// to the last by file path.
    public func latestApprovingReview(of type: ItemType) -> Int? { approvingReviews(of: type).last }

    /// The reviews `changed-since-review` compares with: for each item type,
    /// the latest approving review of it that names a `revision`, with every
    /// type it is that review for, in review order.
    public func reviewBaselines() -> [(review: Int, types: [ItemType])] {
        var typesByReview: [Int: [ItemType]] = [:]
        for type in ItemType.allCases {
            let named = approvingReviews(of: type).filter { !(items[$0].review?.revision).isMissingRevision }
            if let latest = named.last { typesByReview[latest, default: []].append(type) }
        }
        return typesByReview.keys.sorted(by: reviewPrecedes).map { ($0, typesByReview[$0]!) }
    }

    private func reviewPrecedes(_ lhs: Int, _ rhs: Int) -> Bool {
        let left = items[lhs].review?.date ?? "", right = items[rhs].review?.date ?? ""
        if left != right { return left < right }
        return ByteOrder.precedes(items[lhs].location.file, items[rhs].location.file)
    }
}

extension Optional where Wrapped == String {
    /// A revision of only white space names nothing.
    fileprivate var isMissingRevision: Bool { self?.allSatisfy(\.isWhitespace) ?? true }
}
