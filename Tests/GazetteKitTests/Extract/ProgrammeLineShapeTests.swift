import Testing
@testable import GazetteKit

/// Programme lines whose separators and marks a reader tells apart: the dash before a speaker's comma, a line
/// marked called off, a quoted title followed by its translation.
@Suite struct ProgrammeLineShapeTests {
    private func lines(_ found: [Talk]) -> [String] { talkLines(found, translations: true) }

    @Test func aDashBeforeTheCommaPartsTitleFromSpeakerAndTheCommaSpeakerFromOrganization() {
        let found = talks(post: """
            ---
            title: "Chapter meeting, May"
            lang: en
            ---

            Thanks to everyone who came.

            1. **19:15** — "Attacking GraphQL APIs in practice" — Renata Albuquerque Lima, Banco Ipê
            2. **19:50** — "Secrets in Git: a horror story" — Tomás Kowalczyk, Fernleaf
            """)
        #expect(lines(found) == [
            "Renata Albuquerque Lima (Banco Ipê) | Attacking GraphQL APIs in practice",
            "Tomás Kowalczyk (Fernleaf) | Secrets in Git: a horror story",
        ])
    }

    @Test func aQuotedTitleAndItsTranslationInParentheses() {
        let found = talks(post: """
            ---
            title: "Chapter meeting, May"
            lang: en
            ---

            Talks were given in Portuguese; the English titles follow in parentheses.

            - "Modelagem de ameaças para times ágeis" (Threat modeling for agile teams) — Renata Albuquerque Lima, Banco Ipê
            """)
        #expect(lines(found) == ["Renata Albuquerque Lima (Banco Ipê) | Modelagem de ameaças para times ágeis / Threat modeling for agile teams"])
    }

    /// Struck through and marked "(cancelled)", or « — reporté » at the end: no talk. A title that says
    /// "cancelled" is still a title.
    @Test func aLineMarkedCalledOffIsNoTalk() {
        let found = talks(post: """
            ---
            title: "Rencontre de mai"
            lang: fr
            ---

            Le programme de la soirée :

            - « Observabilité sans douleur » – Inès Berrada (Cloudava)
            - ~~« Fuzzing de parseurs en Rust »~~ – ~~Carlos Vasquez~~ *(annulé)*
            - « Sécuriser etcd » – Hamza Mejri — reporté
            - « Pourquoi nous avons annulé notre migration » – Lucie Marchal (Octant)
            """)
        #expect(lines(found) == [
            "Inès Berrada (Cloudava) | Observabilité sans douleur",
            "Lucie Marchal (Octant) | Pourquoi nous avons annulé notre migration",
        ])
    }

    /// "Lin Wei: https://…" under "Slides" links a talk; the address is no title.
    @Test func aNameAndAnAddressIsNoTalk() {
        let found = talks(post: """
            ---
            title: "LT night"
            lang: en
            ---

            1. **RBS: types you can actually use** — Lin Wei, Mochi Pay

            ## Slides

            - Lin Wei: https://example.org/lin/rbs-lt.pdf
            """)
        #expect(lines(found) == ["Lin Wei (Mochi Pay) | RBS: types you can actually use"])
    }
}
