import DossierPipeline
import DossierRender
import DossierTestSupport

extension RenderFixture {
    /// What the renderers take from the project in `fixture`.
    static func renderInput(_ fixture: ProjectFixture) throws -> RenderInput {
        let pipeline = Pipeline(contentFolder: fixture.url, sourceDateEpoch: nil)
        return try pipeline.renderInput(for: pipeline.check())
    }
}
