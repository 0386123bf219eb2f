/// Bounds that keep hostile input from exhausting memory.
public struct LoadLimits: Hashable, Sendable {
    /// The largest file read, in bytes. A design input is a few kilobytes;
    /// a file past this is a mistake, or an attack on the build machine.
    public var maximumFileSize: Int
    /// The most Markdown files read: far above any real product (the largest
    /// benchmark has 100,000), low enough to stop a runaway folder.
    public var maximumItems: Int

    public init(maximumFileSize: Int = 8 << 20, maximumItems: Int = 250_000) {
        self.maximumFileSize = maximumFileSize
        self.maximumItems = maximumItems
    }

    public static let standard = LoadLimits()
}
