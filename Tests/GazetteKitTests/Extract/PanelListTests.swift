import Testing
@testable import GazetteKit

/// A panel's people listed under the line that announces it: one talk, its moderator left out.
@Suite struct PanelListTests {
    /// "The panel brought together A, B and C", « la table ronde a réuni A, B et C »: the panelists, one talk.
    @Test(arguments: [
        ("The afternoon panel, *Hiring SREs in Lagos*, brought together Ada Obi (Kudipay), Musa Ali (Naija Freight) and Koffi Mensah, moderated by our MC Tolu Ade.", Language.en),
        ("La table ronde de l’après-midi a réuni Ada Obi (Kudipay), Musa Ali (Naija Freight) et Koffi Mensah, sous la houlette de notre animatrice Tolu Ade.", Language.fr),
    ])
    func aPanelThatBroughtPeopleTogether(_ sentence: String, _ language: Language) throws {
        let found = talks(html: "<p>\(sentence)</p>", language: language)
        try #require(found.count == 1, "\(found.map { $0.speakers.map(\.name) })")
        #expect(found[0].speakers.map(\.name) == ["Ada Obi", "Musa Ali", "Koffi Mensah"])
        #expect(found[0].kind == .panel)
    }

    @Test func bringingPeopleTogetherNextMonthIsNoTalkYet() {
        #expect(talks(html: "<p>Next month we will bring together Ada Obi and Musa Ali for a panel.</p>", language: .en).isEmpty)
    }

    @Test func anAgendaItemNamingAPanelOverItsOwnSubList() throws {
        let html = """
            <ol><li>19:10 — “Profiling services” — Hendra Wirawan, Grabbit</li>
            <li>20:10 — Panel: Running Go at scale<ul><li>Arjun Mehta (Tessel Pay)</li><li>Siti Rahmah binte Yusof (CivicTech)</li>
            <li>moderated by Priya Rao</li></ul></li><li>21:00 — Networking</li></ol>
            """
        let found = talks(html: html, language: .en)
        try #require(found.count == 2, "\(found.map { $0.speakers.map(\.name) })")
        #expect(found[1].speakers.map(\.name) == ["Arjun Mehta", "Siti Rahmah binte Yusof"])
        #expect(found[1].speakers.map(\.affiliation) == ["Tessel Pay", "CivicTech"])
        #expect(found[1].title == "Running Go at scale")
        #expect(found[1].kind == .panel)
    }

    @Test func panelistsAnnouncedAsSuchAreOneTalk() throws {
        let html = """
            <p><strong>The panel.</strong> Topic: “LLMs in production”. Our panelists:</p>
            <ul><li>Dr. Sarah Lind, Principal Scientist at Microsoft</li><li>Mike Tran — Amazon</li><li>Rachel Obi from the Allen Institute</li></ul>
            <p>It was moderated by our organizer, Ben Shaw.</p>
            """
        let found = talks(html: html, language: .en)
        try #require(found.count == 1, "\(found.map { $0.speakers.map(\.name) })")
        #expect(found[0].speakers.map(\.name) == ["Sarah Lind", "Mike Tran", "Rachel Obi"])
        #expect(found[0].title == "LLMs in production")
    }

    @Test func underAPanelsHeadingTheLineBeforeTheListIntroducesThePanelists() throws {
        let html = """
            <h2>La table ronde : « L’astreinte sans s’épuiser »</h2>
            <p>Le sujet revient souvent dans nos sondages, alors on a invité trois personnes qui le vivent au quotidien :</p>
            <ul><li>François Lévis, SRE chez Benova;</li><li>Amélie Boucher, gestionnaire chez Levia;</li><li>Kim Nadon, de chez Genetik.</li></ul>
            <p>Jonathan a expliqué que la garde est encadrée par la convention collective.</p>
            """
        let found = talks(html: html, language: .fr)
        try #require(found.count == 1, "\(found.map { $0.speakers.map(\.name) })")
        #expect(found[0].speakers.map(\.name) == ["François Lévis", "Amélie Boucher", "Kim Nadon"])
        #expect(found[0].title == "L’astreinte sans s’épuiser")
    }
}
