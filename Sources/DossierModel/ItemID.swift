/// What an item id may be (docs/format.md, "Items"): letters, digits, `-`,
/// `_` and `.`, starting with a letter.
public enum ItemID {
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0))
        }
    }
}
