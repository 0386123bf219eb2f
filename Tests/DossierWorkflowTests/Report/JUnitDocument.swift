import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed JUnit report: the counts it states and the elements it holds.
struct JUnitDocument {
    struct Counts: Equatable {
        var tests, failures, errors, skipped: Int
    }

    let document: XMLDocument

    init(_ text: String) throws {
        document = try XMLDocument(data: Data(text.utf8), options: [])
    }

    func stated(_ path: String) throws -> Counts {
        let element = try #require(try document.nodes(forXPath: path).first as? XMLElement, "no \(path)")
        func count(_ name: String) -> Int { Int(element.attribute(forName: name)?.stringValue ?? "") ?? -1 }
        return Counts(tests: count("tests"), failures: count("failures"), errors: count("errors"),
                      skipped: count("skipped"))
    }

    /// The counts of the elements themselves, which the attributes must match.
    func counted() throws -> Counts {
        Counts(tests: try document.nodes(forXPath: "/testsuites/testsuite/testcase").count,
               failures: try document.nodes(forXPath: "/testsuites/testsuite/testcase/failure").count,
               errors: try document.nodes(forXPath: "/testsuites/testsuite/testcase/error").count,
               skipped: try document.nodes(forXPath: "/testsuites/testsuite/testcase/skipped").count)
    }

    /// An attribute of every element the path selects.
    func attribute(_ name: String, of path: String) throws -> [String] {
        try document.nodes(forXPath: path).compactMap { ($0 as? XMLElement)?.attribute(forName: name)?.stringValue }
    }
}
