import Testing
@testable import GazetteKit

@Suite struct SelectPeriodTests {
    let selector = RecapSelector()

    func recaps(_ dates: [String?]) -> [ExtractedRecap] {
        dates.enumerated().map { index, date in
            selectRecap("r\(index)", .fr, date: date, talks: [SelectTalk("Person Number\(index) Lastname\(index)")])
        }
    }

    @Test func windowCountsAsOfAsTheLastOfItsDays() {
        // asOf 2019-06-30: 31 days are 2019-05-31 … 2019-06-30.
        let selection = selector.select(
            recaps(["2019-05-30", "2019-05-31", "2019-06-30", "2019-07-01"]), request: SelectionRequest(asOf: selectDay("2019-06-30")))
        #expect(selection.selectDecision("r0")?.reason == .outsideWindow)
        #expect(selection.selectDecision("r0")?.selected == false)
        #expect(selection.selectDecision("r1")?.reason == .inPeriod)
        #expect(selection.selectDecision("r1")?.selected == true)
        #expect(selection.selectDecision("r2")?.reason == .inPeriod)
        // The day after as-of is not outside a window only: it is not published yet.
        #expect(selection.selectDecision("r3")?.reason == .future)
        #expect(selection.events.map { $0.recaps[.fr]!.recap.key } == ["r1", "r2"])
    }

    @Test func windowCrossesAYearAndALeapDay() {
        let request = SelectionRequest(asOf: selectDay("2020-03-01"), period: .window(days: 3))
        let selection = selector.select(recaps(["2020-02-27", "2020-02-28", "2020-02-29", "2019-12-31"]), request: request)
        #expect(selection.decisions.map(\.selected) == [false, true, true, false])
        let newYear = selector.select(
            recaps(["2018-12-31", "2018-12-30"]), request: SelectionRequest(asOf: selectDay("2019-01-30"), period: .window(days: 31)))
        #expect(newYear.decisions.map(\.selected) == [true, false])
    }

    @Test func monthSelectsTheCalendarMonthWhateverAsOf() {
        let request = SelectionRequest(asOf: selectDay("2019-06-10"), period: .month(year: 2019, month: 2))
        let selection = selector.select(recaps(["2019-01-31", "2019-02-01", "2019-02-28", "2019-03-01"]), request: request)
        #expect(selection.decisions.map(\.reason) == [.outsideWindow, .inPeriod, .inPeriod, .outsideWindow])
        #expect(request.issueID == "2019-02")
    }

    @Test func undatedIsLeftOutUnlessAskedFor() {
        let input = recaps([nil, "2019-06-15"])
        let left = selector.select(input, request: SelectionRequest(asOf: selectDay("2019-06-30")))
        #expect(left.decisions[0] == RecapDecision(
            source: "recaps/r0.html", key: "r0", language: .fr, date: nil, twin: nil, selected: false, reason: .undated))
        #expect(left.events.count == 1)
        let kept = selector.select(input, request: SelectionRequest(asOf: selectDay("2019-06-30"), includeUndated: true))
        #expect(kept.decisions[0].selected)
        #expect(kept.decisions[0].reason == .undated)
        // Undated events come after dated ones.
        #expect(kept.events.map { $0.recaps[.fr]!.recap.key } == ["r1", "r0"])
    }

    @Test func alreadyFeaturedIsLeftOut() {
        let request = SelectionRequest(asOf: selectDay("2019-06-30"), alreadyFeatured: ["r0"])
        let selection = selector.select(recaps(["2019-06-20", "2019-06-21"]), request: request)
        #expect(selection.selectDecision("r0")?.reason == .alreadyFeatured)
        #expect(selection.selectDecision("r0")?.selected == false)
        #expect(selection.selectDecision("r1")?.reason == .inPeriod)
        #expect(selection.events.count == 1)
    }

    @Test func eventsAreOrderedByDateThenSource() {
        let input = [
            selectRecap("b", .fr, date: "2019-06-20", talks: [SelectTalk("Bea Bouchard")]),
            selectRecap("c", .en, date: "2019-06-05", talks: [SelectTalk("Cam Carter")]),
            selectRecap("a", .fr, date: "2019-06-20", talks: [SelectTalk("Ana Arsenault")]),
        ]
        let selection = selector.select(input, request: SelectionRequest(asOf: selectDay("2019-06-30")))
        #expect(selection.events.map { $0.recaps.values.first!.recap.key } == ["c", "a", "b"])
        #expect(selection.decisions.map(\.key) == ["b", "c", "a"])
    }
}

@Suite struct SelectDuplicateTests {
    let selector = RecapSelector()
    let request = SelectionRequest(asOf: selectDay("2019-06-30"))

