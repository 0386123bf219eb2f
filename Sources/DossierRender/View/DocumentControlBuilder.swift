import DossierModel

enum DocumentControlBuilder {
    static func view(of configuration: ProjectConfiguration) -> DocumentControlView {
        let product = configuration.product
        let document = configuration.document
        var productFields: [FieldView] = []
        func add(_ rows: inout [FieldView], _ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            rows.append(FieldView(name: name, value: value, href: nil))
        }
        add(&productFields, "Manufacturer", product.manufacturer)
        add(&productFields, "Intended use", product.intendedUse)
        add(&productFields, "Software safety class (IEC 62304)", product.safetyClass)
        add(&productFields, "Deployment", product.deployment)
        for field in product.extraFields {
            add(&productFields, FieldSpec.humanized(field.name), field.value.displayText)
        }
        var documentFields: [FieldView] = []
        add(&documentFields, "Status", document.status.rawValue)
        for field in document.extraFields {
            add(&documentFields, FieldSpec.humanized(field.name), field.value.displayText)
        }
        let approvals = document.approvals.map { ApprovalView(role: $0.role, name: $0.name, date: $0.date ?? "") }
        return DocumentControlView(
            productName: product.name, productVersion: product.version, productFields: productFields,
            documentID: document.id, documentTitle: document.title, revision: document.revision ?? "—",
            date: document.date, documentFields: documentFields, approvals: approvals,
            hasApprovals: !approvals.isEmpty, generator: DossierTool.nameAndVersion,
            history: document.history.map { RevisionView(revision: $0.revision, date: $0.date, summary: $0.summary ?? "") },
            hasHistory: !document.history.isEmpty)
    }
}
