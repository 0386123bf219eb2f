/// Bounds that keep hostile input from exhausting memory.
public struct LoadLimits: Hashable, Sendable {
    /// The largest file read, in bytes. A design input is a few kilobytes;
    /// a file past this is a mistake, or an attack on the build machine.
    public var maximumFileSize: Int

    public init(maximumFileSize: Int = 8 << 20) {
        self.maximumFileSize = maximumFileSize
    }

    public static let standard = LoadLimits()
}
