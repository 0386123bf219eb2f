/// SBOM files are read leniently: a field the tool does not use is never
/// looked at, and a field it uses with an unexpected shape counts as absent,
/// so one generator's quirk does not make a whole SBOM unreadable.
extension KeyedDecodingContainer {
    func lenient<Value: Decodable>(_ key: Key) -> Value? {
        (try? decodeIfPresent(Value.self, forKey: key)) ?? nil
    }

    // Text and numbers through the decoder's own overloads: its generic path
    // asks, for every value, whether the type is a date, data, a URL or a
    // dictionary, and an SBOM has tens of thousands of values.
    func lenient(_ key: Key) -> String? {
        (try? decodeIfPresent(String.self, forKey: key)) ?? nil
    }

    func lenient(_ key: Key) -> Int? {
        (try? decodeIfPresent(Int.self, forKey: key)) ?? nil
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
