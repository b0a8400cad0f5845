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
