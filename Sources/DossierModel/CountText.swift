/// Counts as a reader says them: "1 gap", "2 gaps". Templates cannot choose
/// a word by number, so views and messages carry the finished phrase.
public enum CountText {
    /// `plural` defaults to the singular with an `s`.
    public static func phrase(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }

    /// "a" or "an" before `word`, by its first letter: "an installation
    /// requirement", "a hazard".
    public static func article(for word: String) -> String {
        word.first.map { "aeiouAEIOU".contains($0) } == true ? "an" : "a"
    }

    /// "a, b and c", "a or b": a list as a sentence says it.
    public static func series(_ words: [String], _ conjunction: String) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " \(conjunction) " + words.last!
    }
}
