import Mustache

// swift-mustache looks values up with Mirror unless a type answers
// `child(named:)` itself; Mirror made up three quarters of a build's time.
// Each view answers for exactly its stored properties; a test compares
// these answers with Mirror so a new property cannot be forgotten.

extension ItemReferenceView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "title": self.title
        case "href": self.href
        case "status": self.status
        case "isObsolete": self.isObsolete
        case "result": self.result
        case "hasResult": self.hasResult
        case "rendered": self.rendered
        default: nil
        }
    }
}

extension FieldView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "value": self.value
        case "href": self.href
        case "isLink": self.isLink
        default: nil
        }
    }
}

extension StatusRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "state": self.state
        case "text": self.text
        case "detail": self.detail
        case "summary": self.summary
        default: nil
        }
    }
}

extension LinkGroupView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "items": self.items
        default: nil
        }
    }
}

extension ItemHeadingView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "anchor": self.anchor
        case "title": self.title
        case "type": self.type
        case "typeTitle": self.typeTitle
        case "status": self.status
        case "file": self.file
        default: nil
        }
    }
}

extension ItemView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": self.heading
        case "fields": self.fields
        case "statusRows": self.statusRows
        case "linksOut": self.linksOut
        case "linksIn": self.linksIn
        case "hasLinks": self.hasLinks
        case "body": self.body
        case "findings": self.findings
        case "hasFindings": self.hasFindings
        default: self.heading.child(named: name)
        }
    }
}

extension ItemSectionView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "heading": self.heading
        case "renderedSection": self.renderedSection
        default: self.heading.child(named: name)
        }
    }
}

extension ItemGroupView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "type": self.type
        case "title": self.title
        case "anchor": self.anchor
        case "count": self.count
        case "isNarrative": self.isNarrative
        case "items": self.items
        case "references": self.references
        default: nil
        }
    }
}

extension FindingView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "severity": self.severity
        case "isMajor": self.isMajor
        case "rule": self.rule
        case "clause": self.clause
        case "subject": self.subject
        case "subjectHref": self.subjectHref
        case "file": self.file
        case "line": self.line
        case "message": self.message
        case "messageHTML": self.messageHTML
        case "messageMarkdown": self.messageMarkdown
        default: nil
        }
    }
}

extension PhaseSummaryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "title": self.title
        case "href": self.href
        case "anchor": self.anchor
        case "threats": self.threats
        case "covered": self.covered
        case "unverified": self.unverified
        case "failed": self.failed
        case "gaps": self.gaps
        case "riskDecisions": self.riskDecisions
        case "securityRequirements": self.securityRequirements
        case "threatsApplyText": self.threatsApplyText
        case "threatsText": self.threatsText
        case "gapsText": self.gapsText
        case "riskDecisionsText": self.riskDecisionsText
        case "securityRequirementsText": self.securityRequirementsText
        case "hasGaps": self.hasGaps
        case "hasNoRequirements": self.hasNoRequirements
        case "state": self.state
        default: nil
        }
    }
}

extension VerificationReferenceView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "href": self.href
        case "method": self.method
        case "result": self.result
        case "resultClass": self.resultClass
        default: nil
        }
    }
}

extension MitigationView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "requirement": self.requirement
        case "category": self.category
        case "verifications": self.verifications
        case "isUnverified": self.isUnverified
        default: nil
        }
    }
}

extension MatrixRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "threat": self.threat
        case "treatment": self.treatment
        case "riskChange": self.riskChange
        case "mitigations": self.mitigations
        case "hasMitigations": self.hasMitigations
        case "status": self.status
        case "statusClass": self.statusClass
        case "isGapRow": self.isGapRow
        case "rationale": self.rationale
        default: nil
        }
    }
}

extension MatrixView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "phase": self.phase
        case "rows": self.rows
        case "hasRows": self.hasRows
        case "requirements": self.requirements
        case "hasRequirements": self.hasRequirements
        default: nil
        }
    }
}

extension PhaseRequirementView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "requirement": self.requirement
        case "category": self.category
        case "threats": self.threats
        case "isChecklistDerived": self.isChecklistDerived
        default: nil
        }
    }
}

extension SecuredRequirementView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "requirement": self.requirement
        case "category": self.category
        case "securedBy": self.securedBy
        case "isGap": self.isGap
        default: nil
        }
    }
}

extension ControlCategoryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "title": self.title
        case "requirements": self.requirements
        case "justification": self.justification
        case "isGap": self.isGap
        default: nil
        }
    }
}

extension AssetView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "asset": self.asset
        case "properties": self.properties
        case "threats": self.threats
        default: nil
        }
    }
}

extension HazardView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "hazard": self.hazard
        case "severity": self.severity
        case "harm": self.harm
        case "threats": self.threats
        case "controls": self.controls
        default: nil
        }
    }
}

extension ManifestEntryView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "path": self.path
        case "sha256": self.sha256
        case "bytes": self.bytes
        default: nil
        }
    }
}

extension DocumentControlView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "productName": self.productName
        case "productVersion": self.productVersion
        case "productFields": self.productFields
        case "documentID": self.documentID
        case "documentTitle": self.documentTitle
        case "revision": self.revision
        case "date": self.date
        case "documentFields": self.documentFields
        case "approvals": self.approvals
        case "hasApprovals": self.hasApprovals
        case "generator": self.generator
        default: nil
        }
    }
}

extension ApprovalView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "role": self.role
        case "name": self.name
        case "date": self.date
        default: nil
        }
    }
}

extension FindingCountsView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "major": self.major
        case "minor": self.minor
        case "total": self.total
        case "isClean": self.isClean
        case "hasMajor": self.hasMajor
        case "items": self.items
        case "itemsText": self.itemsText
        default: nil
        }
    }
}

extension DossierViewModel: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "document": self.document
        case "counts": self.counts
        case "phases": self.phases
        case "matrices": self.matrices
        case "secured": self.secured
        case "categories": self.categories
        case "assets": self.assets
        case "hazards": self.hazards
        case "findings": self.findings
        case "hasFindings": self.hasFindings
        case "sections": self.sections
        case "hasSections": self.hasSections
        case "groups": self.groups
        case "manifest": self.manifest
        case "manifestCount": self.manifestCount
        case "manifestText": self.manifestText
        case "cssDocumentLabel": self.cssDocumentLabel
        case "cssProductLabel": self.cssProductLabel
        case "cssGeneratorLabel": self.cssGeneratorLabel
        case "root": self.root
        case "pageTitle": self.pageTitle
        case "navigation": self.navigation
        case "footer": self.footer
        default: nil
        }
    }
}

extension SiteRenderer.ItemPage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "document": self.document
        case "counts": self.counts
        case "phases": self.phases
        case "root": self.root
        case "pageTitle": self.pageTitle
        case "navigation": self.navigation
        case "footer": self.footer
        case "item": self.item
        default: nil
        }
    }
}

extension SiteRenderer.PhasePage: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "document": self.document
        case "counts": self.counts
        case "phases": self.phases
        case "root": self.root
        case "pageTitle": self.pageTitle
        case "navigation": self.navigation
        case "footer": self.footer
        case "matrix": self.matrix
        default: nil
        }
    }
}
