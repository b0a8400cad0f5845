import Testing
@testable import GazetteKit

/// One grammatical shape per case: the sentence, and the talk a reader would take from it.
struct GrammarCase: CustomTestStringConvertible, Sendable {
    var label: String
    var html: String
    var language: Language = .fr
    var speakers: [String]
    var affiliations: [String?]
    var title: String? = nil
    var translation: String? = nil
    var kind: TalkKind = .talk
    var cities: [String] = []

    var testDescription: String { label }
}

let grammarCases: [GrammarCase] = [
    GrammarCase(
        label: "French guillemets with no-break spaces and a translation",
        html: "<p>Ensuite, Hélène Marchand de chez Pivot Data a présenté&nbsp;: «&nbsp;Scaling Queues Gracefully&nbsp;» (Faire grandir les files avec grâce). Elle a montré trois pièges.</p>",
        speakers: ["Hélène Marchand"], affiliations: ["Pivot Data"], title: "Scaling Queues Gracefully",
        translation: "Faire grandir les files avec grâce"),
    GrammarCase(
        label: "English curly single quotes with the period inside",
        html: "<p>Omar Farouk from Lattice Works presented ‘Zero Downtime Is a Team Sport.’ He covered rollout budgets.</p>",
        language: .en, speakers: ["Omar Farouk"], affiliations: ["Lattice Works"], title: "Zero Downtime Is a Team Sport"),
    GrammarCase(
        label: "Quote that never closes ends at the translation",
        html: "<p>La soirée s’est poursuivie avec Julie Tran de chez Orbe qui a présenté sa conférence intitulée&nbsp;: «&nbsp;Secrets at Scale: a field guide (Les secrets à grande échelle&nbsp;: un guide). Julie a expliqué la rotation des clés.</p>",
        speakers: ["Julie Tran"], affiliations: ["Orbe"], title: "Secrets at Scale: a field guide",
        translation: "Les secrets à grande échelle : un guide"),
    GrammarCase(
        label: "Title given only as link text after a colon",
        html: "<p>Paul Girard, de chez Sextant, a présenté&nbsp;: <a href=\"https://slides.example/x\">Observability on a Budget</a>. Il a comparé trois outils.</p>",
        speakers: ["Paul Girard"], affiliations: ["Sextant"], title: "Observability on a Budget"),
    GrammarCase(
        label: "Possessive affiliation: X's own",
        html: "<p>After lunch, Brightline’s own Tara Singh presented “Budgets for Clusters”. She showed the dashboards.</p>",
        language: .en, speakers: ["Tara Singh"], affiliations: ["Brightline"], title: "Budgets for Clusters"),
    GrammarCase(
        label: "Appositive role with chez and the verb after it",
        html: "<p>À Sherbrooke, Nicolas Bérubé, ingénieur principal chez Granit Logiciel, a expliqué comment déployer Flux sur vingt grappes.</p>",
        speakers: ["Nicolas Bérubé"], affiliations: ["Granit Logiciel"], cities: ["Sherbrooke"]),
    GrammarCase(
        label: "Appositive founder of X between commas",
        html: "<p>Dana Kim, founder of Fernhill, closed the evening by speaking about open source funding.</p>",
        language: .en, speakers: ["Dana Kim"], affiliations: ["Fernhill"]),
    GrammarCase(
        label: "Lightning talk as agent: conférence éclair par X",
        html: "<p>À Laval, Pixelbrume a ouvert avec une conférence éclair par Sonia Leduc qui a démontré un opérateur maison.</p>",
        speakers: ["Sonia Leduc"], affiliations: ["Pixelbrume"], kind: .lightningTalk, cities: ["Laval"]),
    GrammarCase(
        label: "Co-speakers with one affiliation after the last",
        html: "<p>In Halifax, Ana Pereira and Luke Grant of Tidewater Bank gave a talk called “Paying Down Platform Debt”.</p>",
        language: .en, speakers: ["Ana Pereira", "Luke Grant"], affiliations: ["Tidewater Bank", "Tidewater Bank"],
        title: "Paying Down Platform Debt", cities: ["Halifax"]),
    GrammarCase(
        label: "Keynote noun gives the kind",
        html: "<p>Ruth Ansah from Kelp Systems opened the day with a keynote called “Boring Infrastructure”.</p>",
        language: .en, speakers: ["Ruth Ansah"], affiliations: ["Kelp Systems"], title: "Boring Infrastructure", kind: .keynote),
    GrammarCase(
        label: "Title before the speaker in the same sentence",
        html: "<p>Dans sa présentation intitulée&nbsp;: “Des pipelines sans douleur”, Mathis Caron de chez Quartz a passé en revue ses outils.</p>",
        speakers: ["Mathis Caron"], affiliations: ["Quartz"], title: "Des pipelines sans douleur"),
    GrammarCase(
        label: "Title named in the following sentence",
        html: "<p>Irène Lopez de chez Cirrus s’est jointe à nous pour parler de politiques réseau. Sa conférence, intitulée&nbsp;: “Calico en pratique”, a duré vingt minutes.</p>",
        speakers: ["Irène Lopez"], affiliations: ["Cirrus"], title: "Calico en pratique"),
    GrammarCase(
        label: "Case study introduced by suivi par with a role after",
        html: "<p>Il a été suivi par Bruno Salvail, directeur technique chez Rivet, avec une étude de cas sur la migration de leurs bases de données.</p>",
        speakers: ["Bruno Salvail"], affiliations: ["Rivet"], kind: .caseStudy),
    GrammarCase(
        label: "Resumptive pronoun: X, elle a présenté",
        html: "<p>Nous avons accueilli Camille Roy, elle a présenté un retour sur la migration vers Cilium.</p>",
        speakers: ["Camille Roy"], affiliations: [nil]),
    GrammarCase(
        label: "Affiliation in parentheses and a title after the verb's object",
        html: "<p>Then Victor Hale (Northgate) walked us through “Chaos Days Without Tears”.</p>",
        language: .en, speakers: ["Victor Hale"], affiliations: ["Northgate"], title: "Chaos Days Without Tears"),
    GrammarCase(
        label: "Organization abbreviation with a period",
        html: "<p>Léo Martin, de Granby Média Inc., a partagé son expérience avec Argo CD.</p>",
        speakers: ["Léo Martin"], affiliations: ["Granby Média Inc."]),
    GrammarCase(
        label: "Unquoted title after titled",
        html: "<p>Priya Nair from Ostrich Labs gave a talk titled Shipping on Fridays (and Surviving). It was funny.</p>",
        language: .en, speakers: ["Priya Nair"], affiliations: ["Ostrich Labs"], title: "Shipping on Fridays",
        translation: nil),
    GrammarCase(
        label: "Panel with its panelists introduced by with",
        html: "<p>Marc Ouellet of Tessel then led a panel with Lina Haddad (Brio) and Tom Becker (Cobalt).</p>",
        language: .en, speakers: ["Marc Ouellet", "Lina Haddad", "Tom Becker"], affiliations: ["Tessel", "Brio", "Cobalt"],
        kind: .panel),
    GrammarCase(
        label: "Job titles before the name are not part of it",
        html: "<p>In Gatineau, Cloud Advocate Rosa Lind of Pinegate kicked things off with “Quotas That Don’t Hurt.”</p>",
        language: .en, speakers: ["Rosa Lind"], affiliations: ["Pinegate"], title: "Quotas That Don’t Hurt", cities: ["Gatineau"]),
    GrammarCase(
        label: "Speaker revealed after the talk in a cleft",
        html: "<p>La présentation s’intitulait « Une grappe dans un tiroir » et c’est Louis Caron, développeur chez Brindille, qui était aux commandes.</p>",
        speakers: ["Louis Caron"], affiliations: ["Brindille"], title: "Une grappe dans un tiroir"),
    GrammarCase(
        label: "The speaker, named in apposition",
        html: "<p>The slides are online, and the speaker, Ada Brooks of Keel Labs, promised a sequel.</p>",
        language: .en, speakers: ["Ada Brooks"], affiliations: ["Keel Labs"]),
    GrammarCase(
        label: "Title opening the next sentence, and a role and company before the name",
        html: "<p>La directrice technique de Saule Numérique, Inès Morin, a parlé de coûts. Dans « FinOps au quotidien », elle a montré ses tableaux.</p>",
        speakers: ["Inès Morin"], affiliations: ["Saule Numérique"], title: "FinOps au quotidien"),
    GrammarCase(
        label: "An announced title in lowercase",
        html: "<p>Kai Dunn followed with a lightning talk, ‘kubectl tricks for tired people,’ and left early.</p>",
        language: .en, speakers: ["Kai Dunn"], affiliations: [nil], title: "kubectl tricks for tired people", kind: .lightningTalk),
    GrammarCase(
        label: "A company named after its kind, with a place before it",
        html: "<p>Zoe Hart from Montreal startup Little Bridge told the story of “Compose to Helm in a Weekend”.</p>",
        language: .en, speakers: ["Zoe Hart"], affiliations: ["Little Bridge"], title: "Compose to Helm in a Weekend",
        cities: ["Montreal"]),
    GrammarCase(
        label: "Agenda item: name, company, dash, quoted title and kind",
        html: "<ul><li>Iris Vega, Aurora Rail – “Ten Clusters Later” (keynote)</li></ul>",
        language: .en, speakers: ["Iris Vega"], affiliations: ["Aurora Rail"], title: "Ten Clusters Later", kind: .keynote),
    GrammarCase(
        label: "Names with particles, apostrophes and hyphens",
        html: "<p>Ana de la Vega et Siobhan O'Neil-Park de chez Kestrel ont présenté «&nbsp;Policies as Code&nbsp;».</p>",
        speakers: ["Ana de la Vega", "Siobhan O'Neil-Park"], affiliations: ["Kestrel", "Kestrel"], title: "Policies as Code"),
]

