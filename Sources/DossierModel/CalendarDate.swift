/// A calendar date written `YYYY-MM-DD`, as document control, approvals and
/// dispositions must be: one spelling sorts, compares and reads the same
/// for every reviewer, whatever their locale.
public struct CalendarDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Parses `YYYY-MM-DD` exactly as written; nil for any other spelling
    /// or a day the calendar does not have (2026-02-30).
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// What is wrong with a date that `init` refused, to follow "the date
    /// 'X' …": `2026-02-30` is written right and names no day, which
    /// "write it as YYYY-MM-DD" would not explain.
    public static func complaint(about text: String) -> String {
        monthLength(of: text).map { "is no day of the calendar: \($0.name) has \($0.days) days" }
            ?? missingMonth(in: text).map { "names \($0)" }
            ?? "must be written as YYYY-MM-DD"
    }

    /// The month a date written `YYYY-MM-DD` names, and its number of days,
    /// when the month exists: for a date refused for its day alone.
    public static func monthLength(of text: String) -> (name: String, days: Int)? {
        guard let (year, month, _) = parts(of: text), (1...12).contains(month) else { return nil }
        return ("\(text.prefix(7))", days(inMonth: month, of: year))
    }

    /// "month 14, which does not exist (YYYY-MM-DD: 2026-03-14?)" for a date
    /// written `YYYY-MM-DD` whose month is not 01 to 12: most often day and
    /// month swapped, and then the date as meant is offered.
    public static func missingMonth(in text: String) -> String? {
        guard let (_, month, day) = parts(of: text), !(1...12).contains(month) else { return nil }
        let swapped = "\(text.prefix(5))\(text.suffix(2))-\(text.dropFirst(5).prefix(2))"
        let meant = CalendarDate(swapped) != nil && day != month ? ": \(swapped)?" : ""
        return "month \(text.dropFirst(5).prefix(2)), which does not exist (the order is YYYY-MM-DD\(meant))"
    }

    /// Year, month and day of a text shaped `YYYY-MM-DD`, whatever the values.
    private static func parts(of text: String) -> (year: Int, month: Int, day: Int)? {
        let shaped = text.utf8.count == 10 && text.utf8.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        guard shaped, let year = Int(text.prefix(4)), let month = Int(text.dropFirst(5).prefix(2)),
              let day = Int(text.suffix(2)) else { return nil }
        return (year, month, day)
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension CalendarDate {
    /// Days since 1970-01-01 in the proleptic Gregorian calendar, for
    /// counting the days between two dates without a time zone.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
