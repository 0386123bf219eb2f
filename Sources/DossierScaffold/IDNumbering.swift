import DossierModel

/// Continues a type's id numbering: the prefix most of its ids use, one past
/// the highest number, padded to the width the project pads to
/// (SR-001 … SR-030 → SR-031; REQ-7, REQ-12 → REQ-13).
struct IDNumbering {
    private(set) var prefix: String
    private(set) var width: Int
    private var number: Int

    init(type: ItemType, existingIDs: [String]) {
        let defaultPrefix = Self.defaultPrefix(for: type)
        let numbered = existingIDs.compactMap(Self.split)
        var counts: [String: Int] = [:]
        for id in numbered { counts[id.prefix, default: 0] += 1 }
        let most = counts.values.max() ?? 0
        let candidates = counts.filter { $0.value == most }.keys
        // Ties go to the default prefix, then to byte order, so the choice never varies.
        let chosen = candidates.contains(defaultPrefix) || candidates.isEmpty
            ? defaultPrefix
            : candidates.min(by: ByteOrder.precedes)!
        self.init(prefix: chosen, existingIDs: existingIDs)
    }

    /// Continues the series `prefix` (`SR-AUTH-`): SR-AUTH-003 gives SR-AUTH-004.
    init(prefix: String, existingIDs: [String]) {
        let mine = existingIDs.compactMap(Self.split).filter { $0.prefix == prefix }
        self.prefix = prefix
        // The narrowest width in use is the padding: SR-001 and SR-1000 pad to 3.
        width = mine.map(\.digits).min() ?? 3
        number = mine.map(\.number).max() ?? 0
    }

    /// The next id, each call one higher.
    mutating func next() -> String {
        number += 1
        let digits = String(number)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    static func defaultPrefix(for type: ItemType) -> String { type.declaration.idPrefix }

    /// `SR-031` → ("SR-", 31, 3 digits); nil for ids without a trailing number.
    static func split(_ id: String) -> (prefix: String, number: Int, digits: Int)? {
        let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, digits < id.count, digits <= 9 else { return nil }
        let prefix = String(id.dropLast(digits))
        guard let number = Int(id.suffix(digits)) else { return nil }
        return (prefix, number, digits)
    }
}
