/// One design input: a file under `content/` with its front matter read and
/// checked. Value type; the trace graph refers to items by index.
public struct Item: Hashable, Sendable {
    public var id: String
    public var type: ItemType
    public var title: String
    public var status: ItemStatus
    public var tags: [String]
    public var phases: [LifecyclePhase]
    public var links: [ItemLink]
    public var details: ItemDetails
    /// Fields the tool does not know, kept in file order.
    public var extraFields: [NamedValue]
    public var body: ItemBody
    /// The file, and line 1 (where the front matter starts).
    public var location: SourceLocation
    /// The line of each known field, for findings that concern one field.
    public var fieldLines: [String: Int]

    public init(id: String, type: ItemType, title: String, status: ItemStatus = .draft,
                tags: [String] = [], phases: [LifecyclePhase] = [], links: [ItemLink] = [],
                details: ItemDetails, extraFields: [NamedValue] = [], body: ItemBody,
                location: SourceLocation, fieldLines: [String: Int] = [:]) {
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
}
