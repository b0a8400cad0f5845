import Foundation
import Testing
@testable import GazetteKit

/// Reads a post's bytes through the real ingest stage (front matter, Markdown or rST) and extracts its talks.
func talks(post: String, file: String = "post.md") -> [Talk] {
    let result = RecapReader().read(bytes: Array(post.utf8), source: file)
    return result.recaps.flatMap { TalkExtractor().extract($0).talks }
}

/// Each talk as one line, "Jane Roe (Acme) & Li Wei | Title" (and " / Translation" when asked), for expectations
/// that read like the post.
func talkLines(_ found: [Talk], translations: Bool = false) -> [String] {
    found.map { talk in
        let people = talk.speakers.map { speaker in speaker.affiliation.map { "\(speaker.name) (\($0))" } ?? speaker.name }
        let translation = translations ? talk.titleTranslation.map { " / \($0)" } ?? "" : ""
        return people.joined(separator: " & ") + " | " + (talk.title ?? "-") + translation
    }
}

/// One rule of document structure per test, in both languages, on posts written for the test.
@Suite struct StructureRuleTests {
    /// A title in capitals has a name's shape; the speaker label under it naming someone else shows it was the title.
    @Test(arguments: ["### Chaos Engineering Under Regulation", "### Talk 3 : Chaos Engineering Under Regulation"])
    func aHeadingInANamesShapeOverALabelNamingSomeoneElseIsTheTitle(_ heading: String) {
        let found = talks(post: """
            ---
            title: "DevOps Genève n° 31"
            lang: fr
            ---

            \(heading)

            **Orateur :** Tariq Benali, consultant indépendant

            Tariq a montré qu’on peut faire du chaos engineering dans un environnement régulé.
            """)
        #expect(talkLines(found) == ["Tariq Benali | Chaos Engineering Under Regulation"])
    }

    @Test func aNameHeadingOverALabelNamingTheSamePersonStaysTheirs() {
        let found = talks(post: """
            ---
            title: "Go night"
            lang: en
            ---

            ## Jane Roe

            **Speaker:** Jane Roe, Acme

            Jane showed how her team ships tooling.
            """)
        #expect(talkLines(found) == ["Jane Roe (Acme) | -"])
    }

