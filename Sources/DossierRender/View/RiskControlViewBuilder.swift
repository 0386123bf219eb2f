import DossierLink
import DossierModel

/// Builds the chapters on risk controls: security testing, the ISO 14971
/// linkage and the accompanying documentation.
struct RiskControlViewBuilder {
    let items: ItemViewBuilder
    var graph: TraceGraph { items.graph }

    /// Failed first, then not run, then passed: what a reviewer must act on leads.
    static func resultRank(_ result: VerificationResult) -> Int {
        switch result {
        case .fail: 0
        case .notRun: 1
        case .pass: 2
        }
    }

    private func result(_ position: Int) -> VerificationResult { graph[position].verification?.result ?? .notRun }

    /// Live verifications by kind, in the order of the kinds; within a kind
    /// failed and not-run ones first.
    func testKinds() -> [TestKindGroupView] {
        let verifications = graph.live(.verification)
        return VerificationKind.allCases.compactMap { kind in
            let ordered = verifications.filter { graph[$0].verification?.kind == kind }.enumerated().sorted { lhs, rhs in
                let (left, right) = (Self.resultRank(result(lhs.element)), Self.resultRank(result(rhs.element)))
                return left != right ? left < right : lhs.offset < rhs.offset
            }.map(\.element)
            guard !ordered.isEmpty else { return nil }
            return TestKindGroupView(name: kind.rawValue, title: kind.title, isAdversarial: kind.isAdversarial,
                                     verifications: ordered.map(tested))
        }
    }

    private func tested(_ position: Int) -> TestedVerificationView {
        let verification = graph[position].verification ?? VerificationDetails()
        return TestedVerificationView(
            verification: items.reference(position), method: verification.method?.rawValue ?? "",
            result: verification.result.rawValue, resultClass: verification.result.rawValue,
            verifies: items.references(graph.targets(of: position, in: .verifies)),
            attacks: reached(by: position, adversarial: verification.kind.isAdversarial))
    }

    /// The threats a verification names, and for an adversarial one also
    /// those it reaches through the security requirements it verifies, as
    /// the threat table above counts them.
    private func reached(by position: Int, adversarial: Bool) -> [ReachedThreatView] {
        let named = graph.targets(of: position, in: .threats)
        var views = named.map { ReachedThreatView(threat: items.reference($0), through: nil) }
        guard adversarial else { return views }
        var seen = Set(named)
        for requirement in graph.targets(of: position, in: .verifies) where graph[requirement].type == .securityRequirement {
            for threat in graph.targets(of: requirement, in: .threats) where graph[threat].isLive && seen.insert(threat).inserted {
                views.append(ReachedThreatView(threat: items.reference(threat), through: items.reference(requirement)))
            }
        }
        return views
    }

    /// Each live threat treated `mitigate` with the adversarial tests that
    /// reached it: untested first, then failed, then not run, then passed.
    func threatTesting() -> [ThreatTestingView] {
        let views = graph.live(.threat).filter { graph[$0].threat?.treatment == .mitigate }.map { position in
            let tests = graph.adversarialTests(of: position)
            let results = tests.map { result($0.verification) }
            let (state, text): (String, String) =
                tests.isEmpty ? ("gap", "not attacked")
                : results.contains(.fail) ? ("fail", "attack succeeded: a test failed")
                : results.contains(.notRun) ? ("not-run", "attacked; a test not run yet") : ("pass", "attacked, mitigation held")
            return ThreatTestingView(threat: items.reference(position), tests: tests.map(attack), hasTests: !tests.isEmpty,
                                     state: state, stateText: text)
        }
        let rank = ["gap": 0, "fail": 1, "not-run": 2, "pass": 3]
        return views.enumerated().sorted { lhs, rhs in
            let (left, right) = (rank[lhs.element.state]!, rank[rhs.element.state]!)
            return left != right ? left < right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    func attack(_ test: AdversarialTest) -> AdversarialTestView {
        let item = graph[test.verification]
        let verification = item.verification ?? VerificationDetails()
        return AdversarialTestView(id: item.id, href: items.links.item(item.id), kind: verification.kind.rawValue,
                                   result: verification.result.rawValue, resultClass: verification.result.rawValue,
                                   through: test.through.map(items.reference))
    }

    /// Every live hazard with its causes and risk controls.
    func hazardLinkage() -> [HazardLinkageView] {
        graph.live(.hazard).map { position in
            let hazard = graph[position].hazard ?? HazardDetails()
            let causes = graph.causes(of: position)
            let controls = graph.riskControls(of: position).enumerated().map { offset, control in
                let verifications = graph.verifications(of: control).map { verification in
                    let details = graph[verification].verification ?? VerificationDetails()
                    return VerificationReferenceView(
                        id: graph[verification].id, href: items.links.item(graph[verification].id),
                        method: details.kind.rawValue, result: details.result.rawValue,
                        resultClass: details.result.rawValue)
                }
                return RiskControlView(requirement: items.reference(control), typeTitle: graph[control].type.singularTitle,
                                       verifications: verifications, isUnverified: verifications.isEmpty,
                                       isFirst: offset == 0)
            }
            return HazardLinkageView(hazard: items.reference(position), severity: hazard.severity?.rawValue ?? "",
                                     harm: hazard.harm ?? "", causes: items.references(causes), controls: controls,
                                     hasControls: !controls.isEmpty, isGap: !causes.isEmpty && controls.isEmpty,
                                     rowSpan: max(1, controls.count))
        }
    }

    /// The live labeling items by kind, in the order of the kinds; each
    /// body rendered by `body`.
    func labeling(body: (Int) -> String) -> [LabelingGroupView] {
        let positions = graph.live(.labeling)
        return LabelingKind.allCases.compactMap { kind in
            let ofKind = positions.filter { graph[$0].labeling?.kind == kind }
            guard !ofKind.isEmpty else { return nil }
            return LabelingGroupView(name: kind.rawValue, title: kind.title, entries: ofKind.map { position in
                let threats = graph.targets(of: position, in: .threats)
                let requirements = graph.targets(of: position, in: .requirements)
                let components = graph.targets(of: position, in: .components)
                return LabelingEntryView(item: items.reference(position), document: graph[position].labeling?.document,
                                         body: body(position), threats: items.references(threats),
                                         requirements: items.references(requirements),
                                         components: items.references(components),
                                         hasThreats: !threats.isEmpty, hasRequirements: !requirements.isEmpty,
                                         hasComponents: !components.isEmpty)
            })
        }
    }

    /// The kinds a rule asks for that no live labeling item has.
    func missingLabelingKinds() -> [String] {
        var missing: [LabelingKind] = []
        let kinds = Set(graph.live(.labeling).compactMap { graph[$0].labeling?.kind })
        if graph.phases.contains(.decommissioning), !kinds.contains(.decommissioning) { missing.append(.decommissioning) }
        if !kinds.contains(.endOfSupport) { missing.append(.endOfSupport) }
        return missing.map(\.title)
    }
}
