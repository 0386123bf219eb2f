/// The one order for names and paths in every output: by UTF-8 bytes, so it
/// never depends on the machine's locale or file system.
public enum ByteOrder {
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }
}
