import Foundation

/// The RFC 5322 `Date` header value, e.g. `Sat, 21 Nov 2026 14:03:09 +0000`; the day always has two
/// digits (`01 Jan`), as Python and Postfix write it.
///
/// Computed from the Unix time with integer arithmetic rather than a DateFormatter: formatters pick up
/// the process locale and calendar (Buddhist years, localized month names) unless every property is
/// pinned, and creating one per message is slow. Always written in UTC (`+0000`), which every reader
/// converts to its own zone.
enum MessageDate {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]  // 1970-01-01 was a Thursday
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func format(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let calendarDay = CalendarDay(dayNumber: Int(days))
        let (year, month, day) = (calendarDay.year, calendarDay.month, calendarDay.day)
        let weekday = weekdays[Int(((days % 7) + 7) % 7)]
        return "\(weekday), \(twoDigits(day)) \(months[month - 1]) \(fourDigits(year)) "
            + "\(twoDigits(secondOfDay / 3600)):\(twoDigits(secondOfDay / 60 % 60)):\(twoDigits(secondOfDay % 60)) +0000"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private static func fourDigits(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
