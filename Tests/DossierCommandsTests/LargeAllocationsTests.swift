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
        let block = try #require(malloc(size))
        defer { free(block) }
        // A block of its own is whole pages; one from a heap has a few bytes to spare.
        #expect(malloc_usable_size(block) >= size + 1024)
    }
}
#endif
