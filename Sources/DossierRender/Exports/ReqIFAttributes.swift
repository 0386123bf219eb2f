import DossierLink
import DossierModel

/// One attribute of a SPEC-OBJECT-TYPE, made from a field declaration: a
/// field with a fixed list of values (or the project's phases) is an
/// enumeration, the body is XHTML, every other field a string as the
/// dossier's field tables show it. Link fields are not attributes: each
/// link is a SPEC-RELATION.
struct ReqIFAttribute {
    enum Kind {
        case string
        case xhtml
        case enumeration(values: [String], multiValued: Bool)
    }

    let identifier: String
    let longName: String
    let kind: Kind
    let field: String
    let type: ItemType
    /// The value identifiers of an enumeration, in the order of its values;
    /// made once, as every item's value names them.
    let enumValueIdentifiers: [String]

    init(identifier: String, longName: String, kind: Kind, field: String, type: ItemType) {
        self.identifier = identifier
        self.longName = longName
        self.kind = kind
        self.field = field
        self.type = type
        if case .enumeration(let values, _) = kind {
            enumValueIdentifiers = values.map { ReqIFIdentifiers.enumValue(type, field, $0) }
        } else {
            enumValueIdentifiers = []
        }
    }

    var datatype: String {
        switch kind {
        case .string: ReqIFIdentifiers.stringType
        case .xhtml: ReqIFIdentifiers.xhtmlType
        case .enumeration: ReqIFIdentifiers.datatype(type, field)
        }
    }

    /// The name of the body's attribute; no declared field is called so.
    static let bodyField = "body"

    /// The names the ReqIF Implementation Guide gives the id, title and
    /// text, which DOORS, Polarion and StrictDoc map to their own.
    static let conventionalNames = ["id": "ReqIF.ForeignID", "title": "ReqIF.Name"]

    /// The attributes of one item type, in the order of its fields, the body last.
    static func attributes(of type: ItemType, phases: [LifecyclePhase]) -> [ReqIFAttribute] {
        type.allFields.compactMap { spec -> ReqIFAttribute? in
            let kind: Kind
            switch spec.kind {
            // The SPEC-OBJECT-TYPE is the item type; each link a SPEC-RELATION.
            case _ where spec.name == "type", .link: return nil
            case .choice(let values): kind = .enumeration(values: values, multiValued: false)
            case .choices(let values): kind = .enumeration(values: values, multiValued: true)
            case .phases: kind = .enumeration(values: phases.map(\.rawValue), multiValued: true)
            case .identifier, .text, .flag, .number, .date, .texts, .records: kind = .string
            }
            return ReqIFAttribute(identifier: ReqIFIdentifiers.attribute(type, spec.name),
                                  longName: conventionalNames[spec.name] ?? spec.label, kind: kind, field: spec.name,
                                  type: type)
        } + [ReqIFAttribute(identifier: ReqIFIdentifiers.attribute(type, bodyField), longName: "ReqIF.Text",
                            kind: .xhtml, field: bodyField, type: type)]
    }

    /// The item's value of this attribute as front matter has it; empty
    /// when the field is absent. Not for the body. `contents` is the item's
    /// `details.contents`, made once for all its attributes.
    func values(of item: Item, contents: [(spec: FieldSpec, content: FieldContent)]) -> [String] {
        switch field {
        case "id": return [item.id]
        case "title": return [item.title]
        case "status": return [item.status.rawValue]
        case "tags": return item.tags.isEmpty ? [] : [item.tags.joined(separator: ", ")]
        case "phases": return item.phases.map(\.rawValue)
        default: break
        }
        guard let entry = contents.first(where: { $0.spec.name == field }) else { return [] }
        if case .enumeration = kind, case .list(let values) = entry.content { return values }
        // Shown as in the dossier's field tables.
        return ItemFields.display(entry.content, of: entry.spec).flatMap { $0.isEmpty ? nil : [$0] } ?? []
    }
}
