import Foundation

/// The CVSS v3.1 base score of a vector string (FIRST, CVSS v3.1
/// Specification, §7.1 and Appendix A), so a reader of the dossier can check
/// a threat's level against the score bands of the risk method instead of
/// scoring the vector by hand. Nil for anything that is not a complete v3.1
/// base vector; the vector is then shown as written.
public enum CVSSBaseScore {
    public static func of(_ vector: String) -> Double? {
        let parts = vector.trimmingCharacters(in: .whitespaces).split(separator: "/")
        guard parts.first == "CVSS:3.1" else { return nil }
        var metrics: [Substring: Substring] = [:]
        for part in parts.dropFirst() {
            let pair = part.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, metrics[pair[0]] == nil else { return nil }
            metrics[pair[0]] = pair[1]
        }
        guard let scope = metrics["S"], scope == "U" || scope == "C" else { return nil }
        let changed = scope == "C"
        guard let attackVector = value(metrics["AV"], ["N": 0.85, "A": 0.62, "L": 0.55, "P": 0.2]),
              let complexity = value(metrics["AC"], ["L": 0.77, "H": 0.44]),
              let privileges = value(metrics["PR"], changed ? ["N": 0.85, "L": 0.68, "H": 0.5]
                                                             : ["N": 0.85, "L": 0.62, "H": 0.27]),
              let interaction = value(metrics["UI"], ["N": 0.85, "R": 0.62]),
              let confidentiality = value(metrics["C"], impacts),
              let integrity = value(metrics["I"], impacts),
              let availability = value(metrics["A"], impacts)
        else { return nil }
        let subScore = 1 - (1 - confidentiality) * (1 - integrity) * (1 - availability)
        let impact = changed ? 7.52 * (subScore - 0.029) - 3.25 * pow(subScore - 0.02, 15) : 6.42 * subScore
        let exploitability = 8.22 * attackVector * complexity * privileges * interaction
        guard impact > 0 else { return 0 }
        return roundUp(min(changed ? 1.08 * (impact + exploitability) : impact + exploitability, 10))
    }

    private static let impacts: [Substring: Double] = ["H": 0.56, "L": 0.22, "N": 0]

    private static func value(_ letter: Substring?, _ table: [Substring: Double]) -> Double? {
        letter.flatMap { table[$0] }
    }

    /// The smallest number with one decimal at or above `input`, computed
    /// on integers as Appendix A asks, so 4.000000001 is not 4.1.
    static func roundUp(_ input: Double) -> Double {
        let scaled = Int((input * 100_000).rounded())
        return scaled % 10_000 == 0 ? Double(scaled) / 100_000 : Double(scaled / 10_000 + 1) / 10
    }
}
