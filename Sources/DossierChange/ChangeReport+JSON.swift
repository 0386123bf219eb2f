import DossierModel

extension ChangeReport {
    /// The shape of `diff --format json` (docs/format.md, "dossier diff"),
    /// also the `changes` of dossier.json.
    public var json: JSONValue {
        .object([
            ("baseline", .object([("ref", .string(ref)), ("revision", .optional(revision))])),
            ("added", .strings(changes.added)),
            ("removed", .strings(changes.removed)),
            ("changed", .array(changes.changed.map { change in
                .object([("id", .string(change.id)), ("fields", .strings(change.fields)), ("body", .bool(change.body))])
            })),
            ("links_added", .array(changes.linksAdded.map(Self.json))),
            ("links_removed", .array(changes.linksRemoved.map(Self.json))),
            ("findings_new", .array(findings.new.map(Self.json))),
            ("findings_resolved", .array(findings.resolved.map(Self.json))),
        ])
    }

    private static func json(_ link: LinkChange) -> JSONValue {
        .object([("from", .string(link.from)), ("field", .string(link.field)), ("to", .string(link.to))])
    }

    private static func json(_ finding: FindingKey) -> JSONValue {
        .object([("rule", .string(finding.rule)), ("item", .string(finding.item)),
                 ("severity", .string(finding.severity.rawValue))])
    }
}
