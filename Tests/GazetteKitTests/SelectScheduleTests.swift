import Testing
@testable import GazetteKit

/// Which period an issue covers on a given day, for each schedule.
@Suite struct SelectScheduleTests {
    func day(_ text: String) -> CalendarDay { CalendarDay(isoPrefix: text)! }

    @Test func monthlyIsTheMonthThatEndedWhateverTheDay() {
        for asOf in ["2020-01-01", "2020-01-07", "2020-01-31"] {
            let request = SelectionRequest(asOf: day(asOf), period: Schedule.monthly.period(asOf: day(asOf)))
            #expect(request.issueID == "2019-12", "\(asOf)")
        }
        #expect(SelectionRequest(asOf: day("2026-12-01"), period: Schedule.monthly.period(asOf: day("2026-12-01"))).issueID == "2026-11")
    }

    @Test func weeklyIsTheISOWeekThatEnded() {
        // Monday 4 January 2021 starts ISO week 1 of 2021; the week before is 2020-W53.
        #expect(Schedule.weekly.period(asOf: day("2021-01-06")) == .week(monday: day("2020-12-28")))
        let request = SelectionRequest(asOf: day("2021-01-06"), period: Schedule.weekly.period(asOf: day("2021-01-06")))
        #expect(request.issueID == "2020-W53")
        // Sunday still belongs to its own week: the week that ended is the one before.
        #expect(Schedule.weekly.period(asOf: day("2026-11-22")) == .week(monday: day("2026-11-09")))
        #expect(day("2026-11-09").isoWeekID == "2026-W46")
        #expect(day("2024-12-30").isoWeekID == "2025-W01")
        #expect(CalendarDay(isoWeekID: "2025-W01") == day("2024-12-30"))
        #expect(CalendarDay(isoWeekID: "2026-W53") == day("2026-12-28"), "2026 starts on a Thursday: 53 weeks")
        #expect(CalendarDay(isoWeekID: "2025-W53") == nil, "2025 has 52")
        #expect(CalendarDay(isoWeekID: "2026-11") == nil)
    }

    @Test func theWeekFilterHoldsMondayToSunday() {
        let filter = PeriodFilter(SelectionRequest(asOf: day("2026-11-19"), period: .week(monday: day("2026-11-09"))))
        #expect(filter.contains(day("2026-11-09")) && filter.contains(day("2026-11-15")))
        #expect(!filter.contains(day("2026-11-08")) && !filter.contains(day("2026-11-16")))
    }

    @Test func windowKeepsTheOldNaming() {
        #expect(Schedule(name: "window", windowDays: 14) == .window(days: 14))
        #expect(Schedule(name: "Monthly", windowDays: 14) == .monthly)
        #expect(Schedule(name: "daily", windowDays: 14) == nil)
    }
}