@Suite struct TalkExtractorGrammarTests {
    @Test(arguments: grammarCases)
    func readsTheTalkASentenceDescribes(_ example: GrammarCase) throws {
        let found = talks(html: example.html, language: example.language)
        try #require(found.count == 1, "found \(found.map { $0.speakers.map(\.name) })")
        let talk = found[0]
        #expect(talk.speakers.map(\.name) == example.speakers)
        #expect(talk.speakers.map(\.affiliation) == example.affiliations)
        #expect(talk.title == example.title)
        #expect(talk.titleTranslation == example.translation)
        #expect(talk.kind == example.kind)
        #expect(talk.cities == example.cities)
    }

    @Test func hostsSponsorsAndOtherEventsAreNotTalks() {
        let html = """
            <p>Merci à Jeanne Poulin de chez Atelier Nord qui nous a hébergés et à Sam Ruiz pour la pizza. \
            Bravo à Chris Wong, qui présentera&nbsp;: « Moving Mountains » au KubeCon le mois prochain. \
            Lors d’un meetup précédent, Kim Tran avait présenté «&nbsp;Old Talk&nbsp;».</p>
            <p>Alex Moreau de chez Pinacle a présenté «&nbsp;Real Talk&nbsp;».</p>
            <h4>À propos de Lise Charron</h4>
            <p>Lise Charron est organisatrice et a présenté des conférences partout au Canada.</p>
            """
        let found = talks(html: html)
        #expect(found.map { $0.speakers.map(\.name) } == [["Alex Moreau"]])
    }

