/// One mapping of a list field — a review's reviewer — described as an
/// item's fields are: each key once, with its kind, help and whether it
/// is required. The reader checks every key against `fields`; the schema,
/// the reference and the field tables read them too.
public protocol FieldRecord: Hashable, Sendable {
    /// What messages call one mapping: "reviewer".
    static var entryName: String { get }
    static var fields: [FieldSpec] { get }
    /// Nil when a required value is missing; the reader has reported it.
    init?(values: [String: FieldContent])
    /// The values by key, absent ones left out.
    var values: [String: FieldContent] { get }
}
