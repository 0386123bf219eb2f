/// How far apart two words are, for "did you mean" hints: an unknown
/// command, id, phase or field name is most often a typo of a known one.
///
/// The distance is the optimal string alignment form of Damerau–Levenshtein:
/// the fewest insertions, deletions, replacements and swaps of two
/// neighbouring characters that turn one word into the other, where no part
/// is edited twice. Swaps count as one edit because they are the commonest
/// slip of the fingers (`biuld` for `build`). Characters are compared as
/// given; callers that ignore case lower-case both words first.
public enum EditDistance {
    /// " (did you mean high?)" when `typed` is one or two edits from one of
    /// `candidates`, else nothing: the hint invalid values end with.
    public static func hint(for typed: String, among candidates: some Sequence<String>) -> String {
        closest(to: typed, among: candidates, within: 2).map { " (did you mean \($0)?)" } ?? ""
    }

    /// The field name a written name slipped from: one edit apart, or two
    /// when both names are longer than six characters. Long names tolerate
    /// more slips, short ones collide (`owner` and `order` are both real
    /// words). What `possible-typo-field` and a missing required field's
    /// error both go by.
    public static func fieldName(meantBy name: String, among candidates: [String]) -> String? {
        let length = name.count
        return candidates.compactMap { candidate -> (String, Int)? in
            let candidateLength = candidate.count
            let allowed = length > 6 && candidateLength > 6 ? 2 : 1
            // Each edit changes the length by one at most: most names are
            // ruled out without measuring.
            guard abs(length - candidateLength) <= allowed else { return nil }
            let distance = between(name, candidate)
            return distance <= allowed ? (candidate, distance) : nil
        }.min { $0.1 != $1.1 ? $0.1 < $1.1 : ByteOrder.precedes($0.0, $1.0) }?.0
    }

    /// The number of edits between `lhs` and `rhs`: `between("chek", "check")`
    /// is 1, `between("owner", "order")` is 2.
    public static func between(_ lhs: String, _ rhs: String) -> Int {
        let source = Array(lhs)
        let target = Array(rhs)
        if source.isEmpty { return target.count }
        if target.isEmpty { return source.count }
        // Three rows of the full table are all the recurrence looks back at.
        var beforePrevious = [Int](repeating: 0, count: target.count + 1)
        var previous = Array(0...target.count)
        var current = [Int](repeating: 0, count: target.count + 1)
        for row in 1...source.count {
            current[0] = row
            for column in 1...target.count {
                let cost = source[row - 1] == target[column - 1] ? 0 : 1
                var best = min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost)
                if row > 1, column > 1, source[row - 1] == target[column - 2], source[row - 2] == target[column - 1] {
                    best = min(best, beforePrevious[column - 2] + 1)
                }
                current[column] = best
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[target.count]
    }

    /// The candidate fewest edits from `word`, or nil when none is within
    /// `maximum` edits. Ties go to the candidate first in byte order, so the
    /// answer never depends on the order of `candidates`.
    public static func closest(to word: String, among candidates: some Sequence<String>,
                               within maximum: Int) -> String? {
        var best: (candidate: String, distance: Int)?
        let length = word.count
        for candidate in candidates {
            // The lengths alone bound the distance from below; most candidates end here.
            guard abs(candidate.count - length) <= maximum else { continue }
            let distance = between(word, candidate)
            guard distance <= maximum else { continue }
            if let current = best,
               distance > current.distance
                || (distance == current.distance && !ByteOrder.precedes(candidate, current.candidate)) {
                continue
            }
            best = (candidate, distance)
        }
        return best?.candidate
    }
}
