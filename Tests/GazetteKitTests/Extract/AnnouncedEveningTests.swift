import Testing
@testable import GazetteKit

/// A post written before its evening announces talks not yet given: no talks. Posts whose opening only mentions
/// another event to come, or that were written long after, are still recaps.
@Suite struct AnnouncedEveningTests {
    private func post(date: String, lang: String = "en", _ body: String) -> String {
        "---\ntitle: \"Our March evening\"\ndate: \(date)\nlang: \(lang)\n---\n\n" + body
    }

    private let programme = """

        On the programme:

        - *Platform teams are product teams* — Hanne Verbeke (Telmora)
        - *Migrating 300 pipelines without a freeze* — Bastien Leroux and Pieter Claes (Kadeo)
        """

    @Test func anOpeningThatPlacesTheMeetupAfterThePostIsAnAnnouncement() {
        let text = post(date: "2025-02-10", "Good news: on **Thursday 13 March** we will host the next DevOps Ghent meetup in our new office.\n" + programme)
        #expect(talks(post: text).isEmpty)
    }

    @Test func enFrançaisAussi() {
        let text = post(date: "2023-11-02", lang: "fr", """
            Bonne nouvelle : notre prochaine rencontre aura lieu le jeudi 23 novembre, à 18 h, à l’Espace Saint-Roch.

            Au programme :

            - « Chasser les menaces dans Active Directory » – Marc-Olivier Rivard (Vigilia)
            - « Tests d’intrusion mobiles : par où commencer ? » – Leïla Ouchène-Gagné
            """)
        #expect(talks(post: text).isEmpty)
    }

    /// The same programme, posted the day after the evening, is the evening's recap.
    @Test func theSameProgrammeAfterTheEveningIsARecap() {
        let text = post(date: "2025-03-14", "On **Thursday 13 March** we hosted the DevOps Ghent meetup in our new office.\n" + programme)
        #expect(talks(post: text).count == 2)
    }

    /// "KubeCon, which will take place November 18": another event to come, named in a recap's opening.
    @Test func anotherEventToComeInTheOpeningIsNoAnnouncement() {
        let text = post(date: "2025-10-02", "Last night's evening was packed. Our ambassador reminded everyone that KubeCon will take place in Atlanta on November 18.\n" + programme)
        #expect(talks(post: text).count == 2)
    }

    /// "On November 17th took place the 9th edition", posted the next September: the nearest November is ahead, but
    /// the sentence tells it as past.
    @Test func aRecapWrittenLongAfterIsNoAnnouncement() {
        let text = post(date: "2017-09-21", "On November 17th took place the 9th edition of our agile day, in a large office downtown.\n" + programme)
        #expect(talks(post: text).count == 2)
    }

    /// Only the opening is read: "next meetup: April 12" closing a recap announces nothing of the post's own talks.
    @Test func aNextMeetupAtTheEndIsNoAnnouncement() {
        let text = post(date: "2025-03-14", "Thanks to everyone who came to the DevOps Ghent meetup last night, a full room again.\n" + programme
            + "\n\nOur next meetup will be on April 12, with two talks on observability.\n")
        #expect(talks(post: text).count == 2)
    }

    @Test(arguments: [
        ("2024-12-20", "the next meetup will be on January 9", true),
        ("2025-01-05", "the meetup planned for December 12", false),
        ("2025-01-05", "the meetup planned for 5 January", false),
        ("2025-01-05", "the next meetup on 1st of February", true),
        ("2025-01-05", "la prochaine rencontre le 1er juin", false),
        ("2025-01-05", "la prochaine rencontre le 1er mars", true),
        ("2025-01-05", "the next meetup in May", false),
    ])
    func daysAfterThePost(posted: String, sentence: String, later: Bool) throws {
        let day = try #require(CalendarDay(isoPrefix: posted))
        let paragraph = Paragraph(TextBlock(kind: .paragraph, text: sentence))
        #expect(AnnouncedEvening.laterDay(in: paragraph.tokens, than: day) == later)
    }

    /// A section headed "Next time", « Prochaine rencontre » or "Coming up" names talks to come, whatever its shape.
    @Test(arguments: ["## Next time", "## Coming up", "## La prochaine fois", "## Prochaine rencontre"])
    func aSectionOnTheNextEveningNamesNoTalkOfThisOne(_ heading: String) {
        let text = post(date: "2024-07-05", """
            Thanks to everyone who came last night.

            1. **Ractors in real life** — Hana Sato, Mochi Labs
            2. **A Gemfile diet** — Kenta Oyelaran-Smith

            \(heading)

            Our next night is on August 7th. Akira Mendoza has already promised a talk about YJIT.

            - **Profiling with Vernier** — Jun Park, Kumo
            """)
        #expect(talks(post: text).map(\.speakers.first?.name) == ["Hana Sato", "Kenta Oyelaran-Smith"])
    }

    /// A list introduced as talks to come ("speakers confirmed:", « seront présentés : ») names none of this evening's.
    @Test(arguments: ["We already have our first two speakers confirmed for September 18:", "Au programme de la prochaine soirée :"])
    func aListOfConfirmedSpeakersToComeNamesNoTalk(_ intro: String) {
        let text = post(date: "2024-06-28", """
            Thanks to all who came last night: Nadia Karam presented “Signals in Angular” and the room loved it.

            \(intro)

            - Sébastien Lavoie-Tanaka (Pixelune) — *Bun in production, one year later*
            - Mariana Duarte — *What's new in TypeScript 5.5*
            """)
        #expect(talks(post: text).map(\.speakers.first?.name) == ["Nadia Karam"])
    }
}
