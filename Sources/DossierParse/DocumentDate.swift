import Foundation

/// The document date when `dossier.yml` gives none: reproducible builds set
/// SOURCE_DATE_EPOCH; without it the dossier says "undated" rather than
/// reading the clock, so the same input always gives the same bytes.
enum DocumentDate {
    static func fromEpoch(_ value: String?) -> String {
        guard let value, let seconds = Int(value.trimmingCharacters(in: .whitespaces)) else { return "undated" }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}
