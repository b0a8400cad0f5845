import Testing
@testable import GazetteKit

/// The first line under a title-only heading, when it is nothing but full names and their organizations, is the
/// talk's byline ("### Talk 2: Title" over "*Jane Roe, Acme*").
@Suite struct TitleHeadingBylineTests {
    private func lines(_ found: [Talk]) -> [String] {
        found.map { talk in
            talk.speakers.map { speaker in speaker.affiliation.map { "\(speaker.name) (\($0))" } ?? speaker.name }
                .joined(separator: " & ") + " | " + (talk.title ?? "-")
        }
    }

    @Test func aBylineInEmphasisOrPlainUnderEachTitleHeading() {
        let found = talks(post: """
            ---
            title: "FrontConf Lisbon, day one"
            lang: en
            ---

            My notes from the first day, talk by talk.

            ### Talk 1: Shipping a Component Library Twice

            *Marta Quintela Dias, Orbisoft*

            They rewrote their buttons three times. She showed why tokens came first.

            ### Talk 2: Signals Without the Hype

            Oskar Lindgren (Tidewave) and Amaka Obi

            A calm tour of fine-grained reactivity, with benchmarks.
            """)
        #expect(lines(found) == [
            "Marta Quintela Dias (Orbisoft) | Shipping a Component Library Twice",
            "Oskar Lindgren (Tidewave) & Amaka Obi | Signals Without the Hype",
        ])
        #expect(found.first?.evidence.contains { $0.hasPrefix("They rewrote their buttons") } == true)
    }

    @Test func enFrançaisAussi() {
        let found = talks(post: """
            ---
            title: "Meetup Rust Lyon, mars"
            lang: fr
            ---

            ## Des lifetimes sans larmes

            *Gaëlle Fontaine-Roux, Octaviz*

            Une heure d'exemples progressifs, du plus simple au plus retors.
            """)
        #expect(lines(found) == ["Gaëlle Fontaine-Roux (Octaviz) | Des lifetimes sans larmes"])
    }

    /// Not a byline: a first name alone, or names below the section's first paragraph (people cited in prose,
    /// a list of thanks).
    @Test func onlyFullNamesOnTheFirstLine() {
        let found = talks(post: """
            ---
            title: "Meetup notes"
            lang: en
            ---

            ### Generative art with canvas and noise

            *Yuki*

            Perlin noise and a live-coded sunset.

            ### Thanks for the evening

            The venue was lovely again this month.

            Paula Mendes, Corvid Labs
            """)
        #expect(found.isEmpty, "\(lines(found))")
    }
}
