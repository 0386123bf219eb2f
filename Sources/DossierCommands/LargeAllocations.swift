#if canImport(Glibc)
import CMalloc
#endif

/// Where glibc puts blocks of memory of a quarter of a megabyte and more.
public enum LargeAllocations {
    static let threshold: Int32 = 256 << 10

    /// Gives each large block memory of its own, returned to the system as
    /// soon as the block is freed. By default glibc raises that threshold to
    /// the size of each such block freed, up to 32 MB: after the first large
    /// page or document part, blocks of megabytes came from its heaps
    /// instead, and the gaps they left stayed mapped, a fifth of the peak
    /// memory of a build of 100,000 items. Once per process, before any work.
    public static func mapSeparately() {
        #if canImport(Glibc)
        _ = mallopt(M_MMAP_THRESHOLD, threshold)
        #endif
    }
}
