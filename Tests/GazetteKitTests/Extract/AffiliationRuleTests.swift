import Testing
@testable import GazetteKit

/// Where a speaker works, in the shapes recaps state it, with sentences of our own in both languages.
let affiliationRuleCases: [GrammarCase] = [
    GrammarCase(
        label: "A label line: two people, then a role in the plural with a capitalized first word",
        html: "<h2>Embedded Rust on a tiny board</h2><p><strong>Speakers:</strong> Yara Benhaddou and Luca Brunner, PhD students at the University of Lugano</p><p>They ported their firmware.</p>",
        language: .en, speakers: ["Yara Benhaddou", "Luca Brunner"], affiliations: ["University of Lugano", "University of Lugano"]),
    GrammarCase(
        label: "A role, a comma and the organization in one parenthesis",
        html: "<p>Next, Lina Haddad (SRE, Nordwave) showed how they page fewer people at night.</p>",
        language: .en, speakers: ["Lina Haddad"], affiliations: ["Nordwave"]),
    GrammarCase(
        label: "Un rôle, une virgule et l’organisation dans une parenthèse",
        html: "<p>Ensuite, Karim Belhadj (étudiant, Polytechnique) nous a présenté son robot de tri.</p>",
        language: .fr, speakers: ["Karim Belhadj"], affiliations: ["Polytechnique"]),
    GrammarCase(
        label: "A label line: a capitalized role going on in lowercase, then at",
        html: "<h2>Kanban beyond the board</h2><p><em>Speaker: Mehdi Trabelsi, Agile coach at Vermeg</em></p><p>Mehdi showed flow diagrams.</p>",
        language: .en, speakers: ["Mehdi Trabelsi"], affiliations: ["Vermeg"]),
    GrammarCase(
        label: "A label line: a role alone after the comma is no organization",
        html: "<h2>The team before the tool</h2><p><em>Speaker: Oussama Jlassi, Scrum Master</em></p><p>A plea against tools first.</p>",
        language: .en, speakers: ["Oussama Jlassi"], affiliations: [nil]),
    GrammarCase(
        label: "A label line: a capitalized role, a comma, the organization",
        html: "<h2>Platforms are products</h2><p><strong>Speaker:</strong> Hye-won Baek, Principal Engineer, Proton</p><p>She argued for user research.</p>",
        language: .en, speakers: ["Hye-won Baek"], affiliations: ["Proton"]),
    GrammarCase(
        label: "A label line: two people, then a role in the plural at their organization",
        html: "<h2>Fewer pages</h2><p><strong>Speakers:</strong> Léa Roy and Bo Li, SREs at Infomaniak</p><p>They cut the night pages.</p>",
        language: .en, speakers: ["Léa Roy", "Bo Li"], affiliations: ["Infomaniak", "Infomaniak"]),
    GrammarCase(
        label: "An English article before a long role, then at",
        html: "<p>The evening featured Dana Rowe, a well-known expert in storage and developer advocate at Blue Harbor. She spoke about erasure codes.</p>",
        language: .en, speakers: ["Dana Rowe"], affiliations: ["Blue Harbor"]),
    GrammarCase(
        label: "An article before a role whose first word is capitalized",
        html: "<p>Aleks Novak, a PhD student at the University of Tarnow, presented her work on data races.</p>",
        language: .en, speakers: ["Aleks Novak"], affiliations: ["University of Tarnow"]),
    GrammarCase(
        label: "A relative clause with a copula",
        html: "<p>The workshop was given by Sam Poirier, who is Lean Coach at Northwind Bank and a mentor to startups.</p>",
        language: .en, speakers: ["Sam Poirier"], affiliations: ["Northwind Bank"]),
    GrammarCase(
        label: "Une relative avec un verbe de travail",
        html: "<p>Inès Caron, qui travaille chez Rivelle Énergie, a présenté son tableau de bord.</p>",
        speakers: ["Inès Caron"], affiliations: ["Rivelle Énergie"]),
    GrammarCase(
        label: "An employer and a title before the name",
        html: "<p>Later, Greyhaven VP of Engineering Tomas Ibarra gave a talk about developer experience.</p>",
        language: .en, speakers: ["Tomas Ibarra"], affiliations: ["Greyhaven"]),
    GrammarCase(
        label: "A possessive with very own",
        html: "<p>Skyport.io’s very own Remi Fortin began by speaking about provisioning clusters.</p>",
        language: .en, speakers: ["Remi Fortin"], affiliations: ["Skyport.io"]),
    GrammarCase(
        label: "A sentence that opens on the speaker, named in full, after the talk",
        html: "<p>Louise Garnier a présenté les offres de nuage souverain.</p><p>Louise Garnier travaille pour K4TS, une coentreprise.</p>",
        speakers: ["Louise Garnier"], affiliations: ["K4TS"]),
    GrammarCase(
        label: "A bio under a heading with the speaker’s name",
        html: "<p>As the second speaker, Mara Quint spoke about her team’s move to a service mesh.</p><h3>Mara Quint</h3><p>Mara is a Software Engineer at Tallbridge. Find her online.</p>",
        language: .en, speakers: ["Mara Quint"], affiliations: ["Tallbridge"]),
    GrammarCase(
        label: "Une biographie sous le nom, avec « à »",
        html: "<p>Marie-Ève Tremblay a présenté ses travaux sur les glaciers.</p><h3>Marie-Ève Tremblay</h3><p>Marie-Ève est chercheuse à l’Institut Boréal depuis 2019.</p>",
        speakers: ["Marie-Ève Tremblay"], affiliations: ["Institut Boréal"]),
    GrammarCase(
        label: "A city after the employer is its office",
        html: "<p>This workshop was presented by Ricardo Tamez, who is Agile Coach at Finbank London.</p>",
        language: .en, speakers: ["Ricardo Tamez"], affiliations: ["Finbank"]),
    GrammarCase(
        label: "A word with an inner capital inside a capitalized role",
        html: "<h3>Talk 1</h3><p>Speaker: Grace Tan, Senior iOS Engineer at the Beeb</p>",
        language: .en, speakers: ["Grace Tan"], affiliations: ["Beeb"]),
    GrammarCase(
        label: "Un long rôle en français, après « mettait en vedette »",
        html: "<p>La soirée mettait en vedette Léa Dubé, experte reconnue dans le domaine de la protection des données et évangéliste technique chez Nordvent. Léa a présenté les jetons d’accès.</p>",
        speakers: ["Léa Dubé"], affiliations: ["Nordvent"]),
    GrammarCase(
        label: "Two people, each with a role between commas, one of them a C-level acronym",
        html: "<p>Ravi Kemal, CFO at Bluepine, and Ana Sorel, Partner at Oakfield, presented the budget tooling they built.</p>",
        language: .en, speakers: ["Ravi Kemal", "Ana Sorel"], affiliations: ["Bluepine", "Oakfield"]),
    GrammarCase(
        label: "A relative clause: works on a team, at the employer",
        html: "<p>Our second speaker was Lucas Marten, who works on the CSS tooling team at Mozilla. He presented container queries.</p>",
        language: .en, speakers: ["Lucas Marten"], affiliations: ["Mozilla"]),
    GrammarCase(
        label: "A relative clause: leads a team at the employer",
        html: "<p>Priya Lowe, who leads the application security team at Canva, presented threat models.</p>",
        language: .en, speakers: ["Priya Lowe"], affiliations: ["Canva"]),
    // What must stay without an affiliation.
    GrammarCase(
        label: "A project before the name is not an employer",
        html: "<p>Kubernetes maintainer Jana Roe presented the new scheduler.</p>",
        language: .en, speakers: ["Jana Roe"], affiliations: [nil]),
    GrammarCase(
        label: "A city before a title is where, not who",
        html: "<p>Toronto developer Jana Roe presented her compiler.</p>",
        language: .en, speakers: ["Jana Roe"], affiliations: [nil]),
    GrammarCase(
        label: "An English title run that holds no employer",
        html: "<p>The meetup began with a talk by Yves Marchand, who is a Senior Cloud Solution Architect. He presented managed clusters.</p>",
        language: .en, speakers: ["Yves Marchand"], affiliations: [nil]),
    GrammarCase(
        label: "Un « a » après la virgule est le verbe, pas un article",
        html: "<p>Jean Roy, a présenté son outil de migration.</p>",
        speakers: ["Jean Roy"], affiliations: [nil]),
    GrammarCase(
        label: "Un « a » suivi d’un nom qui commence comme un rôle",
        html: "<p>La directrice technique de Moulin Bleu, Anaïs Caron-Roy, a présenté l’architecture de leur plateforme.</p>",
        speakers: ["Anaïs Caron-Roy"], affiliations: ["Moulin Bleu"]),
    GrammarCase(
        label: "A lowercase organization after a capitalized role on a speaker line",
        html: "<h3>Talk 2: Firmware Over Flaky Networks</h3><p><strong>Speaker:</strong> Yuki Tanabe-Hart, Developer Advocate at orbitfold.io</p>",
        language: .en, speakers: ["Yuki Tanabe-Hart"], affiliations: ["orbitfold.io"]),
    GrammarCase(
        label: "A bio sentence about someone who is not a speaker",
        html: "<p>Pia Lund presented her compiler.</p><h2>About the author</h2><p>Tom Hale is a developer at Northwind.</p>",
        language: .en, speakers: ["Pia Lund"], affiliations: [nil]),
    GrammarCase(
        label: "Une école dont le nom court en minuscules après la virgule d’une ligne « Par »",
        html: "<h2>Keynote — Les réseaux maillés</h2><p>Par <strong>Pr Awa Ndiaye Sarr</strong>, École supérieure multinationale des télécommunications.</p>",
        speakers: ["Awa Ndiaye Sarr"], affiliations: ["École supérieure multinationale des télécommunications"]),
    GrammarCase(
        label: "An employer of two words before an acronym title",
        html: "<p>Before lunch, Karoo Pay SRE Aditya Ramesh shared war stories from keeping a payments platform running.</p>",
        language: .en, speakers: ["Aditya Ramesh"], affiliations: ["Karoo Pay"]),
    GrammarCase(
        label: "A compound role after an article",
        html: "<p>Next I caught Kalle Niemi, a designer-developer at Sauna Studio, who demoed container queries.</p>",
        language: .en, speakers: ["Kalle Niemi"], affiliations: ["Sauna Studio"]),
    GrammarCase(
        label: "Le rôle, puis l’employeur, puis le nom",
        html: "<p>Pour ouvrir la soirée, la chercheuse de Mila Yasmine Belkadi nous a présenté « Les LLM n’écriront pas vos tests ».</p>",
        speakers: ["Yasmine Belkadi"], affiliations: ["Mila"]),
    GrammarCase(
        label: "Le rôle, puis l’employeur sans « de »",
        html: "<p>La développeuse Caisse Mélanie Trottier a ouvert le bal avec « PHP 8.3 sans casser la prod ».</p>",
        speakers: ["Mélanie Trottier"], affiliations: ["Caisse"]),
    GrammarCase(
        label: "A school after the comma of a By line",
        html: "<h2>Mesh networks at scale</h2><p>By Kofi Mensah, Polytechnic School of Kumasi.</p>",
        language: .en, speakers: ["Kofi Mensah"], affiliations: ["Polytechnic School of Kumasi"]),
]

