import Testing
@testable import GazetteKit

/// Programmes written as labelled fields ("Speaker: …", "Title: …", "Company: …"), on posts written for the test.
@Suite struct LabelRecordTests {
    private func summary(_ found: [Talk]) -> [String] {
        found.map { talk in
            let people = talk.speakers.map { speaker in speaker.affiliation.map { "\(speaker.name) (\($0))" } ?? speaker.name }
            return people.joined(separator: " & ") + " | " + (talk.title ?? "-") + (talk.titleTranslation.map { " / " + $0 } ?? "")
        }
    }

    @Test func fieldsOnLinesOfOneParagraphMakeOneTalkEach() {
        // No blank line between the fields: Markdown makes each record one paragraph.
        let post = """
            ---
            title: Winter programme
            lang: en
            ---
            Two talks this month.

            **Speaker:** Hana Ito
            **Company:** Moss Lane
            **Title:** Queues Without Tears

            **Speaker:** Pavel Dvorak
            **Title:** "Shaders for Everyone" (in English)

            Thanks to Moss Lane for the pizza.
            """
        #expect(summary(talks(post: post)) == ["Hana Ito (Moss Lane) | Queues Without Tears", "Pavel Dvorak | Shaders for Everyone"])
    }

    @Test func fieldsInParagraphsOfTheirOwnAndATranslatedTitle() {
        let post = """
            ---
            title: Soirée d’avril
            lang: fr
            ---
            **Intervenante :** Zoé Marchal

            **Entreprise :** Brume Logiciel

            **Sujet :** Des index qui tiennent (Indexes That Hold Up)

            **Intervenant :** Karim Belkadi

            **Entreprise :** —

            **Sujet :** Migrer sans peur
            """
        #expect(summary(talks(post: post)) == [
            "Zoé Marchal (Brume Logiciel) | Des index qui tiennent / Indexes That Hold Up",
            "Karim Belkadi | Migrer sans peur",
        ])
    }

    @Test func aRecordUnderATalksHeadingTakesTheHeadingAsItsTitle() {
        let post = """
            ---
            title: Batch night
            lang: en
            ---
            ### Batch Jobs at Scale
            **Speaker:** Ana Ruiz
            **Company:** Tidewell
            """
        #expect(summary(talks(post: post)) == ["Ana Ruiz (Tidewell) | Batch Jobs at Scale"])
    }

    @Test func aLabelInsideProseIsNotAField() {
        let post = """
            ---
            title: Spring night
            lang: en
            ---
            Topic: the evening was about observability, and Lena Vogt presented her tracing setup. The title: still secret.
            """
        #expect(LabelRecord.entries(in: Paragraph(TextBlock(kind: .paragraph, text: "The title: still secret."))) == nil)
        #expect(summary(talks(post: post)).count == 1)
    }
}
