/// One design input: a file under `content/` with its front matter read and
/// checked. Value type; the trace graph refers to items by index.
///
/// The fields live in one shared box, copied on write: an item is copied
/// wherever it is read out of an array (the linker, every rule, every view),
/// and copying a dozen strings and arrays one retain each cost more than a
/// tenth of a preview rebuild.
public struct Item: Hashable, Sendable {
    /// The fields themselves, declared once: equality, hashing and the
    /// copy made on write all follow from this list.
    @usableFromInline
    struct Fields: Hashable, Sendable {
        @usableFromInline var id: String
        @usableFromInline var type: ItemType
        @usableFromInline var title: String
        @usableFromInline var status: ItemStatus
        @usableFromInline var tags: [String]
        @usableFromInline var phases: [LifecyclePhase]
        @usableFromInline var links: [ItemLink]
        @usableFromInline var details: ItemDetails
        @usableFromInline var extraFields: [NamedValue]
        @usableFromInline var body: ItemBody
        @usableFromInline var location: SourceLocation
        @usableFromInline var fieldLines: [String: Int]
        @usableFromInline var origin: ImportedOrigin?
    }

    @usableFromInline
    final class Storage: @unchecked Sendable {
        @usableFromInline var fields: Fields

        init(_ fields: Fields) { self.fields = fields }
    }

    @usableFromInline var storage: Storage

    @inlinable public var id: String {
        get { storage.fields.id }
        set { unique().fields.id = newValue }
    }
    @inlinable public var type: ItemType {
        get { storage.fields.type }
        set { unique().fields.type = newValue }
    }
    @inlinable public var title: String {
        get { storage.fields.title }
        set { unique().fields.title = newValue }
    }
    @inlinable public var status: ItemStatus {
        get { storage.fields.status }
        set { unique().fields.status = newValue }
    }
    @inlinable public var tags: [String] {
        get { storage.fields.tags }
        set { unique().fields.tags = newValue }
    }
    @inlinable public var phases: [LifecyclePhase] {
        get { storage.fields.phases }
        set { unique().fields.phases = newValue }
    }
    @inlinable public var links: [ItemLink] {
        get { storage.fields.links }
        set { unique().fields.links = newValue }
    }
    @inlinable public var details: ItemDetails {
        get { storage.fields.details }
        set { unique().fields.details = newValue }
    }
    /// Fields the tool does not know, kept in file order.
    @inlinable public var extraFields: [NamedValue] {
        get { storage.fields.extraFields }
        set { unique().fields.extraFields = newValue }
    }
    @inlinable public var body: ItemBody {
        get { storage.fields.body }
        set { unique().fields.body = newValue }
    }
    /// The file, and line 1 (where the front matter starts).
    @inlinable public var location: SourceLocation {
        get { storage.fields.location }
        set { unique().fields.location = newValue }
    }
    /// Set on a threat imported from a threat-modelling tool's file.
    @inlinable public var origin: ImportedOrigin? {
        get { storage.fields.origin }
        set { unique().fields.origin = newValue }
    }
    /// The line of each known field, for findings that concern one field.
    @inlinable public var fieldLines: [String: Int] {
        get { storage.fields.fieldLines }
        set { unique().fields.fieldLines = newValue }
    }

    public init(id: String, type: ItemType, title: String, status: ItemStatus = .draft,
                tags: [String] = [], phases: [LifecyclePhase] = [], links: [ItemLink] = [],
                details: ItemDetails, extraFields: [NamedValue] = [], body: ItemBody,
                location: SourceLocation, fieldLines: [String: Int] = [:], origin: ImportedOrigin? = nil) {
        storage = Storage(Fields(id: id, type: type, title: title, status: status, tags: tags, phases: phases,
                                 links: links, details: details, extraFields: extraFields, body: body,
                                 location: location, fieldLines: fieldLines, origin: origin))
    }

    /// Which box holds the fields: the same for an item and its unchanged
    /// copies, so a memo can tell an item it has seen (while it holds it).
    public var identity: ObjectIdentifier { ObjectIdentifier(storage) }

    /// The box, copied first when another item shares it.
    @usableFromInline mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(storage.fields) }
        return storage
    }

    public static func == (lhs: Item, rhs: Item) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.fields == rhs.storage.fields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.fields)
    }

    /// Obsolete items raise no findings and count for no coverage (docs/format.md, "Obsolete items");
    /// neither do imported threats nobody triaged or that were dismissed
    /// (docs/format.md, "Imported threats").
    public var isLive: Bool { status != .obsolete && (storage.fields.origin?.isJudged ?? true) }

    public func links(in field: LinkField) -> [ItemLink] { links.filter { $0.field == field } }

    /// Where a finding about `field` should point: its line, else the item's.
    public func location(of field: String) -> SourceLocation {
        SourceLocation(file: location.file, line: fieldLines[field] ?? location.line)
    }

    public var threat: ThreatDetails? { if case .threat(let d) = details { d } else { nil } }
    public var securityRequirement: SecurityRequirementDetails? {
        if case .securityRequirement(let d) = details { d } else { nil }
    }
    public var requirement: RequirementDetails? { if case .requirement(let d) = details { d } else { nil } }
    public var asset: AssetDetails? { if case .asset(let d) = details { d } else { nil } }
    public var hazard: HazardDetails? { if case .hazard(let d) = details { d } else { nil } }
    public var verification: VerificationDetails? {
        if case .verification(let d) = details { d } else { nil }
    }
    public var section: SectionDetails? { if case .section(let d) = details { d } else { nil } }
    public var interface: InterfaceDetails? { if case .interface(let d) = details { d } else { nil } }
    public var labeling: LabelingDetails? { if case .labeling(let d) = details { d } else { nil } }
    public var component: ComponentDetails? { if case .component(let d) = details { d } else { nil } }
}
