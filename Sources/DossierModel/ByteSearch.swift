#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Substring search on UTF-8 bytes. Foundation's `range(of:)` goes through
/// NSString and ICU and was the largest cost of a check; for the ASCII
/// phrases and ids searched here, bytes are exact and memchr is fast.
public enum ByteSearch {
    /// The byte offset of the first `needle` in `haystack` at or after `start`.
    public static func firstOffset(of needle: String, in haystack: String, from start: Int = 0) -> Int? {
        var haystack = haystack
        var needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in firstOffset(of: UnsafeRawBufferPointer(pin), in: UnsafeRawBufferPointer(hay), from: start) }
        }
    }

    public static func contains(_ needle: String, in haystack: String) -> Bool {
        firstOffset(of: needle, in: haystack) != nil
    }

    /// `haystack` with every `needle` replaced by `replacement`, left to
    /// right, bytes compared as they are. Foundation's
    /// `replacingOccurrences` bridges to NSString, and cost some 60,000
    /// instructions a call where the build cleaned up finding messages.
    public static func replacing(_ needle: String, with replacement: String, in haystack: String) -> String {
        guard !needle.isEmpty, let first = firstOffset(of: needle, in: haystack) else { return haystack }
        var text = haystack
        var pin = needle
        return text.withUTF8 { hay in
            pin.withUTF8 { pin in
                let hay = UnsafeRawBufferPointer(hay)
                var result: [UInt8] = []
                result.reserveCapacity(hay.count)
                var copied = 0
                var next: Int? = first
                while let found = next {
                    result += hay[copied..<found]
                    result += replacement.utf8
                    copied = found + pin.count
                    next = firstOffset(of: UnsafeRawBufferPointer(pin), in: hay, from: copied)
                }
                result += hay[copied...]
                return String(decoding: result, as: UTF8.self)
            }
        }
    }

    /// The offset of the first `byte` in `bytes`.
    public static func firstOffset(of byte: UInt8, in bytes: UnsafeRawBufferPointer) -> Int? {
        guard let base = bytes.baseAddress, let hit = memchr(base, Int32(byte), bytes.count) else { return nil }
        return base.distance(to: UnsafeRawPointer(hit))
    }

    public static func firstOffset(of needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer,
                                   from start: Int = 0) -> Int? {
        guard !needle.isEmpty else { return start <= haystack.count ? start : nil }
        guard start >= 0, haystack.count - start >= needle.count, let base = haystack.baseAddress,
              let pin = needle.baseAddress else { return nil }
        // memchr finds candidates for the first byte; memcmp confirms the rest.
        let first = Int32(pin.load(as: UInt8.self))
        let last = haystack.count - needle.count
        var position = start
        while position <= last {
            guard let hit = memchr(base + position, first, last - position + 1) else { return nil }
            let offset = base.distance(to: UnsafeRawPointer(hit))
            if memcmp(base + offset, pin, needle.count) == 0 { return offset }
            position = offset + 1
        }
        return nil
    }
}
