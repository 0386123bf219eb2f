import DossierLink
import DossierModel

/// `dossier.reqif`: the items for a requirement tool (DOORS, Polarion,
/// codebeamer), in OMG ReqIF 1.2. Each item type is a SPEC-OBJECT-TYPE with
/// its declared fields as attributes, each item a SPEC-OBJECT, each link a
/// SPEC-RELATION typed by its link field, each item type present a
/// SPECIFICATION. Every identifier comes from an item id or a field name
/// (`ReqIFIdentifiers`), so a tool re-importing a later build updates the
/// objects it has instead of adding new ones.
public struct ReqIFRenderer {
    static let namespace = "http://www.omg.org/spec/ReqIF/20110401/reqif.xsd"
    static let xhtmlNamespace = "http://www.w3.org/1999/xhtml"

    /// The build's bodies, parsed once for every output; nil to parse here.
    var sharedBodies: SharedBodies?

    public init() {}

    init(bodies: SharedBodies?) {
        sharedBodies = bodies
    }

    /// Writes the file in parts, the bodies rendered a batch of items at a
    /// time: at 100,000 items the file and its bodies ran to gigabytes held.
    public func render(_ input: RenderInput, to sink: any OutputSink) throws {
        let graph = input.graph
        let bodies = XHTMLBody(graph: graph)
        var document = ReqIFDocument(graph: graph)
        try sink.write("dossier.reqif") { append in
            // The bodies are most of the work: rendered on every core, in order.
            try document.write(bodies: { [sharedBodies] positions in
                Array(positions).parallelMap { sharedBodies?.take(.reqIF, of: $0) ?? bodies.xhtml(of: $0) }
            }, to: append)
        }
    }
}

/// The writing of one `dossier.reqif`, element by element in the order
/// the schema gives.
struct ReqIFDocument {
    let graph: TraceGraph
    let lastChange: String
    let attributes: [ItemType: [ReqIFAttribute]]
    var writer = XMLWriter()

    init(graph: TraceGraph) {
        self.graph = graph
        lastChange = ReqIFIdentifiers.timestamp(graph.configuration)
        attributes = Dictionary(uniqueKeysWithValues: ItemType.allCases.map {
            ($0, ReqIFAttribute.attributes(of: $0, phases: graph.configuration.phases))
        })
    }

    /// Items whose bodies are rendered at once, and the size of text
    /// written per part.
    static let batchSize = 512
    static let partSize = 1 << 20

    /// - Parameter bodies: the XHTML bodies of the items at some positions.
    mutating func write(bodies: (Range<Int>) -> [String], batchSize: Int = batchSize, partSize: Int = partSize,
                        to append: (String) throws -> Void) throws {
        writer.declaration()
        writer.start("REQ-IF", ["xmlns": ReqIFRenderer.namespace, "xmlns:xhtml": ReqIFRenderer.xhtmlNamespace])
        header()
        writer.start("CORE-CONTENT")
        writer.start("REQ-IF-CONTENT")
        datatypes()
        specTypes()
        writer.start("SPEC-OBJECTS")
        for start in stride(from: 0, to: graph.items.count, by: batchSize) {
            let batch = start..<min(start + batchSize, graph.items.count)
            objects(batch, bodies: bodies(batch))
            try append(writer.takeText())
        }
        writer.end()
        try relations { writer in if writer.text.utf8.count > partSize { try append(writer.takeText()) } }
        specifications()
        writer.end()
        writer.end()
        writer.endDocument()
        try append(writer.takeText())
    }

    /// IDENTIFIER, LONG-NAME and LAST-CHANGE, as every identifiable element has.
    private func identity(_ identifier: String, _ longName: String) -> [(String, String)] {
        [("IDENTIFIER", identifier), ("LAST-CHANGE", lastChange), ("LONG-NAME", longName)]
    }