    /// "by Hand" ends a title when a full name sits beside it across a separator.
    @Test func aSingleWordAfterByIsTheTitlesWhenAFullNameSitsBesideIt() {
        let found = talks(post: """
            ---
            title: "KCD night"
            lang: en
            ---

            1. Amaka Obi – Shipping Go at a bank
            2. Ikenna Eze – Why I Stopped Writing YAML by Hand
            3. Writing Parsers by Hand – Tunde Bello
            4. Fast builds by Jane Roe
            """)
        #expect(talkLines(found) == ["Amaka Obi | Shipping Go at a bank", "Ikenna Eze | Why I Stopped Writing YAML by Hand",
                                   "Tunde Bello | Writing Parsers by Hand", "Jane Roe | Fast builds"])
    }

    /// A byline's French organization runs on in lowercase words to the line's end, and is both speakers'.
    @Test func aBylinesOrganizationRunsToTheLinesEnd() {
        let found = talks(post: """
            ---
            title: "Agile Tour"
            lang: fr
            ---

            ### Kanban dans l’administration

            *Par Samira Roe et Omar Li, de l’Agence nationale des ports*

            Samira et Omar ont raconté comment ils ont introduit un tableau Kanban.
            """)
        #expect(talkLines(found) == ["Samira Roe (Agence nationale des ports) & Omar Li (Agence nationale des ports) | Kanban dans l’administration"])
    }

    /// A heading of two people over what they presented is their joint talk's section.
    @Test func aHeadingOfTwoPeopleOpensTheirJointTalk() {
        let found = talks(post: """
            ---
            title: "Sécurité, soirée 22"
            lang: fr
            ---

            ### Salma Roe & Quentin Li

            Étudiants en master, Salma et Quentin ont présenté leurs travaux : *Fuzzer une ampoule connectée*. C’était passionnant.

            ### Marc Dupuis

            Marc a présenté « Les journaux sans douleur ».
            """)
        #expect(talkLines(found) == ["Salma Roe & Quentin Li | Fuzzer une ampoule connectée", "Marc Dupuis | Les journaux sans douleur"])
    }

    @Test func headingWithTheSpeakerAfterASeparator() {
        let post = """
            ---
            title: Soirée de mars
            lang: fr
            ---
            Trois présentations ce soir.

            ## Des files d’attente sans douleur – Maëlle Dufresne-Aubin

            Elle a comparé trois courtiers.

            ## Chiffrer ses sauvegardes par Tomas Varga (Sentinelle Labs)

            ## Rust in the Kernel by Priya Raman
            """
        #expect(talkLines(talks(post: post)) == [
            "Maëlle Dufresne-Aubin | Des files d’attente sans douleur",
            "Tomas Varga (Sentinelle Labs) | Chiffrer ses sauvegardes",
            "Priya Raman | Rust in the Kernel",
        ])
    }

    @Test func headingThenALabelLineNamesTheSpeakers() {
        let post = """
            ---
            title: June recap
            ---
            ## Maps that tell the truth

            A walk through projections and the lies they tell.

            **Speakers: [Odile Fransen](https://example.org/o) and Kwame Asante**

            ## Mesurer sans se mentir

            Par : Noémie Castelli

            ## Tests de contrat

            Présenté par Yusuf Demir
            """
        let found = talks(post: post)
        #expect(talkLines(found) == [
            "Odile Fransen & Kwame Asante | Maps that tell the truth",
            "Noémie Castelli | Mesurer sans se mentir",
            "Yusuf Demir | Tests de contrat",
        ])
        // The description above the label line is that talk's evidence.
        #expect(found.first?.evidence.first == "A walk through projections and the lies they tell.")
    }

    @Test func aProductUnderATalkHeadingIsNotASpeaker() {
        let post = """
            ## Notebooks in production

            Jupyter Notebook makes a good lab bench.

            Speaker: Ines Borrow

            _Ines Borrow is a data engineer at Kestrel Analytics._
            """
        #expect(talkLines(talks(post: post)) == ["Ines Borrow (Kestrel Analytics) | Notebooks in production"])
    }

    @Test func programmeListsInEitherOrder() {
        let post = """
            ---
            title: Lightning talks
            ---
            - *Profiler son code Python* par [Aurélien Mas](https://example.org/am)
            - Sécuriser une API – Lina Haddad (Cerf-Volant)
            - Joaquim Neves: Ten years of one cron job
            - [Fast Builds Without Tears, Ruth Okafor](https://example.org/talk)
            """
        #expect(talkLines(talks(post: post)) == [
            "Aurélien Mas | Profiler son code Python",
            "Lina Haddad (Cerf-Volant) | Sécuriser une API",
            "Joaquim Neves | Ten years of one cron job",
            "Ruth Okafor | Fast Builds Without Tears",
        ])
    }

    @Test func aCapitalizedTitleBeforeADashInAHeadingIsNotAName() {
        let post = """
            # Notes

            Intro text here.

            # Continuous Delivery Pipelines - what we changed

            Olga Petrenko nous a montré ses pipelines.
            """
        #expect(talkLines(talks(post: post)) == ["Olga Petrenko | Continuous Delivery Pipelines - what we changed"])
    }

    @Test func bareSpeakersLabelThenOnePersonPerItem() {
        let post = """
            ## Lightning round

            Speakers:

            * Hana Kobayashi
            * Leon Baptiste
            * Mira Sol and Pablo Ortega
            """
        #expect(talkLines(talks(post: post)) == ["Hana Kobayashi | -", "Leon Baptiste | -", "Mira Sol & Pablo Ortega | -"])
    }

    @Test func programmeTableByColumn() {
        let post = """
            ---
            title: Programme
            ---
            | Heure | Sujet | Conférencier |
            |---|---|---|
            | 19:00 | Observabilité pour les petites équipes | Rémi Gagnon, Nordet Conseil |
            | 19:40 | Le cache, ce mal aimé | Aïcha Benali |
            """
        #expect(talkLines(talks(post: post)) == [
            "Rémi Gagnon (Nordet Conseil) | Observabilité pour les petites équipes",
            "Aïcha Benali | Le cache, ce mal aimé",
        ])
    }

    @Test func talksKeptInTheFrontMatter() {
        let post = """
            ---
            title: Meetup 12
            talks:
              - title: 'Typed configs'
                extract: |
                  Why configuration deserves types.
                authors:
                  - name: 'Sven Aalto'
                slides:
                  - https://slides.example.org/typed
              - title: Streams at rest
                speakers: [Nadia Fraser, {name: Tim Oduya, company: Quayside}]
            ---
            """
        let found = talks(post: post)
        #expect(talkLines(found) == ["Sven Aalto | Typed configs", "Nadia Fraser & Tim Oduya (Quayside) | Streams at rest"])
        #expect(found.first?.links.map(\.kind) == [.slides])
        #expect(found.first?.evidence == ["Why configuration deserves types."])
    }

    @Test func restructuredTextSectionsAndLinks() {
        let post = """
            Soirée n°4
            ##########

            :date: 2024-02-01
            :lang: fr

            Au programme :

            - `Vim et ses amis <https://example.org/vim>`_ par Hugo Lemaire (hlm)
            - Les claviers par Sarah Nguyen

            Les claviers
            ------------

            Talk proposé par Sarah Nguyen

            .. raw:: html

                <video src="x.mp4"></video>
            """
        let result = RecapReader().read(bytes: Array(post.utf8), source: "soiree.rst")
        let recap = try! #require(result.recaps.first)
        #expect(recap.date?.day == CalendarDay(year: 2024, month: 2, day: 1))
        #expect(recap.language == .fr)
        #expect(recap.blocks.contains { $0.links.contains { $0.href == "https://example.org/vim" && $0.text == "Vim et ses amis" } })
        #expect(!recap.blocks.contains { $0.text.contains("video") })
        #expect(talkLines(TalkExtractor().extract(recap).talks) == ["Hugo Lemaire | Vim et ses amis", "Sarah Nguyen | Les claviers"])
    }

    @Test func conferenceNotesNameEachSpeakerOnce() {
        let post = """
            ---
            title: Mes notes
            ---
            Voici mes notes.

            # Démystifier les réseaux de conteneurs

            Bastien Morel, ingénieur chez Pluvier, nous accompagne pas à pas dans la pile réseau.

            C’est très clair.

            # Garder ses images petites

            Keynote d’ouverture par Ondine Ravel.
            """
        #expect(talkLines(talks(post: post)) == [
            "Bastien Morel (Pluvier) | Démystifier les réseaux de conteneurs",
            "Ondine Ravel | Garder ses images petites",
        ])
    }

    @Test func aHeadingThatIsANameStartsABio() {
        let post = """
            Ada Brun a présenté « Les index » à Montréal.

            ## Carla Mendes

            Carla Mendes a présenté des conférences partout au pays.
            """
        #expect(talkLines(talks(post: post, file: "p.txt")) == ["Ada Brun | Les index"])
    }

    @Test func aHeadingThatIsANameOverATalkIsThatSpeakers() {
        let post = """
            ## Imogen Hart

            A tour of *Schema Migrations Without Fear*, with three live demos.

            ## Rafael Ortiz

            Rafael Ortiz is a platform engineer at Dunmore.
            """
        #expect(talkLines(talks(post: post)).first == "Imogen Hart | -")
        #expect(talks(post: post).count == 1)
    }

    @Test func programmeLineTitlesThatLookLikeNames() {
        let post = """
            ## Building Better Queues – Jane Roe

            ## Sam Okoro: Testing Legacy Code
            """
        #expect(talkLines(talks(post: "---\ntitle: x\n---\nIntro.\n\n" + post)) == [
            "Jane Roe | Building Better Queues", "Sam Okoro | Testing Legacy Code",
        ])
    }

    @Test func underATitleTheAgentOfAParticipleOrASubjectAfterAnAdverbialIsTheSpeaker() {
        let post = """
            ## Deno en production, un an après

            Présenté à distance depuis Porto par **Mathis Durand**, qui travaille chez Lumio. Mathis nous a raconté leur migration.

            ## L’accessibilité n’attend pas

            Pour terminer, **Inès Belkacem**, consultante en accessibilité, nous a rappelé que la directive arrive en 2025.
            """
        #expect(talkLines(talks(post: post)) == ["Mathis Durand (Lumio) | Deno en production, un an après", "Inès Belkacem | L’accessibilité n’attend pas"])
    }

    @Test func underATitleTheHostsPartAndAFutureTalkAreNoTalks() {
        let post = """
            ## Le mot des organisateurs

            Comme d’habitude, Sonia Lebrun et Paul Ferrand ont ouvert la soirée en rappelant le code de conduite.

            ## Yasmine Haddad

            Yasmine, qui travaille chez Algolia, a ouvert le bal avec « Le GC sans douleur ».

            ## Et ensuite ?

            En juillet, Hugo Marchal viendra nous parler de fuzzing.
            """
        #expect(talkLines(talks(post: post)) == ["Yasmine Haddad (Algolia) | Le GC sans douleur"])
    }

    @Test func aListAfterALineNamingTalksIsOfTalksAListAfterThanksIsNot() {
        let post = """
            The ignite session was chaotic in the best way:

            - **Megan van Zyl** on why your runbooks should be executable;
            - **Sipho Dube** on teaching infrastructure-as-code in Durban.

            So many people to thank this month:

            - **Marcus Tan**, who recorded the talks on his own camera.
            - **Priya Chandran** from the Laravel group, who cross-posted our event.
            """
        #expect(talkLines(talks(post: post)) == ["Megan van Zyl | -", "Sipho Dube | -"])
    }

    @Test func anInstitutionsNameGoesOnAfterOf() {
        let post = "Dr. Amira Hassan-Osman of the University of Cape Coast closed the day with a talk on carbon-aware scheduling."
        #expect(talkLines(talks(post: post)).allSatisfy { !$0.hasPrefix("Cape Coast") })
    }

    @Test func aNameHeadingOverAnAsideThenTheTalk() {
        let post = """
            ## Karim Benali

            Karim, ingénieur chez Ethias, a présenté leur plateforme.

            ## Anneke Van Dam

            Anneke, de NRB, nous a parlé de KEDA et de l’autoscaling piloté par les événements.
            """
        #expect(talkLines(talks(post: post)).map { $0.components(separatedBy: " (")[0].components(separatedBy: " |")[0] } == ["Karim Benali", "Anneke Van Dam"])
    }

    @Test func aNameHeadingAfterOtherTalksOverTheFullNameThenTheTalk() {
        let post = """
            ## Rust à l’usine

            Par Jeanne Roy. Elle a montré un robot.

            ## Fatou Diallo

            Fatou Diallo, de Kestrel, a présenté « Observabilité sans douleur ».

            ## Marc Tremblay

            Marc Tremblay presented his work on tracing.
            """
        #expect(talkLines(talks(post: post)) == [
            "Jeanne Roy | Rust à l’usine", "Fatou Diallo (Kestrel) | Observabilité sans douleur", "Marc Tremblay | -",
        ])
    }

    @Test func aQuotedTitleThenADashAndItsAgentIsAProgrammeLineDespiteItsFullStop() {
        let post = """
            ## The talk

            [**"Iterators without tears"**](https://example.org/talk) — by Awa Ndiaye Sarr, backend engineer at Qonto.

            Awa started with the history of the proposal.
            """
        #expect(talkLines(talks(post: post)) == ["Awa Ndiaye Sarr (Qonto) | Iterators without tears"])
    }

    @Test func aTalkMovedToAnotherEveningIsNoTalk() {
        let post = """
            Tariq Haddad presented “Fuzzing in CI”.

            ## Next month

            Manon Roy’s talk on property tests is moved to April. La présentation de Jules Brun a été repoussée à une date ultérieure.
            """
        #expect(talkLines(talks(post: post)) == ["Tariq Haddad | Fuzzing in CI"])
        #expect(talkLines(talks(post: "Sam Roe, who moved to Berlin, presented “Kafka at the edge”.")) == ["Sam Roe | Kafka at the edge"])
    }

    @Test func aTitleInBoldThenItsPeopleInATableCell() {
        let html = """
            <table><tr><th>Heure</th><th>Salle A</th><th>Salle B</th></tr>
            <tr><td>10h30</td><td><strong>Compose, de zéro au Store</strong><br>Aya Konan Brou, Lagune Apps</td>
            <td><strong>Accessibilité web : pas une option</strong><br>Rokia Diabaté</td></tr>
            <tr><td>11h15</td><td><strong>Flutter Web en 2024</strong><br>Yao Kouamé — annulé</td>
            <td>Déjeuner offert par nos partenaires</td></tr></table>
            """
        #expect(talkLines(talks(html: html)) == [
            "Aya Konan Brou (Lagune Apps) | Compose, de zéro au Store", "Rokia Diabaté | Accessibilité web : pas une option",
        ])
    }

    @Test func anEmphasizedTitleThenACommaAndItsAgent() {
        let post = """
            ## Keynote d’ouverture

            *Le tableau est mort, vive le tableau*, par Claire Marchand-Roux.

            Claire a commencé par une provocation.
            """
        #expect(talkLines(talks(post: post)) == ["Claire Marchand-Roux | Le tableau est mort, vive le tableau"])
    }

    @Test func aNameHeadingOverABioThenTheTalkOpenedWithAQuotedTitle() {
        let post = """
            Trois talks ce soir.

            ### Bastien Roy-Lacroix

            Bastien est Staff Engineer chez Escarbille. Il a ouvert la soirée avec **« Générer du code »**. Sa règle : lire.

            ### Carla Mendes

            Carla Mendes est développeuse chez Acme. Elle a cité « Le mythe du mois-homme » dans un billet.
            """
        #expect(talkLines(talks(post: post)) == ["Bastien Roy-Lacroix (Escarbille) | Générer du code"])
    }

    @Test func aPostAnnouncingTheNextEveningHasNoTalksYet() {
        let programme = """

            Bonne nouvelle : on se retrouve jeudi à 18 h.

            ## Au programme

            - 18 h 45 : « Chasser les menaces avec BloodHound » – Marc Roy (Sentinelle)
            - 19 h 30 : « Tests d’intrusion mobiles » – Leïla Gagné
            """
        #expect(talks(post: "---\ntitle: \"Prochaine rencontre : le 23 novembre !\"\n---\n" + programme).isEmpty)
        #expect(talks(post: "---\ntitle: \"Next meetup: March 12\"\n---\n" + programme).isEmpty)
        #expect(talks(post: "---\ntitle: \"Retour sur la rencontre de novembre\"\n---\n" + programme).count == 2)
        #expect(talks(post: "---\ntitle: \"Next steps for our community\"\n---\n" + programme).count == 2)
    }

    @Test func underATitleACalledOffTalkIsNoTalk() {
        let post = """
            ## Who wasn’t there

            Carmen Ruz was due to give a talk on reusable Terraform modules but was off sick on the day.
            """
        #expect(talkLines(talks(post: post)) == [])
    }

    @Test func anAsideInParenthesesIsNoHeadingAndTheHostIsNoSpeaker() {
        let post = """
            *(Version française : [Rencontre de novembre](/fr/2022/11/rencontre/))*

            As usual, Marie-Hélène Lachapelle welcomed everyone and reminded us of the code of conduct.
            """
        #expect(talkLines(talks(post: post)) == [])
    }

    @Test func aProgrammeRowForTheWelcomeOrMarkedCancelledIsNoTalk() {
        let post = """
            | Time | Talk | Speaker |
            |------|------|---------|
            | 18:30 | Welcome and community news | Dana Whitby (organizer) |
            | 18:45 | Profiling Go services | Priya Nair |
            | 19:15 | ~~Generics, two years later~~ | ~~Marcus Obi~~ *(cancelled)* |
            """
        #expect(talkLines(talks(post: post)) == ["Priya Nair | Profiling Go services"])
    }

    @Test func aFrontMatterTalkMarkedCancelledIsNoTalk() {
        let post = """
            ---
            title: "October meetup"
            date: 2022-10-20
            talks:
              - title: "Ferry demand forecasting"
                speaker: "Harpreet Sandhu"
              - title: "Scraping assessment data"
                speaker: "Liam Connor"
                status: cancelled
            ---

            October brought the rain back.
            """
        #expect(talkLines(talks(post: post)) == ["Harpreet Sandhu | Ferry demand forecasting"])
    }

    @Test func aDateHeadingIsNoTitle() {
        let post = """
            ## March, Mainz

            Emre Yilmaz talked us through building a FastAPI service with dependency injection.
            """
        #expect(talkLines(talks(post: post)) == ["Emre Yilmaz | -"])
    }

    @Test func aQuotedTitleOwnedByANameOrInAppositionToIt() {
        let post = """
            I then switched tracks for Zodwa Mthethwa’s “GitOps Without the Hype”, a grounded look at Flux.

            Le matin, j’ai assisté à la session de Jonas Peters (Odoo), « Typage progressif dans une vieille base de code ».
            """
        #expect(talkLines(talks(post: post)) == ["Zodwa Mthethwa | GitOps Without the Hype", "Jonas Peters (Odoo) | Typage progressif dans une vieille base de code"])
    }

    @Test func aProgrammeHeadingIsNoTalksTitle() {
        // An announcement: under "Au programme", a future talk is no talk, and the heading is no title.
        let post = """
            ## Au programme

            Julie Massé, analyste chez Nordvik, présentera « dbt pour les petites équipes ».
            """
        #expect(talkLines(talks(post: post)) == [])
    }

    @Test func anOpeningWordInTheAgendaIsNoTalk() {
        let post = """
            - **9 h 00** — Mot d’ouverture, par M. Koffi Adjovi, directeur de l’agence
            - **9 h 15** — Les données ouvertes en pratique, par Ama Dossou
            - **17 h 00** — Closing remarks — Ama Dossou
            """
        let found = talks(post: post)
        #expect(talkLines(found) == ["Ama Dossou | Les données ouvertes en pratique"])
        // "Ama" is a given name, not an ask-me-anything.
        #expect(found.map(\.kind) == [.talk])
    }

    @Test func aSectionHeadingOverSeveralTalksIsNoTitle() {
        let post = """
            ## Présentations

            Hélène Roy a présenté ses tests de charge.

            Marc Diallo a ensuite présenté son outil de migration.
            """
        #expect(talkLines(talks(post: post)) == ["Hélène Roy | -", "Marc Diallo | -"])
    }
}
