import DossierMustache

/// Text rendered only when a template shows it: what some templates show
/// and others do not, and costs a template's rendering to make.
struct LazyText: Sendable, TemplateValueConvertible {
    let render: @Sendable () -> String

    init(_ render: @escaping @Sendable () -> String = { "" }) {
        self.render = render
    }

    var templateValue: TemplateValue { .lazy(render) }
}
