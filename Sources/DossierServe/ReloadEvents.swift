import Foundation

/// The open pages' event streams (`/_dossier/events`): each gets the
/// preview's generation whenever it changes, and reloads when that is not
/// the generation it was rendered from.
final class ReloadEvents: @unchecked Sendable {
    private let lock = NSLock()
    private var generation = 0
    private var streams: [UUID: AsyncStream<Int>.Continuation] = [:]

    var current: Int { lock.withLock { generation } }

    /// A stream that starts with the current generation.
    func subscribe() -> AsyncStream<Int> {
        let id = UUID()
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self, bufferingPolicy: .bufferingNewest(1))
        continuation.onTermination = { [weak self] _ in
            guard let self else { return }
            _ = self.lock.withLock { self.streams.removeValue(forKey: id) }
        }
        lock.withLock {
            streams[id] = continuation
            continuation.yield(generation)
        }
        return stream
    }

    /// Tells every open page that the preview changed.
    func advance() {
        lock.withLock {
            generation += 1
            for continuation in streams.values { continuation.yield(generation) }
        }
    }

    /// Ends every stream, so the server can stop.
    func finishAll() {
        let open = lock.withLock {
            let open = Array(streams.values)
            streams = [:]
            return open
        }
        for continuation in open { continuation.finish() }
    }
}
