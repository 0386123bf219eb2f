import DossierLink
import DossierModel

/// A file named for one id that holds another (`TH-005.md` declaring
/// `TH-055`): a copy not renamed, or an id mistyped. Whoever follows a link
/// to TH-005, or looks for TH-055, opens the wrong file or none.
public struct IDDiffersFromFileNameRule: Rule {
    public let documentation = RuleDocumentation(
        .idDiffersFromFileName, .minor, clause: "ISO 13485 §4.2.4",
        summary: "An item's file is named for an id other than its own.",
        rationale: "Controlled documents must be readily identifiable. A file named `TH-005.md` that declares "
            + "`id: TH-055` is found under the wrong id by anyone who browses the repository, reviews a change "
            + "or follows a link, and is often a copied file whose id or name was not changed.",
        remedy: "Rename the file to the item's id, or correct the `id` when the file name is the right one "
            + "(and update the links to it).",
        failing: """
            # threats/TH-005.md
            id: TH-055
            type: threat
            title: Replayed bolus command
            phases: [operation]
            """,
        passing: """
            # threats/TH-055.md
            id: TH-055
            type: threat
            title: Replayed bolus command
            phases: [operation]
            """)

    public init() {}

    public func violations(in graph: TraceGraph) -> [RuleViolation] {
        graph.items.compactMap { item in
            guard item.isLive, let named = Self.otherID(namedBy: item, in: graph) else { return nil }
            return RuleViolation(
                subject: item.id, location: item.location(of: "id"),
                message: "\(item.id) is in \(item.location.file), a file named for the id \(named) (\(clause))",
                remedy: "rename the file to \(item.id).md, or set `id: \(named)` if the file name is the right one")
        }
    }

    /// The id the item's file name reads as, when that is not the item's
    /// own: an id of the same shape (`TH-005` for `TH-055`) or of another
    /// item. `scope-v2.md` holding SEC-SCOPE names no id; `th-005.md`
    /// holding TH-005 names its own.
    static func otherID(namedBy item: Item, in graph: TraceGraph) -> String? {
        guard let named = InputError.idSuggested(byFileName: item.location.file),
              named.lowercased() != item.id.lowercased() else { return nil }
        return shape(of: named) == shape(of: item.id) || graph.position(of: named) != nil ? named : nil
    }

    /// Each run of digits one `#`, letters in lower case: `TH-005` and
    /// `th-55` have the shape `th-#`.
    static func shape(of id: String) -> String {
        var result = ""
        for character in id.lowercased() {
            if character.isNumber {
                if result.last != "#" { result.append("#") }
            } else {
                result.append(character)
            }
        }
        return result
    }
}
