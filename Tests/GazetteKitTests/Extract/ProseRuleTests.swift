import Testing
@testable import GazetteKit

/// The grammar families real recaps use, each with short sentences of our own, in both languages.
let proseRuleCases: [GrammarCase] = [
    GrammarCase(
        label: "A street in parentheses is no speaker",
        html: "<p>Soirée talks au local du Hacklab Morges (Chemin de Lonay, sous la gare) ! Marc Vuilleumier a présenté son robot de tri.</p>",
        language: .fr, speakers: ["Marc Vuilleumier"], affiliations: [nil]),
    GrammarCase(
        label: "By a role, a comma, then the name",
        html: "<p>A talk by our treasurer, Leona Brandt, on interactive rebase closed the night.</p>",
        language: .en, speakers: ["Leona Brandt"], affiliations: [nil]),
    GrammarCase(
        label: "Par un rôle, une virgule, puis le nom et le sujet",
        html: "<p>Une présentation par notre trésorière, Léonie Beaulac, sur Git.</p>",
        language: .fr, speakers: ["Léonie Beaulac"], affiliations: [nil]),
    GrammarCase(
        label: "People, then with and a title in italics, its own comma inside",
        html: "<p>The second slot was a double act: Arjun Patel and Divya Rao from Paisaflow, with <em>Generics, two years later</em>. Their thesis was clear.</p>",
        language: .en, speakers: ["Arjun Patel", "Divya Rao"], affiliations: ["Paisaflow", "Paisaflow"], title: "Generics, two years later"),
    GrammarCase(
        label: "Next up, a name with a quoted title",
        html: "<p>Next up, Carla Nunes with “Fuzzing in Go”. The room was full.</p>",
        language: .en, speakers: ["Carla Nunes"], affiliations: [nil], title: "Fuzzing in Go"),
    GrammarCase(
        label: "Une personne, une virgule, avec et le titre entre guillemets",
        html: "<p>Puis Omar Haddou, avec « Profiler ses services Go ». Une belle démonstration.</p>",
        language: .fr, speakers: ["Omar Haddou"], affiliations: [nil], title: "Profiler ses services Go"),
    GrammarCase(
        label: "English capitalized role between commas, then the verb",
        html: "<p>After the break, Ines Vale, Senior Software Engineer at Fernhill Systems, demonstrated her schema checker.</p>",
        language: .en, speakers: ["Ines Vale"], affiliations: ["Fernhill Systems"]),
    GrammarCase(
        label: "English capitalized role with no closing comma",
        html: "<p>Then Oren Blum, Platform Lead at Quillstone analysed three years of outages.</p>",
        language: .en, speakers: ["Oren Blum"], affiliations: ["Quillstone"]),
    GrammarCase(
        label: "Role between spaced dashes",
        html: "<p>Tilen Kos - backend developer from Marjetica - explained how they cache templates.</p>",
        language: .en, speakers: ["Tilen Kos"], affiliations: ["Marjetica"]),
    GrammarCase(
        label: "Agent after a quoted title and a collective noun",
        html: "<p>La soirée s’est terminée sur «&nbsp;Des bots au bureau&nbsp;» par le duo Léonie Barre (Responsable Qualité) et Yanis Ferré (Tech Lead) de chez Voltaire.</p>",
        speakers: ["Léonie Barre", "Yanis Ferré"], affiliations: ["Voltaire", "Voltaire"], title: "Des bots au bureau"),
    GrammarCase(
        label: "Agent with a role noun between the preposition and the name",
        html: "<p>She was followed by meetup veteran Gustavo Pires, from Talhada, to talk about feature flags.</p>",
        language: .en, speakers: ["Gustavo Pires"], affiliations: ["Talhada"]),
    GrammarCase(
        label: "The event featured the speaker",
        html: "<p>Last week’s meetup featured Rhea Mistry, a security researcher at Obsidian Gate.</p>",
        language: .en, speakers: ["Rhea Mistry"], affiliations: ["Obsidian Gate"]),
    GrammarCase(
        label: "A talk noun governed by the speaker’s possessive",
        html: "<p>Amara Diop’s presentation on zero-trust networks closed the evening.</p>",
        language: .en, speakers: ["Amara Diop"], affiliations: [nil]),
    GrammarCase(
        label: "Invited to present",
        html: "<p>We were glad to invite Petra Novak to give a shorter version of her talk on query planners.</p>",
        language: .en, speakers: ["Petra Novak"], affiliations: [nil]),
    GrammarCase(
        label: "A pronoun that presents points back to the people just named",
        html: "<p>Ravi Menon and Chloé Brun are maintainers of the project. They presented its plugin system.</p>",
        language: .en, speakers: ["Ravi Menon", "Chloé Brun"], affiliations: [nil, nil]),
    GrammarCase(
        label: "A lowercase aside in parentheses after the name",
        html: "<p>Julien Perrault (slides) nous a présenté une autre façon de bâtir ses images.</p>",
        speakers: ["Julien Perrault"], affiliations: [nil]),
    GrammarCase(
        label: "Title set in italics after a presenting verb",
        html: "<p>Sofia Lindqvist discussed <i>A Year of Running Postgres on Kubernetes</i> with the audience.</p>",
        language: .en, speakers: ["Sofia Lindqvist"], affiliations: [nil], title: "A Year of Running Postgres on Kubernetes"),
    GrammarCase(
        label: "A talk as subject, its speaker after with",
        html: "<p>The first session was about civic data with Nora Quinn.</p>",
        language: .en, speakers: ["Nora Quinn"], affiliations: [nil]),
    GrammarCase(
        label: "A company with a parenthesis before the verb",
        html: "<p>François Vidal d’ACME (Groupe Maison) nous entraîne dans une présentation rapide de son outil.</p>",
        speakers: ["François Vidal"], affiliations: ["ACME"]),
    GrammarCase(
        label: "An elided particle in a surname",
        html: "<p>Ensuite, Armelle d’Estienne a présenté son retour sur la migration.</p>",
        speakers: ["Armelle d’Estienne"], affiliations: [nil]),
]

