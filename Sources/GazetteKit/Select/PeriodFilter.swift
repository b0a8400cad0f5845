/// The days an issue covers, decided once per request so each recap costs one comparison.
struct PeriodFilter: Sendable {
    /// Inclusive bounds; `first > last` (a window of no days) covers nothing.
    let first: CalendarDay
    let last: CalendarDay

    init(_ request: SelectionRequest) {
        switch request.period {
        case .month(let year, let month):
            first = CalendarDay(year: year, month: month, day: 1)
            last = CalendarDay(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))
        case .window(let days):
            // "The 31 days up to asOf" counts asOf itself as one of them.
            first = request.asOf.adding(days: 1 - days)
            last = request.asOf
        case .week(let monday):
            first = monday
            last = monday.adding(days: 6)
        }
    }

    func contains(_ day: CalendarDay) -> Bool { first <= day && day <= last }
}
