import Testing
@testable import GazetteKit

@Suite struct IngestDateTests {
    let reader = RecapReader()

    func recap(_ frontMatter: String, body: String = "Nous avons eu deux présentations.", name: String = "recap.md") throws -> Recap {
        try #require(reader.read(text: "---\n\(frontMatter)\n---\n\(body)\n", name: name).recaps.first)
    }

    @Test func dateKeysInHugoOrder() throws {
        let all = try recap("lastmod: 2020-03-03\npublishDate: 2020-02-02\ndate: 2020-01-01")
        #expect(all.date == RecapDate(day: CalendarDay(year: 2020, month: 1, day: 1), source: .date))
        let publish = try recap("lastmod: 2020-03-03\nPublishDate: 2020-02-02")
        #expect(publish.date == RecapDate(day: CalendarDay(year: 2020, month: 2, day: 2), source: .publishDate))
        let lastmod = try recap("LASTMOD: '2020-03-03T09:00:00Z'")
        #expect(lastmod.date == RecapDate(day: CalendarDay(year: 2020, month: 3, day: 3), source: .lastmod))
        #expect(lastmod.warnings.isEmpty)
    }

    @Test func unreadableDateWarnsWithKeyAndLineThenFallsBack() throws {
        let result = try recap("title: x\ndate: next tuesday\nlastmod: 2020/03/03")
        #expect(result.date == RecapDate(day: CalendarDay(year: 2020, month: 3, day: 3), source: .lastmod))
        let warning = try #require(result.warnings.first)
        #expect(warning.message == "unreadable date 'next tuesday' in front matter; ignored")
        #expect(warning.line == 3)
        #expect(warning.description == "recap.md:3: warning: unreadable date 'next tuesday' in front matter; ignored")
    }

    @Test func dateFromFileName() throws {
        let dashed = try recap("title: x", name: "posts/2019-11-05-meetup.md")
        #expect(dashed.date == RecapDate(day: CalendarDay(year: 2019, month: 11, day: 5), source: .fileName))
        #expect(RecapDateResolver.dayInFileName("a/2021_02_03_soiree.md") == CalendarDay(year: 2021, month: 2, day: 3))
        #expect(RecapDateResolver.dayInFileName("a/soiree-20210203.md") == CalendarDay(year: 2021, month: 2, day: 3))
        #expect(RecapDateResolver.dayInFileName("blog/2021/02/03/soiree.md") == CalendarDay(year: 2021, month: 2, day: 3))
        // Digits inside a hash are not a date.
        #expect(RecapDateResolver.dayInFileName("a/004_2a20210203f.txt") == nil)
        #expect(RecapDateResolver.dayInFileName("a/2021-13-45-x.md") == nil)
    }

    @Test func noDateAtAllWarns() throws {
        let none = try recap("title: x")
        #expect(none.date == nil)
        #expect(none.warningMessages == ["no date: front matter has no date, publishDate or lastmod and the file name none"])
    }

    @Test func titleYearMustMatchTheDate() throws {
        let mismatch = try recap("title: Rencontre 2019\nlastmod: 2018-06-21")
        #expect(mismatch.warningMessages == ["dated 2018-06-21 (lastmod) but the title names 2019"])
        #expect(mismatch.warnings.first?.line == 3)
        let match = try recap("title: Rencontre 2019 et 2020\ndate: 2020-01-10")
        #expect(match.warnings.isEmpty)
        // A version number is not a year.
        let version = try recap("title: Kubernetes 1.2019 release party\ndate: 2020-01-10", body: "On a parlé de la version.")
        #expect(version.warnings.isEmpty)
    }

    @Test func textYearsCountWhenTheTitleHasNone() throws {
        let stale = try recap("title: Rencontre d’hiver\ndate: 2021-01-10", body: "La rencontre de décembre 2019 a réuni 40 personnes.")
        #expect(stale.warningMessages == ["dated 2021-01-10 (date) but the text names only 2019"])
        let fine = try recap("title: Rencontre d’hiver\ndate: 2021-01-10", body: "Après 2019 et 2020, la rencontre de 2021 a réuni 4300 personnes.")
        #expect(fine.warnings.isEmpty)
    }

    @Test func yearScanner() {
        #expect(RecapDateResolver.years(in: "En 2019, puis 2020; v2021, 1.2022, 20230, 1989, 2099") == [2019, 2020, 2099])
    }

    @Test func dateValueForms() {
        #expect(RecapDateResolver.day(from: "2020.03.04") == CalendarDay(year: 2020, month: 3, day: 4))
        #expect(RecapDateResolver.day(from: "20200304") == CalendarDay(year: 2020, month: 3, day: 4))
        #expect(RecapDateResolver.day(from: "March 4") == nil)
    }
}
