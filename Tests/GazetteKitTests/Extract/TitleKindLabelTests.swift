import Testing
@testable import GazetteKit

/// A programme's kind label before a title ("Lightning talk:", « Atelier : », "Talk 2:") is not the title.
@Suite struct TitleKindLabelTests {
    @Test(arguments: [
        ("Lightning talk: Why I Stopped Writing Shell", "Why I Stopped Writing Shell"),
        ("Conférence éclair : Bun en production ?", "Bun en production ?"),
        ("Atelier : « Audit en binômes", "Audit en binômes"),
        ("La table ronde : « L’astreinte sans s’épuiser", "L’astreinte sans s’épuiser"),
        ("Talk 2: Polars for spreadsheet users", "Polars for spreadsheet users"),
        ("Keynote — The Shape of Queues", "The Shape of Queues"),
        ("Talk two: eBPF for defenders", "eBPF for defenders"),
        ("Présentation numéro trois : Le cache HTTP", "Le cache HTTP"),
    ])
    func theLabelIsDropped(_ written: String, _ title: String) {
        #expect(TitleKindLabel.stripped(written) == title)
    }

    @Test(arguments: [
        "Talks That Changed Our Minds",
        "Panel Data: Regression for Product Teams",
        "Kubernetes: The Hard Parts",
        "Demo-driven development",
    ])
    func aTitleThatOnlyStartsLikeALabelStays(_ title: String) {
        #expect(TitleKindLabel.stripped(title) == title)
    }

    @Test(arguments: [
        ("09:15 — Opening keynote: \"Resilience is a team sport\"", "Resilience is a team sport"),
        ("10:00–10:45 | Terraform at scale", "Terraform at scale"),
        ("19 h 30 : Rust à l’usine", "Rust à l’usine"),
        ("7:30 pm - Hands-on workshop: Chaos with Litmus", "Chaos with Litmus"),
        ("9h30 à 10h — Le cache HTTP", "Le cache HTTP"),
    ])
    func aHeadingsTimeSlotIsDropped(_ written: String, _ title: String) {
        #expect(TitleKindLabel.stripped(written) == title)
    }

    @Test(arguments: ["2024: A Year of Rust", "10 things I hate about YAML", "3D printing: a primer", "1:1 meetings that work"])
    func aNumberThatIsNoTimeSlotStays(_ title: String) {
        #expect(TitleKindLabel.stripped(title) == title)
    }

    @Test func aTitleThatIsOnlyALabelIsNoTitle() {
        #expect(TitleKindLabel.stripped("Keynote") == nil)
        #expect(TitleKindLabel.stripped("La table ronde") == nil)
    }

    @Test func theExtractorReportsTheTitleWithoutItsLabel() throws {
        let found = talks(html: "<ul><li>20:10 — Lightning talk: “Why I Stopped Writing Shell” — Ola Brandt (Fjordline)</li></ul>", language: .en)
        try #require(found.count == 1)
        #expect(found[0].title == "Why I Stopped Writing Shell")
    }
}
