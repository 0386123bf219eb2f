@testable import DossierMustache
import Foundation
import Testing

/// The official Mustache specification's tests (github.com/mustache/spec,
/// MIT license, kept in Specification/): every test of the required
/// modules, and of the optional ones this renderer implements (dynamic
/// names and inheritance; lambdas are not, since a template here cannot
/// run code).
@Suite struct SpecificationTests {
    static let modules = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections",
                          "~dynamic-names", "~inheritance"]

    static let cases: [SpecificationCase] = modules.flatMap { module in
        // A missing file would pass by running nothing; loading it fails loudly instead.
        try! SpecificationCase.load(module)
    }

    @Test func everyModuleHasItsTests() {
        for module in Self.modules {
            #expect(Self.cases.count(where: { $0.module == module }) >= 6, "\(module) has too few tests")
        }
        #expect(Self.cases.count >= 130)
    }

    @Test(arguments: cases)
    func rendersAsTheSpecificationExpects(_ test: SpecificationCase) throws {
        var library = TemplateLibrary()
        for (name, text) in test.partials.sorted(by: { $0.key < $1.key }) {
            try library.register(text, named: name)
        }
        try library.register(test.template, named: "test")
        #expect(library.render(test.data, withTemplate: "test") == test.expected, "\(test.description)")
    }
}

/// One test of the specification: a template, its data and partials, and the text it must render.
struct SpecificationCase: Decodable, CustomTestStringConvertible, CustomStringConvertible, Sendable {
    var module = ""
    let name: String
    let desc: String
    let data: SpecificationValue
    let template: String
    let partials: [String: String]
    let expected: String

    var description: String { "\(module): \(name) — \(desc)" }
    var testDescription: String { "\(module): \(name)" }

    private enum CodingKeys: String, CodingKey { case name, desc, data, template, partials, expected }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        desc = try container.decode(String.self, forKey: .desc)
        data = try container.decode(SpecificationValue.self, forKey: .data)
        template = try container.decode(String.self, forKey: .template)
        partials = try container.decodeIfPresent([String: String].self, forKey: .partials) ?? [:]
        expected = try container.decode(String.self, forKey: .expected)
    }

    static func load(_ module: String) throws -> [SpecificationCase] {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Specification/\(module).json")
        struct Module: Decodable { let tests: [SpecificationCase] }
        return try JSONDecoder().decode(Module.self, from: Data(contentsOf: file)).tests.map {
            var test = $0
            test.module = module
            return test
        }
    }
}

/// A JSON value of the specification's data, as templates see it.
indirect enum SpecificationValue: Decodable, Sendable, TemplateValueConvertible {
    case null, bool(Bool), int(Int), double(Double), text(String)
    case list([SpecificationValue])
    case object([String: SpecificationValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .int(value) }
        else if let value = try? container.decode(Double.self) { self = .double(value) }
        else if let value = try? container.decode(String.self) { self = .text(value) }
        else if let value = try? container.decode([SpecificationValue].self) { self = .list(value) }
        else { self = .object(try container.decode([String: SpecificationValue].self)) }
    }

    var templateValue: TemplateValue {
        switch self {
        case .null: .null
        case .bool(let value): .bool(value)
        case .int(let value): .int(value)
        case .double(let value): .double(value)
        case .text(let value): .text(value)
        case .list(let values): .list(values)
        case .object(let members): .object(members)
        }
    }
}