    private mutating func header() {
        let configuration = graph.configuration
        let product = configuration.product
        let tool = "\(DossierTool.name) \(DossierTool.version)"
        writer.start("THE-HEADER")
        writer.start("REQ-IF-HEADER", ["IDENTIFIER": "header-" + ReqIFIdentifiers.name(configuration.document.id)])
        writer.element("COMMENT", text: "\(product.name) \(product.version), \(configuration.document.id)"
                       + (configuration.document.revision.map { " revision \($0)" } ?? ""))
        writer.element("CREATION-TIME", text: lastChange)
        writer.element("REPOSITORY-ID", text: configuration.document.id)
        writer.element("REQ-IF-TOOL-ID", text: tool)
        writer.element("REQ-IF-VERSION", text: "1.0")
        writer.element("SOURCE-TOOL-ID", text: tool)
        writer.element("TITLE", text: configuration.document.title)
        writer.end()
        writer.end()
    }

    private mutating func datatypes() {
        writer.start("DATATYPES")
        writer.start("DATATYPE-DEFINITION-STRING",
                     attributes: identity(ReqIFIdentifiers.stringType, "Text") + [("MAX-LENGTH", "1000000")])
        writer.end()
        writer.start("DATATYPE-DEFINITION-XHTML", attributes: identity(ReqIFIdentifiers.xhtmlType, "Formatted text"))
        writer.end()
        for type in ItemType.allCases {
            for attribute in attributes[type]! {
                guard case .enumeration(let values, _) = attribute.kind else { continue }
                writer.start("DATATYPE-DEFINITION-ENUMERATION",
                             attributes: identity(attribute.datatype, "\(type.singularTitle): \(attribute.longName)"))
                writer.start("SPECIFIED-VALUES")
                for (key, (value, identifier)) in zip(values, attribute.enumValueIdentifiers).enumerated() {
                    writer.start("ENUM-VALUE", attributes: identity(identifier, value))
                    writer.start("PROPERTIES")
                    writer.start("EMBEDDED-VALUE", ["KEY": String(key), "OTHER-CONTENT": value])
                    writer.end()
                    writer.end()
                    writer.end()
                }
                writer.end()
                writer.end()
            }
        }
        writer.end()
    }

    private mutating func specTypes() {
        writer.start("SPEC-TYPES")
        for type in ItemType.allCases {
            writer.start("SPEC-OBJECT-TYPE", attributes: identity(ReqIFIdentifiers.objectType(type), type.singularTitle))
            writer.start("SPEC-ATTRIBUTES")
            for attribute in attributes[type]! {
                let kind = Self.kindName(attribute.kind)
                var extra: [(String, String)] = []
                if case .enumeration(_, let multiValued) = attribute.kind {
                    extra = [("MULTI-VALUED", String(multiValued))]
                }
                writer.start("ATTRIBUTE-DEFINITION-\(kind)",
                             attributes: identity(attribute.identifier, attribute.longName) + extra)
                writer.start("TYPE")
                writer.element("DATATYPE-DEFINITION-\(kind)-REF", text: attribute.datatype)
                writer.end()
                writer.end()
            }
            writer.end()
            writer.end()
        }
        for field in LinkField.allCases {
            writer.start("SPEC-RELATION-TYPE", attributes: identity(ReqIFIdentifiers.relationType(field),
                                                                    field.forwardTitle))
            writer.end()
        }
        writer.start("SPECIFICATION-TYPE", attributes: identity(ReqIFIdentifiers.specificationType, "Chapter"))
        writer.end()
        writer.end()
    }

    private static func kindName(_ kind: ReqIFAttribute.Kind) -> String {
        switch kind {
        case .string: "STRING"
        case .xhtml: "XHTML"
        case .enumeration: "ENUMERATION"
        }
    }

    private mutating func objects(_ positions: Range<Int>, bodies: [String]) {
        for (position, body) in zip(positions, bodies) {
            let item = graph[position]
            writer.start("SPEC-OBJECT", attributes: identity(ReqIFIdentifiers.item(item.id), item.title))
            writer.start("VALUES")
            let contents = item.details.contents
            for attribute in attributes[item.type]! {
                value(of: attribute, for: item, contents: contents, body: body)
            }
            writer.end()
            writer.start("TYPE")
            writer.element("SPEC-OBJECT-TYPE-REF", text: ReqIFIdentifiers.objectType(item.type))
            writer.end()
            writer.end()
        }
    }

