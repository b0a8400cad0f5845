/// What to select: the period an issue covers, as of which day, and what earlier issues already featured.
public struct SelectionRequest: Sendable, Equatable {
    public enum Period: Sendable, Equatable {
        /// A calendar month: `--month 2019-06`.
        case month(year: Int, month: Int)
        /// The `days` days up to and including `asOf`: `--window 31` (the default).
        case window(days: Int)
        /// The seven days from `monday`: `schedule: weekly`.
        case week(monday: CalendarDay)
    }

    /// "Today", fixed so dry runs and tests are repeatable.
    public var asOf: CalendarDay
    public var period: Period
    public var includeUndated: Bool
    /// Keys of recaps featured in issues composed for real before this one (since-last-issue).
    public var alreadyFeatured: Set<String>

    public init(asOf: CalendarDay, period: Period = .window(days: 31), includeUndated: Bool = false,
                alreadyFeatured: Set<String> = []) {
        self.asOf = asOf
        self.period = period
        self.includeUndated = includeUndated
        self.alreadyFeatured = alreadyFeatured
    }

    /// The issue id is the period: `2019-06` for a month, `2019-W23` for a week, the as-of month for a window.
    public var issueID: String {
        switch period {
        case .month(let year, let month): return CalendarDay(year: year, month: month, day: 1).description.prefix(7).description
        case .window: return asOf.description.prefix(7).description
        case .week(let monday): return monday.isoWeekID
        }
    }
}
