import Testing
@testable import GazetteKit

@Suite struct CalendarDayTests {
    @Test func readsISOPrefixAndRejectsImpossibleDays() {
        #expect(CalendarDay(isoPrefix: "2019-06-21T10:00:00-04:00") == CalendarDay(year: 2019, month: 6, day: 21))
        #expect(CalendarDay(isoPrefix: "2019-02-29") == nil)
        #expect(CalendarDay(isoPrefix: "2020-02-29") != nil)
        #expect(CalendarDay(isoPrefix: "2019-13-01") == nil)
        #expect(CalendarDay(isoPrefix: "19-06-21") == nil)
        #expect(CalendarDay(year: 7, month: 1, day: 2).description == "0007-01-02")
    }
}
