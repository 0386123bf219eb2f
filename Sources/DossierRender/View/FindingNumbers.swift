import DossierModel

/// The dossier's names for its findings, F-1, F-2, …, in the order of the
/// findings chapter, so a nonconformity letter can cite one: the major
/// findings first, then the minor ones, each in the check's order (file,
/// line, rule). Every output numbers the same findings the same way.
struct FindingNumbers {
    /// Positions in the findings, in the order of the chapter.
    let chapterOrder: [Int]
    private let labels: [Finding: String]

    init(_ findings: [Finding]) {
        let order = findings.indices.filter { findings[$0].severity == .major }
            + findings.indices.filter { findings[$0].severity == .minor }
        chapterOrder = order
        var labels: [Finding: String] = [:]
        for (place, position) in order.enumerated() { labels[findings[position]] = "F-\(place + 1)" }
        self.labels = labels
    }

    /// "F-3"; empty for a finding not among those numbered.
    func label(of finding: Finding) -> String { labels[finding] ?? "" }
}
