/// SBOM files are read leniently: a field the tool does not use is never
/// looked at, and a field it uses with an unexpected shape counts as absent,
/// so one generator's quirk does not make a whole SBOM unreadable.
extension KeyedDecodingContainer {
    func lenient<Value: Decodable>(_ key: Key) -> Value? {
        (try? decodeIfPresent(Value.self, forKey: key)) ?? nil
    }

    /// A list whose malformed entries are skipped rather than fatal.
    func lenientList<Element: Decodable>(_ key: Key) -> [Element] {
        guard let list: [Lenient<Element>] = lenient(key) else { return [] }
        return list.compactMap(\.value)
    }
}

/// An element that decodes to nil instead of failing its list.
struct Lenient<Value: Decodable>: Decodable {
    let value: Value?

    init(from decoder: any Decoder) throws {
        value = try? Value(from: decoder)
    }
}
