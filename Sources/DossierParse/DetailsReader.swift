import DossierModel

/// Reads a type's own fields as its declaration describes them (see
/// `ItemDetailsType.fields`): one generic reader for every type, so a new
/// field needs no parsing code of its own.
enum DetailsReader {
    static func read(_ type: ItemType, from fields: inout FieldReader) -> ItemDetails {
        read(type.detailsType, from: &fields).wrapped
    }

    private static func read<Details: ItemDetailsType>(_ type: Details.Type, from fields: inout FieldReader) -> Details {
        var details = Details()
        for case .detail(let field) in Details.fields {
            let errorsBefore = fields.errors.count
            let content = fields.content(of: field.spec)
            // A bad value has its own error already; only a value not written at all is missing.
            if field.spec.isRequired, case .absent = content, fields.errors.count == errorsBefore {
                fields.fail(fields.missing(field.spec.name, of: fields.owner,
                                           at: SourceLocation(file: fields.file, line: 1)))
            }
            field.write(&details, content)
        }
        return details
    }
}
