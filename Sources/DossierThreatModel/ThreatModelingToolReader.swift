import Foundation

/// Reads a Microsoft Threat Modeling Tool 7 file (`.tm7`): XML written by
/// .NET's DataContractSerializer. Elements are matched by local name, as
/// the namespaces and prefixes differ between the model, its abstracts,
/// the knowledge base and the serializer's arrays.
enum ThreatModelingToolReader {
    static let namespace = "http://schemas.datacontract.org/2004/07/ThreatModeling.Model"

    static func document(from tree: XMLTree, path: String) -> ThreatModelDocument {
        let diagrams = tree.root.child("DrawingSurfaceList")?.children.map(diagram) ?? []
        var names: [String: String] = [:]
        for diagram in diagrams {
            for element in diagram.elements { names[element.id] = element.name }
            for flow in diagram.flows { names[flow.id] = flow.name }
        }
        let diagramNames = Dictionary(diagrams.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let threats = tree.root.child("ThreatInstances")?.children.compactMap { entry in
            threat(entry, names: names, diagramNames: diagramNames)
        } ?? []
        return ThreatModelDocument(path: path, format: .threatModelingTool, version: tree.root.value("Version"),
                                   diagrams: diagrams, threats: threats)
    }

    // MARK: Diagrams

    private static func diagram(_ surface: XMLTree.Node) -> ModelDiagram {
        var diagram = ModelDiagram(id: surface.value("Guid") ?? "", name: displayedName(surface) ?? "")
        for entry in surface.child("Borders")?.children ?? [] {
            guard let value = entry.child("Value") else { continue }
            let id = value.value("Guid") ?? entry.value("Key") ?? ""
            let name = displayedName(value) ?? ""
            let frame = rect(value)
            if value.type == "BorderBoundary" || value.value("GenericTypeId") == "GE.TB.B" {
                diagram.boundaries.append(ModelBoundary(id: id, name: name, shape: frame.map { .box($0) }))
            } else {
                diagram.elements.append(ModelElement(id: id, kind: kind(value), name: name, frame: frame))
            }
        }
        for entry in surface.child("Lines")?.children ?? [] {
            guard let value = entry.child("Value") else { continue }
            let id = value.value("Guid") ?? entry.value("Key") ?? ""
            let name = displayedName(value) ?? ""
            let points = linePoints(value)
            if value.type == "LineBoundary" || value.value("GenericTypeId") == "GE.TB.L" {
                diagram.boundaries.append(ModelBoundary(id: id, name: name,
                                                        shape: points.isEmpty ? nil : .line(points)))
            } else {
                diagram.flows.append(ModelFlow(id: id, name: name, sourceID: guid(value.value("SourceGuid")),
                                               targetID: guid(value.value("TargetGuid")), points: points))
            }
        }
        return diagram
    }

    /// The stencil's shape says what it is even in a custom template, whose
    /// `GenericTypeId`s are GUIDs; a free-text annotation is a rectangle
    /// with `GE.A`.
    private static func kind(_ value: XMLTree.Node) -> ModelElement.Kind {
        let generic = value.value("GenericTypeId")
        if generic == "GE.A" { return .other }
        switch value.type {
        case "StencilEllipse": return .process
        case "StencilRectangle": return .externalInteractor
        case "StencilParallelLines": return .dataStore
        default: break
        }
        switch generic {
        case "GE.P": return .process
        case "GE.EI": return .externalInteractor
        case "GE.DS": return .dataStore
        default: return .other
        }
    }

    /// The `Name` attribute of a stencil's or surface's `Properties`, which
    /// are display attributes with a `DisplayName` and a `Value`.
    private static func displayedName(_ node: XMLTree.Node) -> String? {
        for attribute in node.child("Properties")?.children ?? [] where attribute.value("DisplayName") == "Name" {
            return attribute.value("Value")
        }
        return nil
    }

    private static func rect(_ node: XMLTree.Node) -> ModelRect? {
        guard let x = number(node, "Left"), let y = number(node, "Top"),
              let width = number(node, "Width"), let height = number(node, "Height") else { return nil }
        return ModelRect(x: x, y: y, width: width, height: height)
    }

    /// Source, handle (the point the line is dragged by), target.
    private static func linePoints(_ node: XMLTree.Node) -> [ModelPoint] {
        ["Source", "Handle", "Target"].compactMap { end in
            guard let x = number(node, end + "X"), let y = number(node, end + "Y") else { return nil }
            return ModelPoint(x: x, y: y)
        }
    }

    private static func number(_ node: XMLTree.Node, _ name: String) -> Double? {
        node.value(name).flatMap { Double($0.trimmingCharacters(in: .whitespaces)) }
    }

    /// The serializer writes an empty reference as the all-zero GUID.
    private static func guid(_ text: String?) -> String? {
        guard let text, text.contains(where: { $0 != "0" && $0 != "-" }) else { return nil }
        return text
    }

    // MARK: Threats

    private static func threat(_ entry: XMLTree.Node, names: [String: String],
                               diagramNames: [String: String]) -> ModelThreat? {
        guard let value = entry.child("Value") else { return nil }
        // `Properties` is a list of key/value pairs; the elements of the same
        // names beside it are usually nil, and are the fallback.
        var properties: [String: String] = [:]
        for pair in value.child("Properties")?.children ?? [] {
            guard let key = pair.value("Key"), let text = pair.value("Value") else { continue }
            properties[key] = text
        }
        func field(_ name: String) -> String? { properties[name] ?? value.value(name) }
        let (state, label) = ThreatVocabulary.threatModelingToolState(value.value("State"))
        let category = field("UserThreatCategory")
        let flow = guid(value.value("FlowGuid"))
        let source = guid(value.value("SourceGuid"))
        let target = guid(value.value("TargetGuid"))
        let diagramID = value.value("DrawingSurfaceGuid")
        return ModelThreat(
            key: (value.value("Id") ?? entry.value("Key") ?? "").trimmingCharacters(in: .whitespacesAndNewlines),
            title: field("Title") ?? value.value("TypeId") ?? "",
            category: category,
            stride: ThreatVocabulary.stride(category),
            risk: ThreatVocabulary.risk(field("Priority"), allowingCritical: false),
            state: state, stateLabel: label,
            justification: field("StateInformation"),
            description: field("UserThreatDescription"),
            mitigations: field("PossibleMitigations"),
            interaction: field("InteractionString") ?? flow.flatMap { names[$0] },
            sourceName: source.flatMap { names[$0] },
            targetName: target.flatMap { names[$0] },
            diagramName: diagramID.flatMap { diagramNames[$0] },
            diagramID: diagramID,
            carrierID: flow ?? target,
            line: entry.line)
    }
}
