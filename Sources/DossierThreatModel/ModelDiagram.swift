/// A point of a diagram, in the file's own coordinates (pixels, y down).
public struct ModelPoint: Hashable, Sendable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// A box of a diagram, in the file's own coordinates.
public struct ModelRect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var center: ModelPoint { ModelPoint(x: x + width / 2, y: y + height / 2) }
}

/// One diagram (a Threat Modeling Tool drawing surface, a Threat Dragon
/// diagram) with what is drawn on it, in file order.
public struct ModelDiagram: Hashable, Sendable {
    /// The drawing surface's GUID; a Threat Dragon diagram's `id`, else its
    /// position from 1.
    public var id: String
    public var name: String
    public var elements: [ModelElement]
    public var boundaries: [ModelBoundary]
    public var flows: [ModelFlow]

    public init(id: String, name: String, elements: [ModelElement] = [], boundaries: [ModelBoundary] = [],
                flows: [ModelFlow] = []) {
        self.id = id
        self.name = name
        self.elements = elements
        self.boundaries = boundaries
        self.flows = flows
    }

    /// Whether the file stores where things are: a model written by a
    /// script may hold elements without positions, and then no picture can
    /// be drawn from it.
    public var hasPositions: Bool {
        elements.contains { $0.frame != nil } || boundaries.contains { $0.shape != nil }
            || flows.contains { !$0.points.isEmpty }
    }
}

/// A process, external interactor, data store or free text of a diagram.
public struct ModelElement: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case process
        case externalInteractor = "external-interactor"
        case dataStore = "data-store"
        /// A free-text annotation, or a stencil the reader does not know.
        case other
    }

    public var id: String
    public var kind: Kind
    /// As written; line breaks kept. Empty when the file gives none.
    public var name: String
    /// Nil when the file stores no position for it.
    public var frame: ModelRect?

    public init(id: String, kind: Kind, name: String, frame: ModelRect?) {
        self.id = id
        self.kind = kind
        self.name = name
        self.frame = frame
    }
}

/// A trust boundary: a box (Threat Modeling Tool border boundary, Threat
/// Dragon boundary box) or a line through points.
public struct ModelBoundary: Hashable, Sendable {
    public enum Shape: Hashable, Sendable {
        case box(ModelRect)
        case line([ModelPoint])
    }

    public var id: String
    public var name: String
    /// Nil when the file stores no position for it.
    public var shape: Shape?

    public init(id: String, name: String, shape: Shape?) {
        self.id = id
        self.name = name
        self.shape = shape
    }
}

/// A data flow from one element to another.
public struct ModelFlow: Hashable, Sendable {
    public var id: String
    public var name: String
    /// The elements it joins; nil for an end the file leaves unattached.
    public var sourceID: String?
    public var targetID: String?
    /// Start, the points the file stores between (a `.tm7` flow's handle, a
    /// Threat Dragon flow's vertices), end. An end attached to a Threat
    /// Dragon cell is that cell's centre. Empty when the file stores no
    /// position.
    public var points: [ModelPoint]

    public init(id: String, name: String, sourceID: String?, targetID: String?, points: [ModelPoint]) {
        self.id = id
        self.name = name
        self.sourceID = sourceID
        self.targetID = targetID
        self.points = points
    }
}
