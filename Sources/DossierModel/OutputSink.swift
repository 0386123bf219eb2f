/// Where a build's files go as they are rendered. Most files are small and
/// handed over whole; the single-file documents of a large project run to
/// hundreds of megabytes and are handed over in parts, so no stage ever
/// holds one whole.
public protocol OutputSink: Sendable {
    /// Takes whole files; called from several threads at once.
    func add(_ files: [OutputFile]) throws

    /// Writes the file at `path` from the parts `body` appends, in order,
    /// on the calling thread. A file whose `body` throws is not written, and
    /// neither is the rest of the output.
    func write(_ path: String, inParts body: (_ append: (String) throws -> Void) throws -> Void) throws
}
