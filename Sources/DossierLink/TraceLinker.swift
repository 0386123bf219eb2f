import DossierModel
import DossierParse

/// The link stage: resolves every id after all files are read (never while
/// parsing one), so the order of files cannot change the result.
public struct TraceLinker: Sendable {
    /// Paths of the non-Markdown files under the content folder.
    public var contentFiles: Set<String>

    public init(contentFiles: Set<String>) {
        self.contentFiles = contentFiles
    }

    public func link(_ project: ParsedProject) -> LinkResult {
        var errors = project.errors
        var items: [Item] = []
        var index: [String: Int] = [:]
        var duplicateFiles: [String] = []
        for item in project.items {
            if let first = index[item.id] {
                errors.append(.duplicateID(item.location(of: "id"), id: item.id,
                                           firstDefinedAt: items[first].location(of: "id")))
                duplicateFiles.append(item.location.file)
                continue
            }
            index[item.id] = items.count
            items.append(item)
        }
        var paths: [String: Int] = [:]
        for (position, item) in items.enumerated() where item.origin == nil || item.origin?.overlay != nil {
            paths[item.location.file] = position
        }
        let byPath = paths
        // An item whose file has an error is still known by its id: links to
        // it are not reported again (its own error is the one cause).
        // A file copied and not given its new id (SR-002.md saying `id:
        // SR-001`) is known by its file name too: links to SR-002 were the
        // author's intent, and the duplicate id is the one cause.
        let copiedIDs = duplicateFiles.compactMap(InputError.idSuggested(byFileName:)).filter { index[$0] == nil }
        let broken = KnownBroken(ids: Set(project.brokenItems.map(\.id) + copiedIDs),
                                 prefixes: project.unreadableModelPrefixes.map { $0 + "-" })
        let brokenFiles = Set(project.brokenItems.map(\.file))

        let interfaceNames = InterfaceNames(items: items, brokenItems: project.brokenItems)
        // `TH-005.md` that declares TH-055: a link to TH-005 names the file.
        var misnamed: [String: Item] = [:]
        for item in items {
            if let named = InputError.idSuggested(byFileName: item.location.file), named != item.id, index[named] == nil {
                misnamed[named] = item
            }
        }
        // Each item's links resolve against the index alone: side by side,
        // with each item's errors kept in item order.
        let (linker, linked, ids, fileNames) = (self, items, index, misnamed)
        let resolved = linked.parallelMap { item in
            var itemErrors: [InputError] = []
            let outgoing = linker.resolveLinks(of: item, index: ids, items: linked, broken: broken,
                                               interfaceNames: interfaceNames, misnamed: fileNames, errors: &itemErrors)
            linker.resolveReferences(of: item, index: ids, broken: broken, misnamed: fileNames, errors: &itemErrors)
            let links = linker.resolveFileLinks(of: item, byPath: byPath, brokenFiles: brokenFiles,
                                                errors: &itemErrors)
            return (outgoing, links, itemErrors)
        }
        var attachments: Set<String> = []
        for (_, links, itemErrors) in resolved {
            errors += itemErrors
            for case .file(let path) in links.values { attachments.insert(path) }
        }
        let outgoing = resolved.map { $0.0 }
        let bodyLinks = resolved.map { $0.1 }
        let software = SoftwareLinker(documents: project.sbomDocuments, items: items).link(errors: &errors)
        let diagramNames = DiagramNames(listed: project.configuration?.threatModel.files ?? [],
                                        models: project.threatModels)
        var sectionDiagrams: [Int: [DiagramReference]] = [:]
        // Without dossier.yml no file is known to be listed: its own error is the one cause.
        for (position, item) in items.enumerated()
        where project.configuration != nil && !(item.section?.diagrams.isEmpty ?? true) {
            sectionDiagrams[position] = diagramNames.resolve(item, errors: &errors)
        }
        guard errors.isEmpty, let configuration = project.configuration else {
            // Files with errors are items too: "27 items: 1 error", not 26.
            let itemCount = project.items.count + Set(project.brokenItems.map(\.file)).count
            return LinkResult(graph: nil, errors: errors, itemCount: itemCount,
                              subjects: Self.subjects(of: errors, in: project))
        }
        let graph = TraceGraph(configuration: configuration, items: items, index: index, outgoing: outgoing,
                               bodyLinks: bodyLinks, attachments: attachments.sorted(by: ByteOrder.precedes),
                               hasInterfaceInventory: interfaceNames.isInventory, software: software,
                               listedFiles: project.listedFiles, threatModels: project.threatModels,
                               sectionDiagrams: sectionDiagrams)
        return LinkResult(graph: graph, errors: [], itemCount: items.count)
    }

    /// File → id for the files the errors are in, from the items read and
    /// the ids salvaged from files that could not be read whole.
    static func subjects(of errors: [InputError], in project: ParsedProject) -> [String: String] {
        let files = Set(errors.map(\.location.file))
        var subjects: [String: String] = [:]
        for broken in project.brokenItems where files.contains(broken.file) { subjects[broken.file] = broken.id }
        for item in project.items where files.contains(item.location.file) { subjects[item.location.file] = item.id }
        return subjects
    }

