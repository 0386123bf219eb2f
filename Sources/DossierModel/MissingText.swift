extension Optional where Wrapped == String {
    /// A text a rule asks for (`rationale`, `acceptance_criteria`, …) counts
    /// as missing when it is empty or only white space.
    public var isMissingText: Bool { self?.allSatisfy(\.isWhitespace) ?? true }
}
