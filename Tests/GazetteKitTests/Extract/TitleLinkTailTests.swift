import Testing
@testable import GazetteKit

/// Link labels after a title's dash ("— slides / video") name the talk's material, not its title.
@Suite struct TitleLinkTailTests {
    @Test(arguments: [
        ("Generics, one year later — slides", "Generics, one year later"),
        ("Profiling a gRPC service – slides / video", "Profiling a gRPC service"),
        ("Le cache HTTP - support et vidéo", "Le cache HTTP"),
        ("Contexts and deadlines — Slides, Replay (PDF)", "Contexts and deadlines"),
    ])
    func theLinkLabelsGo(_ written: String, _ title: String) {
        #expect(TitleLinkTail.stripped(written) == title)
    }

    @Test(arguments: [
        "Kubernetes — the hard way",
        "Slides — how to make better ones",
        "Video streaming at scale",
        "Ship it — slides that sell a migration",
        "Rust - Go",
    ])
    func aTitleWithOtherWordsAfterItsDashStays(_ title: String) {
        #expect(TitleLinkTail.stripped(title) == title)
    }

    @Test func aProgrammeLineLinkingItsSlidesAfterTheTitleKeepsTheTitleAlone() {
        let found = talks(post: """
            ---
            title: "Go night #12"
            lang: en
            ---

            * Jane Roe: Generics, one year later — [slides](https://slides.example/a.pdf)
            * Ana Lima (@alima): Profiling a gRPC service — [slides](https://slides.example/b.pdf) / [video](https://video.example/b)
            """)
        #expect(found.map(\.title) == ["Generics, one year later", "Profiling a gRPC service"])
        #expect(found.flatMap(\.links).count == 3)
    }
}

/// French inclusive writing of a speaker label (« Orateur·ice : », « Intervenant·es : ») is the label.
@Suite struct InclusiveLabelTests {
    @Test(arguments: ["Orateur·ice", "Orateur.ice", "Intervenant·e", "Conférencier·ère"])
    func theInclusiveLabelNamesTheSpeaker(_ label: String) {
        let found = talks(post: """
            ---
            title: "Soirée DevOps n° 31"
            lang: fr
            ---

            ### Talk 1 : Les journaux sans douleur

            **\(label) :** Mireille Fontaine-Roux, SRE chez Lac Paiements

            Mireille nous a raconté comment son équipe a unifié ses journaux.
            """)
        #expect(found.map(\.title) == ["Les journaux sans douleur"])
        #expect(found.first?.speakers == [Speaker(name: "Mireille Fontaine-Roux", affiliation: "Lac Paiements")])
    }

    @Test func twoSpeakersUnderAPluralInclusiveLabel() {
        let found = talks(post: """
            ---
            title: "Soirée DevOps n° 32"
            lang: fr
            ---

            ### Talk 2 : De Jenkins à GitLab CI

            **Intervenant·es :** Marc Dufresne et Léa Nguyen, Assurances du Lac

            Un récit très concret de la migration.
            """)
        #expect(found.map(\.title) == ["De Jenkins à GitLab CI"])
        #expect(found.first?.speakers.map(\.name) == ["Marc Dufresne", "Léa Nguyen"])
    }
}
