import DossierLoad
import DossierModel
import DossierParse
import DossierTestSupport
import Foundation

/// The parse stage's result for a project (load and parse only, no links).
func parse(_ blocks: String) throws -> ParsedProject {
    let fixture = try ProjectFixture(project(blocks))
    defer { fixture.remove() }
    return ProjectParser().parse(ContentLoader().load(from: fixture.url))
}

extension ParsedProject {
    func item(_ id: String) -> Item? { items.first { $0.id == id } }
}
