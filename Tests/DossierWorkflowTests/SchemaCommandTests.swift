import DossierModel
import DossierTestSupport
import Foundation
import Testing

@Suite("dossier schema")
struct SchemaCommandTests {
    private func schema() throws -> (text: String, json: [String: Any]) {
        let folder = try ProjectFixture()
        let run = try DossierBinary.run(["schema"], in: folder.root)
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        return (run.stdout, json)
    }

    @Test("valid JSON: draft 2020-12, common fields required, unknown fields allowed")
    func document() throws {
        let (_, json) = try schema()
        #expect(json["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        // A threat may be an overlay of an imported one, which takes its title from the model file.
        #expect(json["required"] as? [String] == ["id", "type"])
        let branches = try #require(json["allOf"] as? [[String: Any]])
        #expect(branches.contains { ($0["else"] as? [String: Any])?["required"] as? [String] == ["title"] })
        #expect(json["additionalProperties"] as? Bool == true)
        let types = ((json["properties"] as? [String: Any])?["type"] as? [String: Any])?["enum"] as? [String]
        #expect(types == ItemType.allCases.map(\.rawValue))
    }

    @Test("a schema for each type, chosen by `type`, with its fields and links", arguments: ItemType.allCases)
    func perType(type: ItemType) throws {
        let (_, json) = try schema()
        let definition = try #require((json["$defs"] as? [String: Any])?[type.rawValue] as? [String: Any])
        let properties = try #require(definition["properties"] as? [String: Any])
        for link in type.linkFields {
            #expect(properties[link.rawValue] != nil, "\(type.rawValue) lacks \(link.rawValue)")
        }
        let required = definition["required"] as? [String] ?? []
        // A threat's phases are required once it has a title: an overlay has neither.
        if type == .threat {
            #expect((definition["if"] as? [String: Any])?["required"] as? [String] == ["title"])
            #expect((definition["then"] as? [String: Any])?["required"] as? [String] == ["phases"])
        }
        let requiredByType: [ItemType: [String]] = [.securityRequirement: ["phases"],
                                                    .interface: ["kind"], .labeling: ["kind"], .component: ["support"],
                                                    .review: ["date", "outcome", "reviewers"]]
        #expect(required == requiredByType[type, default: []])
        let branches = try #require(json["allOf"] as? [[String: Any]])
        let chooses = branches.contains { branch in
            let condition = ((branch["if"] as? [String: Any])?["properties"] as? [String: Any])?["type"]
            return (condition as? [String: Any])?["const"] as? String == type.rawValue
                && (branch["then"] as? [String: Any])?["$ref"] as? String == "#/$defs/\(type.rawValue)"
        }
        #expect(chooses)
    }

    @Test("enums come from the model")
    func enums() throws {
        let (_, json) = try schema()
        let threat = (json["$defs"] as? [String: Any])?["threat"] as? [String: Any]
        let stride = (threat?["properties"] as? [String: Any])?["stride"] as? [String: Any]
        let single = (stride?["anyOf"] as? [[String: Any]])?.first?["enum"] as? [String]
        #expect(single == StrideCategory.allowedValues)
        #expect(FrontMatterSchema.render() == (try schema().text))
    }

    @Test("the example project, the starter and new items validate; wrong values do not (python jsonschema)")
    func validates() throws {
        let project = try ProjectFixture.starterProject()
        for type in ItemType.allCases {
            _ = try DossierBinary.run(["new", type.rawValue, "A \(type.rawValue)"], in: project.root)
        }
        // A review's date and outcome are left for the author: no start value could be right.
        let review = "reviews/REV-002.md"
        try project.write(review, try project.read(review).replacingOccurrences(of: "date: ", with: "date: 2026-02-01")
            .replacingOccurrences(of: "outcome: ", with: "outcome: approved"))
        try project.writeOutside("schema.json", try schema().text)
        let schemaPath = project.root.appendingPathComponent("schema.json").path
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("content").path
        for content in [project.root.appendingPathComponent("content").path, example] {
            let check = try InteropPython.run("validate_front_matter.py", [schemaPath, content])
            #expect(check.status == 0, "\(content): \(check.output)")
        }
        let wrong = try ProjectFixture()
        try wrong.writeOutside("threats/TH-1.md", "---\nid: TH-1\ntype: threat\ntitle: T\nstride: [spoof]\nsafety_impact: maybe\n---\n")
        let check = try InteropPython.run("validate_front_matter.py", [schemaPath, wrong.root.path])
        #expect(check.status == 1)
        #expect(check.output.contains("phases"))
        #expect(check.output.contains("stride"))
        #expect(check.output.contains("safety_impact"))
        // A verification must name what it verifies or attacks; a component, its SBOM component.
        let unlinked = try ProjectFixture()
        try unlinked.writeOutside("verification/VER-1.md", "---\nid: VER-1\ntype: verification\ntitle: V\n---\n")
        try unlinked.writeOutside("components/CMP-1.md", "---\nid: CMP-1\ntype: component\ntitle: C\nsupport: community\n---\n")
        let anyOf = try InteropPython.run("validate_front_matter.py", [schemaPath, unlinked.root.path])
        #expect(anyOf.status == 1)
        #expect(anyOf.output.contains("VER-1.md") && anyOf.output.contains("CMP-1.md"), "\(anyOf.output)")
    }
}
