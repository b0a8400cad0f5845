/// How often issues go out, which decides the period an issue covers as of a day and so its id and title.
/// A cron send runs after the period has ended, so `monthly` and `weekly` always mean the last finished
/// month or week: run on the 1st (or, to catch up, any later day), it composes the month that just ended,
/// named and titled for it, and every run until the next month composes that same issue again.
public enum Schedule: Sendable, Equatable {
    /// The calendar month before the as-of day's month (issue `2026-11` when run in December 2026).
    case monthly
    /// The ISO week (Monday to Sunday) before the as-of day's week (issue `2026-W48`).
    case weekly
    /// The `days` days up to and including the as-of day, named for the as-of month (the old default).
    case window(days: Int)

    /// The names `schedule:` and `--period` take.
    public static let names = ["monthly", "weekly", "window"]

    public init?(name: String, windowDays: Int) {
        switch name.lowercased() {
        case "monthly": self = .monthly
        case "weekly": self = .weekly
        case "window": self = .window(days: windowDays)
        default: return nil
        }
    }

    public func period(asOf day: CalendarDay) -> SelectionRequest.Period {
        switch self {
        case .monthly:
            return day.month == 1 ? .month(year: day.year - 1, month: 12) : .month(year: day.year, month: day.month - 1)
        case .weekly:
            return .week(monday: day.mondayOfWeek.adding(days: -7))
        case .window(let days):
            return .window(days: days)
        }
    }
}

extension CalendarDay {
    /// 1 for Monday … 7 for Sunday (1970-01-01 was a Thursday).
    var isoWeekday: Int { ((dayNumber % 7) + 7 + 3) % 7 + 1 }

    var mondayOfWeek: CalendarDay { adding(days: 1 - isoWeekday) }

    /// ISO 8601 week id, `2026-W48`: the week belongs to the year of its Thursday.
    var isoWeekID: String {
        let thursday = adding(days: 4 - isoWeekday)
        let firstOfYear = CalendarDay(year: thursday.year, month: 1, day: 1)
        let week = (thursday.dayNumber - firstOfYear.dayNumber) / 7 + 1
        return "\(thursday.year)-W\(week < 10 ? "0" : "")\(week)"
    }

    /// The Monday of an ISO week id such as `2026-W48`, or nil when `id` is not one.
    public init?(isoWeekID id: String) {
        let parts = id.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), parts[1].hasPrefix("W"),
              let week = Int(parts[1].dropFirst()), (1...53).contains(week) else { return nil }
        // January 4th is always in week 1.
        let monday = CalendarDay(year: year, month: 1, day: 4).mondayOfWeek.adding(days: 7 * (week - 1))
        guard monday.isoWeekID == id else { return nil }
        self = monday
    }
}