    // Every Hugo page bundle's file is `index.md`: a shared key or file name says nothing about being one post.
    @Test func sameKeyIsNotTheSamePost() {
        let first = selectRecap("meetup", .fr, date: "2019-06-20", talks: [SelectTalk("Ana Arsenault")])
        var second = selectRecap("meetup", .fr, date: "2019-06-21", talks: [SelectTalk("Bea Bouchard")])
        second.recap.source = "elsewhere/meetup.html"
        let selection = selector.select([first, second], request: request)
        #expect(selection.decisions.map(\.reason) == [.inPeriod, .inPeriod])
        #expect(selection.events.count == 2)
        #expect(selection.warnings.isEmpty)
    }

    @Test func identicalContentUnderAnotherNameIsADuplicate() {
        let talks = [SelectTalk("Ana Arsenault")]
        let first = selectRecap("one", .fr, date: "2019-06-20", talks: talks, body: "Un compte rendu.")
        let copy = selectRecap("two", .fr, date: "2019-06-25", talks: [], body: "Un compte rendu.")
        let other = selectRecap("three", .fr, date: "2019-06-25", talks: [], body: "Un autre compte rendu.")
        let selection = selector.select([first, copy, other], request: request)
        #expect(selection.decisions.map(\.reason) == [.inPeriod, .duplicate, .inPeriod])
    }

    @Test func sameTalksInTheSameLanguageIsADuplicate() {
        let talks = [SelectTalk("Ana Arsenault", title: "GitOps"), SelectTalk("Bea Bouchard", "Cam Carter")]
        let first = selectRecap("one", .en, date: "2019-06-20", talks: talks)
        let reordered = selectRecap("two", .en, date: "2019-06-20", talks: talks.reversed())
        let selection = selector.select([first, reordered], request: request)
        #expect(selection.decisions.map(\.reason) == [.inPeriod, .duplicate])
    }

    @Test func sameTalksInTheOtherLanguageAreTwinsNotDuplicates() {
        let talks = [SelectTalk("Ana Arsenault", title: "GitOps"), SelectTalk("Bea Bouchard", "Cam Carter")]
        let french = selectRecap("day", .fr, date: "2019-06-20", talks: talks)
        let english = selectRecap("day", .en, date: "2019-06-20", talks: talks)
        let selection = selector.select([french, english], request: request)
        #expect(selection.decisions.map(\.reason) == [.inPeriod, .inPeriod])
        #expect(selection.decisions.map(\.twin) == ["recaps/day.html", "recaps/day.html"])
        #expect(selection.events.count == 1)
    }
}

@Suite struct SelectTwinTests {
    let selector = RecapSelector()

    static let frenchTalks = [
        SelectTalk("Luc Perkins", "Vicky Brasseur", title: "A well-grounded Cloud"),
        SelectTalk("Ian Crosby", title: "Kubernetes: Crossing the Chasm"),
        SelectTalk("Élodie Fortin"),
        SelectTalk("Syed Ahmed"),
    ]
    static let englishTalks = [
        SelectTalk("Luc Perkins", "Vicky Brasseur", title: "A well-grounded Cloud"),
        SelectTalk("Ian Crosby", title: "Kubernetes: Crossing the Chasm"),
        SelectTalk("Elodie Fortin"),
        SelectTalk("Raymond Maika"),
    ]

    @Test func twinWithAStaleDateIsBroughtAlongWithAWarning() throws {
        let french = selectRecap("journee", .fr, date: "2019-06-21", title: "Journée Cloud Native 2019", talks: Self.frenchTalks)
        let english = selectRecap("day", .en, date: "2018-06-21", title: "Montreal Cloud Native Day 2019", talks: Self.englishTalks)
        let selection = selector.select([english, french], request: SelectionRequest(asOf: selectDay("2019-06-30")))
        #expect(selection.selectDecision("journee")?.reason == .inPeriod)
        #expect(selection.selectDecision("journee")?.twin == "recaps/day.html")
        #expect(selection.selectDecision("day")?.reason == .twinOfSelected)
        #expect(selection.selectDecision("day")?.selected == true)
        #expect(selection.selectDecision("day")?.twin == "recaps/journee.html")
        #expect(selection.warnings == [.warning("recaps/day.html", "dated 2018-06-21 but its French twin journee.html is dated 2019-06-21")])

        let event = try #require(selection.events.first)
        #expect(selection.events.count == 1)
        #expect(event.recaps[.fr]?.recap.key == "journee")
        #expect(event.recaps[.en]?.recap.key == "day")
        #expect(event.date == selectDay("2019-06-21"))
    }