@Suite struct ProseRuleTests {
    @Test(arguments: proseRuleCases)
    func readsTheSpeaker(_ example: GrammarCase) throws {
        let found = talks(html: example.html, language: example.language)
        try #require(found.count == 1, "found \(found.map { $0.speakers.map(\.name) })")
        #expect(found[0].speakers.map(\.name) == example.speakers)
        #expect(found[0].speakers.map(\.affiliation) == example.affiliations)
        if let title = example.title { #expect(found[0].title == title) }
    }

    @Test func severalSpeakersOfOneSentenceEachGetTheirTalk() {
        let parenthesized = talks(html: "<p>There were talks on topics from caching (Wen Liu) to tracing (Omar Haddad).</p>", language: .en)
        #expect(parenthesized.map { $0.speakers.map(\.name) } == [["Wen Liu"], ["Omar Haddad"]])
        let possessives = talks(html: "<p>Inspired by Steve Ames’s and Julia Kerr’s respective talks, we sprinted on the docs.</p>", language: .en)
        #expect(possessives.map { $0.speakers.map(\.name) } == [["Steve Ames"], ["Julia Kerr"]])
    }

    @Test(arguments: [
        ("A host who welcomes and introduces the speakers",
         "<p>Marc Ellison from Pinebrook welcomed everyone and introduced the speakers.</p>", Language.en),
        ("Une hôte qui souhaite la bienvenue et présente les locaux",
         "<p>Jacinthe Morin, directrice de Boréal, a souhaité la bienvenue et présenté les locaux.</p>", .fr),
        ("A product in a person's place",
         "<p>Harbor Server a présenté un nouveau moteur de routage.</p>", .fr),
        ("Organizers who may help, another time",
         "<p>Chloé Vasseur et Thomas Perrin, qui organisent le groupe, peuvent vous aider à préparer votre présentation.</p>", .fr),
        ("Organizers named with their role",
         "<p>Thanks to the organizers, including Sean Pike and Nancy Ashe, who took every chance to demonstrate their care.</p>", .en),
        ("A product announcing its release",
         "<p>Trellis Studio a présenté sa version stable en début d’année.</p>", .fr),
        ("A talk announced for later",
         "<p>Priya Nair will present her work on schedulers at our next meetup.</p>", .en),
    ])
    func isNotATalk(_ label: String, _ html: String, _ language: Language) {
        #expect(talks(html: html, language: language).isEmpty, "\(label)")
    }
}
