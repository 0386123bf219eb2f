import DossierLink
import DossierModel

/// Builds the traceability chapters: per-phase summary and matrices,
/// requirement security, control categories, assets and hazards.
struct CoverageViewBuilder {
    let items: ItemViewBuilder
    var graph: TraceGraph { items.graph }
    var links: LinkStyle { items.links }

    func summary(of matrix: PhaseMatrix) -> PhaseSummaryView {
        let phase = matrix.phase
        let gaps = matrix.count(.gap)
        let unverified = matrix.count(.unverified)
        let failed = matrix.count(.verificationFailed)
        let notAttacked = matrix.count(.coveredNotAttacked)
        let decisions = matrix.count(.accepted) + matrix.count(.transferred) + matrix.count(.avoided)
        let noRequirements = matrix.securityRequirements.isEmpty
        let threats = matrix.rows.count
        let requirements = matrix.securityRequirements.count
        return PhaseSummaryView(
            name: phase.rawValue, title: phase.title, href: links.phase(phase.rawValue), anchor: "phase-\(phase.rawValue)",
            threats: threats, covered: matrix.count(.covered) + notAttacked, notAttacked: notAttacked,
            hasNotAttacked: notAttacked > 0, unverified: unverified, failed: failed, gaps: gaps,
            riskDecisions: decisions, securityRequirements: requirements,
            threatsApplyText: CountText.phrase(threats, "threat applies", "threats apply"),
            threatsText: CountText.phrase(threats, "threat", "threats"),
            gapsText: CountText.phrase(gaps, "gap", "gaps"),
            riskDecisionsText: CountText.phrase(decisions, "risk decision", "risk decisions"),
            securityRequirementsText: CountText.phrase(requirements, "security requirement", "security requirements"),
            hasGaps: gaps > 0 || noRequirements, hasNoRequirements: noRequirements,
            state: Self.state(gaps: gaps, noRequirements: noRequirements, failed: failed,
                              unverified: unverified + notAttacked))
    }

    /// A missing mitigation outranks a failed one, which outranks one not
    /// yet verified or not yet attacked: the badge names the worst thing the
    /// reviewer will find.
    static func state(gaps: Int, noRequirements: Bool, failed: Int, unverified: Int) -> String {
        if gaps > 0 || noRequirements { return "gap" }
        if failed > 0 { return "failed" }
        return unverified > 0 ? "open" : "ok"
    }

    func matrix(_ matrix: PhaseMatrix) -> MatrixView {
        let rows = matrix.rows.map(row)
        let requirements = matrix.securityRequirements.map(phaseRequirement)
        return MatrixView(phase: summary(of: matrix), rows: rows, hasRows: !rows.isEmpty,
                          requirements: requirements, hasRequirements: !requirements.isEmpty)
    }

    private func row(_ row: PhaseMatrixRow) -> MatrixRowView {
        let threat = graph[row.threat].threat ?? ThreatDetails()
        let mitigations = row.mitigations.map { position in
            let verifications = graph.verifications(of: position).map(verificationReference)
            return MitigationView(requirement: items.reference(position),
                                  category: graph[position].securityRequirement?.category?.title ?? "",
                                  verifications: verifications, isUnverified: verifications.isEmpty,
                                  acceptanceCriteria: graph[position].securityRequirement?.acceptanceCriteria)
        }
        let attacks = graph.adversarialTests(of: row.threat).map(RiskControlViewBuilder(items: items).attack)
        return MatrixRowView(
            threat: items.reference(row.threat), treatment: threat.treatment.rawValue,
            riskChange: Self.riskChange(threat),
            mitigations: mitigations, hasMitigations: !mitigations.isEmpty, status: row.status.title,
            statusClass: row.status.rawValue,
            isGapRow: mitigations.isEmpty || row.status == .verificationFailed, rationale: threat.treatment == .mitigate ? nil : threat.rationale,
            attacks: attacks, isNotAttacked: threat.treatment == .mitigate && attacks.isEmpty)
    }

    static func riskChange(_ threat: ThreatDetails) -> String {
        switch (threat.risk, threat.residualRisk) {
        case (nil, nil): "—"
        case (let risk?, nil): risk.rawValue
        case (let risk, let residual?): "\(risk?.rawValue ?? "—") → \(residual.rawValue)"
        }
    }

    private func verificationReference(_ position: Int) -> VerificationReferenceView {
        let verification = graph[position].verification ?? VerificationDetails()
        return VerificationReferenceView(id: graph[position].id, href: links.item(graph[position].id),
                                         method: verification.method?.rawValue ?? "",
                                         result: verification.result.rawValue, resultClass: verification.result.rawValue)
    }

    private func phaseRequirement(_ position: Int) -> PhaseRequirementView {
        let threats = graph.targets(of: position, in: .threats)
        return PhaseRequirementView(requirement: items.reference(position),
                                    category: graph[position].securityRequirement?.category?.title ?? "",
                                    threats: items.references(threats), isChecklistDerived: threats.isEmpty,
                                    acceptanceCriteria: graph[position].securityRequirement?.acceptanceCriteria)
    }

    func securedRequirements() -> [SecuredRequirementView] {
        graph.securityRelevantRequirements.map { position in
            let securedBy = graph.liveSources(of: position, in: .refines)
            let interfaces = graph.securityRelevance(of: position).interfaces
            return SecuredRequirementView(requirement: items.reference(position),
                                          category: graph[position].requirement?.category?.rawValue ?? "",
                                          namedInterfaces: interfaces.isEmpty ? nil : interfaces.joined(separator: ", "),
                                          securedBy: items.references(securedBy), isGap: securedBy.isEmpty)
        }
    }

    func controlCategories() -> [ControlCategoryView] {
        var byCategory: [ControlCategory: [Int]] = [:]
        for position in graph.live(.securityRequirement) {
            if let category = graph[position].securityRequirement?.category {
                byCategory[category, default: []].append(position)
            }
        }
        return ControlCategory.allCases.map { category in
            let requirements = byCategory[category] ?? []
            let justification = graph.configuration.notApplicableCategories[category]
            return ControlCategoryView(name: category.rawValue, title: category.title,
                                       requirements: items.references(requirements), justification: justification,
                                       isGap: requirements.isEmpty && justification == nil)
        }
    }

    func assets() -> [AssetView] {
        graph.live(.asset).map { position in
            AssetView(asset: items.reference(position),
                      properties: (graph[position].asset?.properties ?? []).map(\.rawValue).joined(separator: ", "),
                      threats: items.references(graph.liveSources(of: position, in: .assets)
                          .filter { graph[$0].type == .threat }))
        }
    }

    func hazards() -> [HazardView] {
        graph.live(.hazard).map { position in
            let hazard = graph[position].hazard ?? HazardDetails()
            return HazardView(hazard: items.reference(position), severity: hazard.severity?.rawValue ?? "",
                              harm: hazard.harm ?? "",
                              threats: items.references(graph.causes(of: position)),
                              controls: items.references(graph.riskControls(of: position)))
        }
    }
}