    @Test func twinOnTheSameDayNeedsNoWarning() {
        let french = selectRecap("journee", .fr, date: "2019-06-21", talks: Self.frenchTalks)
        let english = selectRecap("day", .en, date: "2019-06-21", talks: Self.englishTalks)
        let selection = selector.select([french, english], request: SelectionRequest(asOf: selectDay("2019-06-30")))
        #expect(selection.decisions.map(\.reason) == [.inPeriod, .inPeriod])
        #expect(selection.warnings.isEmpty)
        #expect(selection.events.count == 1)
    }

    @Test func neitherTwinInPeriodLeavesBothOut() {
        let french = selectRecap("journee", .fr, date: "2019-04-21", talks: Self.frenchTalks)
        let english = selectRecap("day", .en, date: "2018-06-21", talks: Self.englishTalks)
        let selection = selector.select([french, english], request: SelectionRequest(asOf: selectDay("2019-06-30")))
        #expect(selection.decisions.map(\.reason) == [.outsideWindow, .outsideWindow])
        #expect(selection.decisions.map(\.twin) == ["recaps/day.html", "recaps/journee.html"])
        #expect(selection.events.isEmpty)
    }

    @Test func aFeaturedTwinKeepsTheEventOut() {
        let french = selectRecap("journee", .fr, date: "2019-05-21", talks: Self.frenchTalks)
        let english = selectRecap("day", .en, date: "2019-06-21", talks: Self.englishTalks)
        let request = SelectionRequest(asOf: selectDay("2019-06-30"), alreadyFeatured: ["journee"])
        let selection = selector.select([french, english], request: request)
        #expect(selection.decisions.map(\.reason) == [.alreadyFeatured, .alreadyFeatured])
        #expect(selection.events.isEmpty)
    }

    @Test func unrelatedRecapsSharingOneSpeakerAreNotPaired() {
        let french = selectRecap("ottawa", .fr, date: "2019-06-20", title: "Meetup d’Ottawa", talks: [
            SelectTalk("Anthony Dahanne"), SelectTalk("Marc-André Poitras"), SelectTalk("Stephen Gordon"),
        ])
        let english = selectRecap("toronto", .en, date: "2019-06-20", title: "Toronto meetup", talks: [
            SelectTalk("Anthony Dahanne"), SelectTalk("Nader Ziada"), SelectTalk("Raymond Kao"),
        ])
        let selection = selector.select([french, english], request: SelectionRequest(asOf: selectDay("2019-06-30")))
        #expect(selection.decisions.map(\.twin) == [nil, nil])
        #expect(selection.events.count == 2)
        #expect(TwinMatcher().pairs([french, english]).isEmpty)
    }

    @Test func onlyFrenchEnglishPairsAreMade() {
        let one = selectRecap("one", .fr, date: "2019-06-20", talks: Self.frenchTalks)
        let two = selectRecap("two", .fr, date: "2019-06-20", talks: Self.englishTalks)
        #expect(TwinMatcher().pairs([one, two]).isEmpty)
    }

    @Test func sharedImagesAndLinksPairPostsWhoseSpeakersWereNotFound() {
        let french = selectRecap("fr-post", .fr, date: "2019-06-20", talks: [SelectTalk("Ana Arsenault", links: ["https://slides.example.org/42"])],
                                 images: ["/images/2019/day.jpg", "/images/logo.png"])
        let english = selectRecap("en-post", .en, date: "2019-06-27", talks: [SelectTalk("Bea Bouchard", links: ["http://slides.example.org/42/"])],
                                  images: ["/images/2019/day.jpg"])
        // The logo is on every French post: furniture, not evidence.
        let otherFrench = selectRecap("fr-other", .fr, date: "2019-06-01", talks: [SelectTalk("Cam Carter")], images: ["/images/logo.png"])
        let pairs = TwinMatcher().pairs([french, english, otherFrench])
        #expect(pairs.map { [$0.french, $0.english] } == [[0, 1]])
    }

    @Test func bestPairWinsWhenOneRecapMatchesTwo() {
        let french = selectRecap("fr", .fr, date: "2019-06-20", talks: Self.frenchTalks)
        let partial = selectRecap("en-partial", .en, date: "2019-06-20", talks: [
            SelectTalk("Luc Perkins"), SelectTalk("Ian Crosby"), SelectTalk("Somebody Else"), SelectTalk("Another Person"),
        ])
        let full = selectRecap("en-full", .en, date: "2019-03-20", talks: Self.englishTalks)
        let pairs = TwinMatcher().pairs([french, partial, full])
        #expect(pairs.map { [$0.french, $0.english] } == [[0, 2]])
    }
}