    private mutating func value(of attribute: ReqIFAttribute, for item: Item,
                                contents: [(spec: FieldSpec, content: FieldContent)], body: String) {
        let kind = Self.kindName(attribute.kind)
        switch attribute.kind {
        case .xhtml:
            writer.start("ATTRIBUTE-VALUE-XHTML")
            definition(kind, attribute)
            writer.start("THE-VALUE")
            writer.insert(body)
            writer.end()
        case .string:
            guard let text = attribute.values(of: item, contents: contents).first else { return }
            writer.start("ATTRIBUTE-VALUE-STRING", ["THE-VALUE": text])
            definition(kind, attribute)
        case .enumeration(let values, _):
            let chosen = Set(attribute.values(of: item, contents: contents))
            let identifiers = zip(values, attribute.enumValueIdentifiers).filter { chosen.contains($0.0) }.map(\.1)
            guard !identifiers.isEmpty else { return }
            writer.start("ATTRIBUTE-VALUE-ENUMERATION")
            definition(kind, attribute)
            writer.start("VALUES")
            for identifier in identifiers { writer.element("ENUM-VALUE-REF", text: identifier) }
            writer.end()
        }
        writer.end()
    }

    private mutating func definition(_ kind: String, _ attribute: ReqIFAttribute) {
        writer.start("DEFINITION")
        writer.element("ATTRIBUTE-DEFINITION-\(kind)-REF", text: attribute.identifier)
        writer.end()
    }

    /// - Parameter written: called after each item's relations, to hand
    ///   the text over when it has grown.
    private mutating func relations(_ written: (inout XMLWriter) throws -> Void) throws {
        writer.start("SPEC-RELATIONS")
        var identifiers: Set<String> = []
        for (position, item) in graph.items.enumerated() {
            for field in LinkField.allCases {
                for target in graph.targets(of: position, in: field) {
                    let targetID = graph[target].id
                    var identifier = ReqIFIdentifiers.relation(item.id, field, targetID)
                    // Ids with hyphens could, in theory, spell the same
                    // identifier twice; a suffix keeps each one unique.
                    while identifiers.contains(identifier) { identifier += "-x" }
                    identifiers.insert(identifier)
                    writer.start("SPEC-RELATION", attributes: identity(identifier, "\(item.id) \(field.rawValue) \(targetID)"))
                    writer.start("TYPE")
                    writer.element("SPEC-RELATION-TYPE-REF", text: ReqIFIdentifiers.relationType(field))
                    writer.end()
                    writer.start("SOURCE")
                    writer.element("SPEC-OBJECT-REF", text: ReqIFIdentifiers.item(item.id))
                    writer.end()
                    writer.start("TARGET")
                    writer.element("SPEC-OBJECT-REF", text: ReqIFIdentifiers.item(targetID))
                    writer.end()
                    writer.end()
                }
            }
            try written(&writer)
        }
        writer.end()
    }

    private mutating func specifications() {
        writer.start("SPECIFICATIONS")
        let present = Dictionary(grouping: graph.items, by: \.type)
        for type in ItemType.allCases {
            guard let items = present[type] else { continue }
            writer.start("SPECIFICATION", attributes: identity(ReqIFIdentifiers.specification(type), type.pluralTitle))
            writer.start("TYPE")
            writer.element("SPECIFICATION-TYPE-REF", text: ReqIFIdentifiers.specificationType)
            writer.end()
            writer.start("CHILDREN")
            for item in items {
                writer.start("SPEC-HIERARCHY", ["IDENTIFIER": ReqIFIdentifiers.node(item.id), "LAST-CHANGE": lastChange])
                writer.start("OBJECT")
                writer.element("SPEC-OBJECT-REF", text: ReqIFIdentifiers.item(item.id))
                writer.end()
                writer.end()
            }
            writer.end()
            writer.end()
        }
        writer.end()
    }
}
