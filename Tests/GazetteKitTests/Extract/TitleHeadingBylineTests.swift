import Testing
@testable import GazetteKit

/// The first line under a title-only heading, when it is nothing but full names and their organizations, is the
/// talk's byline ("### Talk 2: Title" over "*Jane Roe, Acme*").
@Suite struct TitleHeadingBylineTests {
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
        #expect(talkLines(found) == [
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
        #expect(talkLines(found) == ["Gaëlle Fontaine-Roux (Octaviz) | Des lifetimes sans larmes"])
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
        #expect(found.isEmpty, "\(talkLines(found))")
    }

    /// The byline as the first sentence of the section's first paragraph, the description after it: the description
    /// is the talk's evidence. Only a full stop ends such a byline; a name in an exclamation is prose.
    @Test func aBylineSentenceBeforeTheDescription() {
        let found = talks(post: """
            ---
            title: "Our spring evening"
            lang: en
            ---

            Three talks this time.

            ### Rewriting a billing job in Polars

            Tomasz Wróblewski, data engineer at Kestrel Pay. Tomasz showed how a nightly job went from an hour to six minutes.

            ### Property-based testing for the rest of us

            Ines Abara (Leeds Beckett University). A gentle introduction to Hypothesis, with a live bug found on stage.

            ### Ten shell tricks in ten minutes

            Rosa, one of our newest members, gave her very first talk! Aliases, history search and more.
            """)
        #expect(talkLines(found) == [
            "Tomasz Wróblewski (Kestrel Pay) | Rewriting a billing job in Polars",
            "Ines Abara (Leeds Beckett University) | Property-based testing for the rest of us",
        ])
        #expect(found.first?.evidence.contains { $0.hasPrefix("Tomasz showed how a nightly job") } == true)
    }

    /// An HTML definition list reads like headings over their sections: the term is the title, the definition opens
    /// with the byline.
    @Test func aDefinitionListOfTitlesAndBylines() {
        let found = talks(post: """
            <html><head><title>Autumn recap</title></head><body>
            <p>We had two talks in Leeds this month.</p>
            <dl>
              <dt><a href="https://example.org/slides/rust.pdf">Porting a parser to Rust</a></dt>
              <dd>Hamid Saberi, developer at Quillon. Hamid walked us through the borrow checker's complaints, one by one.</dd>
              <dt>Accessible charts</dt>
              <dd>Chloé Marchetti &amp; Owen Pryce. Colour is not enough: patterns, labels and tables behind every chart.</dd>
            </dl>
            </body></html>
            """, file: "post.html")
        #expect(talkLines(found) == [
            "Hamid Saberi (Quillon) | Porting a parser to Rust",
            "Chloé Marchetti & Owen Pryce | Accessible charts",
        ])
        #expect(found.first?.links.contains { $0.url == "https://example.org/slides/rust.pdf" } == true)
    }
}