@Suite struct AffiliationRuleTests {
    @Test(arguments: affiliationRuleCases)
    func readsTheAffiliation(_ example: GrammarCase) throws {
        let found = talks(html: example.html, language: example.language)
        try #require(found.count == 1, "found \(found.map { $0.speakers.map(\.name) })")
        #expect(found[0].speakers.map(\.name) == example.speakers)
        #expect(found[0].speakers.map(\.affiliation) == example.affiliations)
    }

    @Test func aTableColumnHeadedAsAnOrganizationGivesTheAffiliations() {
        let post = """
            ---
            title: Programme d’avril
            lang: fr
            ---
            | Intervenant | Organisation | Titre |
            |---|---|---|
            | Maxime Delorme | Beffroi Logiciels | Django sans douleur |
            | Salomé Vandamme | — | Jupyter en production |
            """
        let found = talks(post: post)
        #expect(found.map { $0.speakers.map(\.affiliation) } == [["Beffroi Logiciels"], [nil]])
        #expect(found.map(\.title) == ["Django sans douleur", "Jupyter en production"])
    }

    @Test func aLaterWorkplaceDoesNotReplaceOneAlreadyGiven() throws {
        let found = talks(html: "<p>Nadia Roy, developer at Cobalt Lane, presented her linter.</p><p>Nadia Roy is a volunteer at Ferncode.</p>",
                          language: .en)
        try #require(found.count == 1)
        #expect(found[0].speakers.map(\.affiliation) == ["Cobalt Lane"])
    }
}
