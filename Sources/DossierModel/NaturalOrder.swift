/// The order people expect of ids: TM-2 before TM-10. Runs of digits
/// compare by their value, everything else by bytes; ids that differ only in
/// leading zeros fall back to byte order, so the order is total and never
/// depends on the machine's locale.
public enum NaturalOrder {
    public static func precedes(_ lhs: String, _ rhs: String) -> Bool {
        // Sorting 10,000 ids compares 130,000 pairs: the bytes are read in
        // place rather than copied into two arrays per comparison.
        var (left, right) = (lhs, rhs)
        let order = left.withUTF8 { left in right.withUTF8 { right in precedes(left, right) } }
        return order ?? ByteOrder.precedes(lhs, rhs)
    }

    /// nil when the two differ only in leading zeros (or not at all).
    private static func precedes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool? {
        var i = 0
        var j = 0
        while i < left.count, j < right.count {
            if isDigit(left[i]), isDigit(right[j]) {
                let leftRun = digitRun(left, from: i)
                let rightRun = digitRun(right, from: j)
                let leftValue = left[leftRun].drop { $0 == UInt8(ascii: "0") }
                let rightValue = right[rightRun].drop { $0 == UInt8(ascii: "0") }
                if leftValue.count != rightValue.count { return leftValue.count < rightValue.count }
                if !leftValue.elementsEqual(rightValue) { return leftValue.lexicographicallyPrecedes(rightValue) }
                i = leftRun.upperBound
                j = rightRun.upperBound
            } else {
                if left[i] != right[j] { return left[i] < right[j] }
                i += 1
                j += 1
            }
        }
        if (left.count - i) != (right.count - j) { return left.count - i < right.count - j }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func digitRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int> {
        var end = start
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        return start..<end
    }
}