    private func resolveLinks(of item: Item, index: [String: Int], items: [Item], broken: KnownBroken,
                              interfaceNames: InterfaceNames, misnamed: [String: Item],
                              errors: inout [InputError]) -> [TraceLink] {
        var resolved: [TraceLink] = []
        for link in item.links {
            let location = SourceLocation(file: item.location.file, line: link.line)
            if link.field == .interfaces {
                // Without an inventory the names stay labels; the item keeps them as written.
                guard interfaceNames.isInventory else { continue }
                let matches = interfaceNames.matches(link.target)
                if matches.count == 1 {
                    resolved.append(TraceLink(field: .interfaces, other: matches[0], line: link.line))
                    continue
                }
                if matches.count > 1 {
                    errors.append(.invalidValue(location, field: "interfaces", value: link.target,
                                                expected: "a name of one interface, but it names "
                                                    + matches.map { items[$0].id }.joined(separator: " and ")
                                                    + "; write the id of the one meant"))
                    continue
                }
                if index[link.target] == nil {
                    if broken.contains(link.target) || interfaceNames.hasBrokenInterface { continue }
                    errors.append(.danglingReference(
                        location, from: item.id, target: link.target,
                        detail: "listed under `interfaces`, which is neither the id nor the title of any interface"
                            + interfaceNames.suggestion(for: link.target, items: items)))
                    continue
                }
            }
            guard let target = index[link.target] else {
                if broken.contains(link.target) { continue }
                errors.append(.danglingReference(location, from: item.id, target: link.target,
                                                 detail: "listed under `\(link.field.rawValue)`, which is not the id of any "
                                                    + "item\(Self.suggestion(for: link.target, in: index, misnamed: misnamed, excluding: Set(item.links(in: link.field).map(\.target))))"))
                continue
            }
            guard link.field.targetTypes.contains(items[target].type) else {
                errors.append(.wrongReferenceType(location, from: item.id, field: link.field, target: link.target,
                                                  actual: items[target].type))
                continue
            }
            resolved.append(TraceLink(field: link.field, other: target, line: link.line))
        }
        return resolved
    }

    /// "; did you mean TH-012?" for an id one or two edits from a real one,
    /// case aside; nothing when no id is that close.
    /// - Parameters:
    ///   - misnamed: items by the id their file's name reads as, where that
    ///     is no item's id: a link to the file name is told whose file it is.
    ///   - excluding: ids the same list already names, which the author
    ///     cannot have meant instead.
    static func suggestion(for id: String, in index: [String: Int], misnamed: [String: Item] = [:],
                           excluding: Set<String> = []) -> String {
        if let item = misnamed[id] {
            return "; \(id) is the file name of \(item.location.file), whose id is \(item.id)"
        }
        // `threats: "[[TH-001]]"`, the body's link quoted into front matter.
        if id.hasPrefix("[["), id.hasSuffix("]]"), id.count > 4 {
            return "; `[[ID]]` links an item from the body, front matter lists the id alone: `\(id.dropFirst(2).dropLast(2))`"
        }
        // `threats: TH-001, TH-002` is one value to YAML.
        let parts = id.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        if parts.count > 1, parts.allSatisfy({ index[$0] != nil }) {
            return "; " + ValueHint.list(parts)
        }
        let folded = id.lowercased()
        var byFolded: [String: String] = [:]
        for known in index.keys {
            let key = known.lowercased()
            if let existing = byFolded[key], !ByteOrder.precedes(known, existing) { continue }
            byFolded[key] = known
        }
        let meant = byFolded[folded] ?? EditDistance.closest(to: folded, among: byFolded.keys, within: 2).flatMap {
            byFolded[$0]
        }
        return meant.flatMap { excluding.contains($0) ? nil : "; did you mean \($0)?" } ?? ""
    }

    private func resolveReferences(of item: Item, index: [String: Int], broken: KnownBroken, misnamed: [String: Item],
                                   errors: inout [InputError]) {
        for reference in item.body.references where index[reference.target] == nil && !broken.contains(reference.target) {
            errors.append(.danglingReference(SourceLocation(file: item.location.file, line: reference.line),
                                             from: item.id, target: "[[\(reference.target)]]",
                                             detail: "but no item has the id \(reference.target)"
                                                + Self.suggestion(for: reference.target, in: index, misnamed: misnamed)))
        }
    }

    private func resolveFileLinks(of item: Item, byPath: [String: Int], brokenFiles: Set<String>,
                                  errors: inout [InputError]) -> [String: BodyLinkTarget] {
        var resolved: [String: BodyLinkTarget] = [:]
        for link in item.body.fileLinks where resolved[link.destination] == nil {
            let location = SourceLocation(file: item.location.file, line: link.line)
            guard let path = ContentPath.resolve(link.destination, from: item.location.file) else {
                errors.append(.danglingReference(location, from: item.id, target: link.destination,
                                                 detail: "a path that lies outside the content folder; "
                                                    + "copy the file into the content folder"))
                continue
            }
            if let target = byPath[path] {
                resolved[link.destination] = .item(target)
            } else if contentFiles.contains(path) {
                resolved[link.destination] = .file(path)
            } else if !brokenFiles.contains(path) {
                errors.append(.danglingReference(location, from: item.id, target: link.destination,
                                                 detail: "but there is no file \(path) in the content folder"))
            }
        }
        return resolved
    }
}

/// Ids that stand for items with an error of their own: links to them are
/// not reported again. A threat model that could not be read leaves its
/// threats unknown; every id of its prefix is taken as one of them.
struct KnownBroken: Sendable {
    var ids: Set<String>
    var prefixes: [String]

    func contains(_ id: String) -> Bool {
        ids.contains(id) || prefixes.contains { id.hasPrefix($0) }
    }
}
