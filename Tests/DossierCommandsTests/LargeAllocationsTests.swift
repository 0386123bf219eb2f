#if canImport(Glibc)
import CMalloc
import DossierCommands
import Testing

/// A large block freed must not send the next large blocks into glibc's
/// heaps, where the gaps they leave stay mapped (see `LargeAllocations`).
@Suite struct LargeAllocationsTests {
    @Test func aLargeBlockHasMemoryOfItsOwnAfterALargerOneWasFreed() throws {
        LargeAllocations.mapSeparately()
        free(malloc(8 << 20))
        let size = 1 << 20
        // Blocks other tests of this process freed, and the free end of a
        // heap, still serve the first ones; past 160 MB the heap would have
        // to grow, which is when the threshold decides.
        var blocks: [UnsafeMutableRawPointer] = []
        defer { blocks.forEach { free($0) } }
        for _ in 0..<160 { blocks.append(try #require(malloc(size))) }
        // A block of its own is whole pages; one from a heap has a few bytes to spare.
        #expect(malloc_usable_size(blocks.last) >= size + 1024)
    }
}
#endif
