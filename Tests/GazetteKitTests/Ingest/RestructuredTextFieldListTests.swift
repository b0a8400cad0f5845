import Testing
@testable import GazetteKit

/// reStructuredText: a field list at the top is the post's metadata; one further down is text.
@Suite struct RestructuredTextFieldListTests {
    let post = """
        Repair Café Talks, May
        ######################

        :date: 2021-05-20
        :lang: en

        Two short talks at the workshop last night.

        Fixing a dead power supply
        ==========================

        :Speaker: Wout Claes
        :Slides:  https://example.org/psu.pdf

        Capacitors, mostly.

        Soldering for beginners
        =======================

        :Speakers: Lotte Peeters and Amir Haddad

        Nobody was burnt.
        """

    @Test func theTopFieldsAreMetadataAndTheOthersAreLabelLines() throws {
        let result = RecapReader().read(bytes: Array(post.utf8), source: "repair-cafe.rst")
        let recap = try #require(result.recaps.first)
        #expect(recap.date?.day == CalendarDay(year: 2021, month: 5, day: 20))
        #expect(recap.blocks.map(\.text).contains("Speaker: Wout Claes"))
        #expect(recap.blocks.map(\.text).contains("Slides: https://example.org/psu.pdf"))
        let found = TalkExtractor().extract(recap).talks
        #expect(found.map { $0.speakers.map(\.name) } == [["Wout Claes"], ["Lotte Peeters", "Amir Haddad"]])
        #expect(found.map(\.title) == ["Fixing a dead power supply", "Soldering for beginners"])
    }
}
