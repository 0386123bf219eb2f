import DossierModel

/// The IDENTIFIERs of `dossier.reqif`. ReqIF tools match objects across
/// imports by identifier, so each is made only from what names the thing
/// itself (an item id, a type, a field name), never from a position or a
/// count: a rebuild, or an edit elsewhere, gives the same identifiers.
/// Each is an XML `ID` (an NCName): a letter first, then letters, digits,
/// `-`, `_`, `.`; item ids already are (docs/format.md, "Items").
enum ReqIFIdentifiers {
    static func item(_ id: String) -> String { "item-" + name(id) }
    static func node(_ id: String) -> String { "node-" + name(id) }
    static func objectType(_ type: ItemType) -> String { "type-" + type.rawValue }
    static func specification(_ type: ItemType) -> String { "spec-" + type.rawValue }
    static func attribute(_ type: ItemType, _ field: String) -> String { "attr-\(type.rawValue)-" + name(field) }
    static func datatype(_ type: ItemType, _ field: String) -> String { "datatype-\(type.rawValue)-" + name(field) }
    static func enumValue(_ type: ItemType, _ field: String, _ value: String) -> String {
        "value-\(type.rawValue)-\(name(field))-" + name(value)
    }
    static func relationType(_ field: LinkField) -> String { "rel-type-" + field.rawValue }
    static func relation(_ source: String, _ field: LinkField, _ target: String) -> String {
        "rel-\(name(source))-\(field.rawValue)-" + name(target)
    }
    static let stringType = "datatype-string"
    static let xhtmlType = "datatype-xhtml"
    static let specificationType = "spec-type-chapter"

    /// Keeps ASCII letters, digits, `-`, `_` and `.`; writes any other
    /// character as `_` and its hexadecimal code point and `_`, so
    /// different ids stay different and the identifier stays ASCII, which
    /// not every requirement tool accepts otherwise.
    static func name(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_", ".": result.unicodeScalars.append(scalar)
            default: result += "_" + String(scalar.value, radix: 16, uppercase: true) + "_"
            }
        }
        return result
    }

    /// LAST-CHANGE and CREATION-TIME: the document date at midnight UTC,
    /// never the clock; an undated document gets the epoch.
    static func timestamp(_ configuration: ProjectConfiguration) -> String {
        let date = configuration.document.date
        return (CalendarDate(date) != nil ? date : "1970-01-01") + "T00:00:00Z"
    }
}