@Suite struct SelectAlignmentTests {
    @Test func talksAlignBySpeakerAndKeepTheFrenchOrder() {
        let french = selectRecap("journee", .fr, date: "2019-06-21", talks: SelectTwinTests.frenchTalks).talks
        let english = selectRecap("day", .en, date: "2019-06-21", talks: [
            SelectTalk("Raymond Maika"), SelectTalk("Ian Crosby"),
            SelectTalk("Vicky Brasseur", "Luc Perkins"), SelectTalk("Elodie Fortin"),
        ]).talks
        let aligned = TalkAligner().align(french: french, english: english)
        #expect(aligned.map(\.id) == [
            "journee/luc-perkins", "journee/ian-crosby", "journee/elodie-fortin", "journee/syed-ahmed", "day/raymond-maika",
        ])
        #expect(aligned.map { $0.versions[.en]?.id } == [
            "day/vicky-brasseur", "day/ian-crosby", "day/elodie-fortin", nil, "day/raymond-maika",
        ])
        #expect(aligned.map { $0.versions[.fr] != nil } == [true, true, true, true, false])
    }

    @Test func aSpeakerWithTwoTalksGetsTheRightOnes() {
        let french = [
            Talk(id: "fr/a", speakers: [Speaker(name: "Ana Arsenault")], title: "Keynote"),
            Talk(id: "fr/a-panel", speakers: ["Ana Arsenault", "Bea Bouchard", "Cam Carter"].map { Speaker(name: $0) }),
        ]
        let english = [
            Talk(id: "en/a-panel", speakers: ["Cam Carter", "Bea Bouchard", "Ana Arsenault"].map { Speaker(name: $0) }),
            Talk(id: "en/a", speakers: [Speaker(name: "Ana Arsenault")]),
        ]
        let aligned = TalkAligner().align(french: french, english: english)
        #expect(aligned.map { $0.versions[.en]?.id } == ["en/a", "en/a-panel"])
    }

    @Test func titlesAlignTalksWhoseSpeakersDiffer() {
        let french = [Talk(id: "fr/x", speakers: [Speaker(name: "Kharthik Prabhakar")], title: "Zero Trust",
                           titleTranslation: "Confiance zéro")]
        let english = [Talk(id: "en/y", speakers: [Speaker(name: "Karthik Prabhakar")], title: "Zero Trust")]
        let aligned = TalkAligner().align(french: french, english: english)
        #expect(aligned.count == 1)
        #expect(aligned[0].versions[.en]?.id == "en/y")
    }

    @Test func eventsOfTwinsCarryAlignedTalks() throws {
        let french = selectRecap("journee", .fr, date: "2019-06-21", talks: SelectTwinTests.frenchTalks)
        let english = selectRecap("day", .en, date: "2019-06-21", talks: SelectTwinTests.englishTalks)
        let single = selectRecap("solo", .en, date: "2019-06-22", talks: [SelectTalk("Zoé Zhang")])
        let selection = RecapSelector().select([english, single, french], request: SelectionRequest(asOf: selectDay("2019-06-30")))
        #expect(selection.events.count == 2)
        let twins = try #require(selection.events.first)
        #expect(twins.talks.map(\.id) == [
            "journee/luc-perkins", "journee/ian-crosby", "journee/elodie-fortin", "journee/syed-ahmed", "day/raymond-maika",
        ])
        let solo = try #require(selection.events.last)
        #expect(solo.talks.map(\.id) == ["solo/zoe-zhang"])
        #expect(solo.talks[0].versions.keys.sorted() == [.en])
    }
}

@Suite struct SelectDayArithmeticTests {
    @Test func dayNumbersRoundTrip() {
        #expect(selectDay("1970-01-01").dayNumber == 0)
        #expect(selectDay("2000-03-01").dayNumber - selectDay("2000-02-28").dayNumber == 2)
        #expect(selectDay("2019-06-30").adding(days: -30) == selectDay("2019-05-31"))
        #expect(selectDay("2019-01-01").adding(days: -1) == selectDay("2018-12-31"))
        // Walking day by day across 250 years (1900 and 2100 are not leap years, 2000 is) never skips or repeats.
        var current = selectDay("1899-12-25")
        var broken: [String] = []
        for _ in 0..<(366 * 250) {
            let next = current.adding(days: 1)
            if !(next > current) || next.dayNumber != current.dayNumber + 1 || CalendarDay(isoPrefix: next.description) != next {
                broken.append(next.description)
            }
            current = next
        }
        #expect(broken.isEmpty)
    }
}
