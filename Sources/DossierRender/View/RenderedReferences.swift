import DossierModel
import Foundation

/// Each item's `reference` template, rendered once per output rather than at
/// each of its appearances in tables and link lists: as a partial it cost a
/// context push and four lookups each time, an eighth of a build. A build
/// renders them all up front, in parallel, since every page shows some; the
/// preview renders one when a page first needs it, since a rebuild after an
/// edit serves one page, not ten thousand.
final class RenderedReferences: @unchecked Sendable {
    /// All of them, when rendered up front: read without a lock, since
    /// every page of a build reads some from several threads.
    private let all: [String]?
    private let lock = NSLock()
    private var rendered: [String?]
    private let render: @Sendable (Int) -> String

    init(count: Int, renderAll: Bool, render: @escaping @Sendable (Int) -> String) {
        self.render = render
        all = renderAll ? Array(0..<count).parallelMap(render) : nil
        rendered = renderAll ? [] : Array(repeating: nil, count: count)
    }

    subscript(position: Int) -> String {
        if let all { return all[position] }
        if let known = lock.withLock({ rendered[position] }) { return known }
        let fresh = render(position)
        lock.withLock { rendered[position] = fresh }
        return fresh
    }
}
