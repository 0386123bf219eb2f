/// One design input: a file under `content/` with its front matter read and
/// checked. Value type; the trace graph refers to items by index.
///
/// The fields live in one shared box, copied on write: an item is copied
/// wherever it is read out of an array (the linker, every rule, every view),
/// and copying a dozen strings and arrays one retain each cost more than a
/// tenth of a preview rebuild.
public struct Item: Hashable, Sendable {
    @usableFromInline
    final class Storage: @unchecked Sendable {
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

        init(id: String, type: ItemType, title: String, status: ItemStatus, tags: [String],
             phases: [LifecyclePhase], links: [ItemLink], details: ItemDetails, extraFields: [NamedValue],
             body: ItemBody, location: SourceLocation, fieldLines: [String: Int]) {
            self.id = id
            self.type = type
            self.title = title
            self.status = status
            self.tags = tags
            self.phases = phases
            self.links = links
            self.details = details
            self.extraFields = extraFields
            self.body = body
            self.location = location
            self.fieldLines = fieldLines
        }

        func copy() -> Storage {
            Storage(id: id, type: type, title: title, status: status, tags: tags, phases: phases, links: links,
                    details: details, extraFields: extraFields, body: body, location: location, fieldLines: fieldLines)
        }
    }

    @usableFromInline var storage: Storage

    @inlinable public var id: String {
        get { storage.id }
        set { unique().id = newValue }
    }
    @inlinable public var type: ItemType {
        get { storage.type }
        set { unique().type = newValue }
    }
    @inlinable public var title: String {
        get { storage.title }
        set { unique().title = newValue }
    }
    @inlinable public var status: ItemStatus {
        get { storage.status }
        set { unique().status = newValue }
    }
    @inlinable public var tags: [String] {
        get { storage.tags }
        set { unique().tags = newValue }
    }
    @inlinable public var phases: [LifecyclePhase] {
        get { storage.phases }
        set { unique().phases = newValue }
    }
    @inlinable public var links: [ItemLink] {
        get { storage.links }
        set { unique().links = newValue }
    }
    @inlinable public var details: ItemDetails {
        get { storage.details }
        set { unique().details = newValue }
    }
    /// Fields the tool does not know, kept in file order.
    @inlinable public var extraFields: [NamedValue] {
        get { storage.extraFields }
        set { unique().extraFields = newValue }
    }
    @inlinable public var body: ItemBody {
        get { storage.body }
        set { unique().body = newValue }
    }
    /// The file, and line 1 (where the front matter starts).
    @inlinable public var location: SourceLocation {
        get { storage.location }
        set { unique().location = newValue }
    }
    /// The line of each known field, for findings that concern one field.
    @inlinable public var fieldLines: [String: Int] {
        get { storage.fieldLines }
        set { unique().fieldLines = newValue }
    }

    public init(id: String, type: ItemType, title: String, status: ItemStatus = .draft,
                tags: [String] = [], phases: [LifecyclePhase] = [], links: [ItemLink] = [],
                details: ItemDetails, extraFields: [NamedValue] = [], body: ItemBody,
                location: SourceLocation, fieldLines: [String: Int] = [:]) {
        storage = Storage(id: id, type: type, title: title, status: status, tags: tags, phases: phases, links: links,
                          details: details, extraFields: extraFields, body: body, location: location,
                          fieldLines: fieldLines)
    }

    /// Which box holds the fields: the same for an item and its unchanged
    /// copies, so a memo can tell an item it has seen (while it holds it).
    public var identity: ObjectIdentifier { ObjectIdentifier(storage) }

    /// The box, copied first when another item shares it.
    @usableFromInline mutating func unique() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public static func == (lhs: Item, rhs: Item) -> Bool {
        if lhs.storage === rhs.storage { return true }
        let (l, r) = (lhs.storage, rhs.storage)
        return l.id == r.id
            && l.type == r.type
            && l.title == r.title
            && l.status == r.status
            && l.tags == r.tags
            && l.phases == r.phases
            && l.links == r.links
            && l.details == r.details
            && l.extraFields == r.extraFields
            && l.body == r.body
            && l.location == r.location
            && l.fieldLines == r.fieldLines
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.id)
        hasher.combine(storage.type)
        hasher.combine(storage.title)
        hasher.combine(storage.status)
        hasher.combine(storage.tags)
        hasher.combine(storage.phases)
        hasher.combine(storage.links)
        hasher.combine(storage.details)
        hasher.combine(storage.extraFields)
        hasher.combine(storage.body)
        hasher.combine(storage.location)
        hasher.combine(storage.fieldLines)
    }

    /// Obsolete items raise no findings and count for no coverage (docs/format.md, "Obsolete items").
    public var isLive: Bool { status != .obsolete }

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
