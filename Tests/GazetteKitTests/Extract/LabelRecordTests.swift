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

    @Test func aRecordUnderItsOwnLineWithLinkFields() {
        // "Talk 1" opens each record in the same paragraph; "Slides:" and "Vidéo :" name no person.
        let post = """
            ---
            title: Data night
            lang: en
            ---
            **Talk 1**
            Speaker: Ola Bakare
            Company: Ferncliff
            Title: A Ledger on Kafka
            Slides: https://example.org/ledger

            🎤 Talk n°2
            Titre : Des pipelines en Go
            Speakers : Paul Estève & Hugo Marti
            Entreprise : Contilab
            """
        #expect(summary(talks(post: post)) == [
            "Ola Bakare (Ferncliff) | A Ledger on Kafka",
            "Paul Estève (Contilab) & Hugo Marti (Contilab) | Des pipelines en Go",
        ])
    }

    @Test func aLinkOnTheLineAfterAProgrammeLineIsNotPartOfIt() {
        let post = """
            ---
            title: Meetup Python
            lang: fr
            ---
            Merci d’être venus.

            **Jupyter dans le navigateur** — Gaëlle Perrot
            Vidéo : https://example.org/v/1

            **Typage statique avec mypy** — Bastien Morel (Schneidel)
            Slides : à venir
            """
        #expect(summary(talks(post: post)) == [
            "Gaëlle Perrot | Jupyter dans le navigateur",
            "Bastien Morel (Schneidel) | Typage statique avec mypy",
        ])
    }

    @Test func aLabelLineFollowedByProseUnderATalksHeading() {
        let post = """
            ---
            title: Rentrée
            lang: fr
            ---
            ### 1. Observabilité : du POC à la prod

            Par Gaël Lefranc, SRE chez Ormeau. Gaël a raconté le déploiement sur trois cents services.
            """
        let found = talks(post: post)
        #expect(summary(found) == ["Gaël Lefranc (Ormeau) | Observabilité : du POC à la prod"])
        #expect(found.first?.evidence.contains("Gaël a raconté le déploiement sur trois cents services.") == true)
    }

    @Test func aPictographBeforeAProgrammeLine() {
        let post = """
            ---
            title: Lightning night
            lang: fr
            ---
            - ⚡ **Julie Gagné** (Mila) — « Les modèles de diffusion »
            - 🎤 **Samuel Ouimet** — « Prévoir la demande »
            """
        #expect(summary(talks(post: post)) == ["Julie Gagné (Mila) | Les modèles de diffusion", "Samuel Ouimet | Prévoir la demande"])
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