    @Test func aTalkGivenInTwoCitiesIsOneTalkWithBothCities() {
        let html = """
            <p>À Québec, Rémi Tardif de chez Boréal a présenté «&nbsp;GitOps pour tous&nbsp;».</p>
            <p>À Ottawa, Rémi Tardif a présenté de nouveau, tout comme Inès Diallo de chez Vireo qui a parlé de sécurité.</p>
            """
        let found = talks(html: html)
        #expect(found.count == 2)
        #expect(found.first?.cities == ["Québec", "Ottawa"])
        #expect(found.first?.title == "GitOps pour tous")
        #expect(found.last?.speakers == [Speaker(name: "Inès Diallo", affiliation: "Vireo")])
    }

    @Test func firstNameMentionsGoOnDescribingTheTalk() {
        let html = """
            <p>Yves Lamarre de chez Sable a présenté sa plateforme interne. Il a montré le portail.</p>
            <p>Le lendemain, à Montréal, Yves a repris sa présentation avec une démo de plus.</p>
            """
        let found = talks(html: html)
        #expect(found.count == 1)
        #expect(found[0].cities == ["Montréal"])
        #expect(found[0].evidence.count == 3)
    }

    @Test func evidenceIsTheTalksSentencesInOrderAndStopsAtTheNextTalk() {
        let html = """
            <p>Nora Blake from Quarry presented “Sane Defaults”. She listed ten settings. Everyone took notes. \
            Next, Raj Patel from Lumen showed a cost dashboard. It was live.</p>
            """
        let found = talks(html: html, language: .en)
        #expect(found.count == 2)
        #expect(found[0].evidence == ["Nora Blake from Quarry presented “Sane Defaults”.", "She listed ten settings.", "Everyone took notes."])
        #expect(found[1].evidence == ["Next, Raj Patel from Lumen showed a cost dashboard.", "It was live."])
    }

    @Test func linksAreKeptAndClassified() {
        let html = """
            <p>Lea Stone from Birch presented “Mesh Less” (<a href="https://www.slideshare.net/x/mesh-less">slides</a>, \
            <a href="https://www.youtube.com/watch?v=abc">video</a>).</p>
            """
        let found = talks(html: html, language: .en)
        #expect(found.first?.links.map(\.kind) == [.slides, .video])
        #expect(found.first?.title == "Mesh Less")
    }

    @Test func programmeListItemsAreTalks() {
        let html = """
            <ul><li>Hugo Petit (Nuagerie) : l’API Gateway</li><li>Zoé Marin — Drift Happens</li></ul>
            """
        let found = talks(html: html)
        #expect(found.map { $0.speakers.map(\.name) } == [["Hugo Petit"], ["Zoé Marin"]])
        #expect(found[0].speakers[0].affiliation == "Nuagerie")
        #expect(found[1].title == "Drift Happens")
    }

    @Test func idsAreStableAndDistinct() {
        let html = "<p>Ana Ruiz de chez Kappa a présenté «&nbsp;Un&nbsp;». Élodie Côté de chez Rho a présenté «&nbsp;Deux&nbsp;».</p>"
        let first = talks(html: html).map(\.id)
        let second = talks(html: html).map(\.id)
        #expect(first == second)
        #expect(first == ["test-recap/ana-ruiz", "test-recap/elodie-cote"])
    }

    @Test func namesInsideQuotedTitlesAreNotSpeakers() {
        let html = "<p>Maya Lin from Ferro presented ‘What Grace Hopper Would Do With Kubernetes’ to a full room.</p>"
        let found = talks(html: html, language: .en)
        #expect(found.map { $0.speakers.map(\.name) } == [["Maya Lin"]])
    }
}
