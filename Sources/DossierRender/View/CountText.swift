/// Counts as a reader says them: "1 gap", "2 gaps". Templates cannot choose
/// a word by number, so views carry the finished phrase.
enum CountText {
    static func phrase(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }
}
