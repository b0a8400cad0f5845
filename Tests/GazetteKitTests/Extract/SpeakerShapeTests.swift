import Testing
@testable import GazetteKit

/// Who gave a talk, in shapes of names, verbs and agendas the other rules did not read: sentences of our own.
@Suite struct SpeakerShapeTests {
    private func speakers(_ html: String, _ language: Language) -> [[String]] {
        talks(html: html, language: language).map { $0.speakers.map(\.name) }
    }

    @Test func theSpeakingSlotBeforeAPastCopulaNamesTheSpeaker() {
        #expect(speakers("<p>First up was <strong>Mira Holt</strong> from Ecosia with “Async in Production”.</p>", .en) == [["Mira Holt"]])
        #expect(speakers("<p>This month’s speaker was Chloé Vasseur, a systems engineer at Lumen.</p>", .en) == [["Chloé Vasseur"]])
        #expect(speakers("<p>Notre deuxième conférencière était Maude Pelletier, de chez Norda.</p>", .fr) == [["Maude Pelletier"]])
        // Who hosts names no speaking slot; next month's speaker is another evening's.
        #expect(speakers("<p>Our MC was Jane Quill.</p>", .en) == [])
        #expect(speakers("<p>Notre animatrice était Jeanne Roux.</p>", .fr) == [])
        #expect(speakers("<p>Next month’s speaker was announced: Ola Brandt.</p>", .en) == [])
    }

    @Test func aTalkCalledOffIsNotGiven() {
        #expect(speakers("<p>Tom Girod, who was supposed to open the evening with a talk on web components, had to cancel.</p><p>Then Ana Vega presented Lit.</p>", .en)
            == [["Ana Vega"]])
        #expect(speakers("<p>The third slot was going to be a talk by Jonas Kell from Fermyon, but he couldn’t travel.</p>", .en) == [])
        #expect(speakers("<p>Luc Ferland devait présenter Terraform, mais il a dû annuler.</p>", .fr) == [])
        // Who stepped in gave a talk, and a title may say "cancellation".
        #expect(speakers("<p>Ana Vega stepped in for Tom Girod, who had to cancel, and presented her work on signals.</p>", .en) == [["Ana Vega"]])
        #expect(speakers("<p>Notre orateur prévu s’est désisté, et Yannick Roe a accepté de faire une présentation.</p>", .fr) == [["Yannick Roe"]])
        #expect(speakers("<p>Then Tomas Weil (Mozilla) gave a talk called “Async Cancellation Is Hard”.</p>", .en) == [["Tomas Weil"]])
    }

    @Test func aTalkMovedToAnotherEveningIsNotGiven() {
        #expect(speakers("<p>Quick note: Bram Hoek’s talk on OKRs, which was originally planned for tonight, has moved to March.</p><p>Then Ana Vega presented Lit.</p>", .en)
            == [["Ana Vega"]])
        // A topic with a capitalized name after "sur" does not end the called-off talk's clause.
        #expect(speakers("<p>La présentation de Yves Kaboré sur Argo CD, initialement prévue à 16 h, n’a pas pu avoir lieu.</p>", .fr) == [])
        #expect(speakers("<p>Ana Vega, originally from Porto, presented Lit.</p>", .en) == [["Ana Vega"]])
        #expect(speakers("<p>Sadly, Kyle Dunn’s talk on WebGPU had to be dropped at the last minute.</p>", .en) == [])
    }

    @Test func oneTalkByTwoPeopleIsOneTalkAndTalksByTwoAreTwo() {
        #expect(speakers("<p>The last talk was given by Grace Njeri and Dennis Otieno.</p>", .en) == [["Grace Njeri", "Dennis Otieno"]])
        #expect(speakers("<p>The last talk was by Grace Njeri (Safaricom) and Dennis Otieno (Kopo).</p>", .en) == [["Grace Njeri", "Dennis Otieno"]])
        #expect(speakers("<p>The lightning talks were given by Grace Njeri and Dennis Otieno.</p>", .en) == [["Grace Njeri"], ["Dennis Otieno"]])
    }

    @Test func anAgentAfterAFutureVerbIsAnotherEveningsInItsOwnClauseOnly() {
        #expect(speakers("<p>The March meetup will feature a talk by Rim Ayadi on OKRs. Then we had a talk by Sam Roe.</p>", .en) == [["Sam Roe"]])
        #expect(speakers("<p>The organizer had planned to talk, so instead we got a lightning talk by Inès Bouzid, a student at INSA Lyon.</p>", .en)
            == [["Inès Bouzid"]])
    }

    @Test func aNicknameInQuotesIsNoPartOfTheName() {
        #expect(speakers("<ul><li><strong>Your tests are a product</strong> by Oleksiy \"Sasha\" Hrytsak (10Clouds)</li></ul>", .en) == [["Oleksiy Hrytsak"]])
        #expect(speakers("<p>Roberta “Bobbie” Marten presented “Clean queues”.</p>", .en) == [["Roberta Marten"]])
    }

    @Test func hostsPresentingTheirCommunityGiveNoTalk() {
        #expect(speakers("<p>Our president, Mathilde Rey, started with a quick presentation of the club. Then Li Wei presented “Rust at school”.</p>", .en)
            == [["Li Wei"]])
        #expect(speakers("<p>Après une présentation rapide de la communauté par Marie-Claude Roy, Paul Girard a présenté « Les génériques ».</p>", .fr)
            == [["Paul Girard"]])
        #expect(speakers("<p>Ana Vega gave a presentation of the Rust compiler.</p>", .en) == [["Ana Vega"]])
    }

    @Test func aCreditLineIsNoTalk() {
        #expect(speakers("<p>Intro.</p><p><em>Photos by Moses Kipkemboi.</em></p>", .en) == [])
        #expect(speakers("<ul><li>Photos et vidéo : Moses Kipkemboi</li><li>Les index partiels – Jeanne Roy</li></ul>", .fr) == [["Jeanne Roy"]])
    }

    @Test func whatTheSubjectDidHasATitleSoItWasATalk() {
        #expect(speakers("<p>Finally Oona Laine did a five-minute rant titled “Why the plotter jams”.</p>", .en) == [["Oona Laine"]])
        #expect(speakers("<p>Ensuite, Hugo Brassard a fait un exposé intitulé « Souder sans se brûler ».</p>", .fr) == [["Hugo Brassard"]])
        #expect(speakers("<p>Oona Laine read a poem called “Ode to YAML”.</p>", .en) == [])
    }

    @Test func whoIsOnStageForAPanelSpeaks() {
        #expect(speakers("<p>Then came the panel, “Is Scrum dead?”. On stage were Iris Bakker from Adyen, Omar Haddad (ING) and Lotte Smit. Sanne moderated.</p>", .en)
            == [["Iris Bakker", "Omar Haddad", "Lotte Smit"]])
    }

    @Test func anAsideBetweenDashesDoesNotHideTheVerb() {
        #expect(speakers("<p>Next, Kojo Asante of Ledgerly — our host for the evening — talked about “Partitioning a large table”.</p>", .en)
            == [["Kojo Asante"]])
    }

    @Test func aPossessiveTalkAfterASentenceAboutSomeoneIsTheirs() {
        #expect(speakers("<p>Tunde Bello joined remotely from Accra, where he works at Paystream. His talk, “Pipelines for payment events”, showed back-pressure.</p>", .en)
            == [["Tunde Bello"]])
        #expect(speakers("<p>Tunde Bello works at Paystream. He likes pipelines.</p>", .en) == [])
    }

    @Test func aPlaceAfterInIsNoPerson() {
        #expect(speakers("<p>This time we were hosted by Kestrel at their office in Prenzlau Hill, with about forty people, three talks and a crate of cola.</p>", .en) == [])
        #expect(speakers("<p>In Jane Roe’s talk, we learned about eBPF.</p>", .en) == [["Jane Roe"]])
    }

    @Test func aBylineIsTheAuthorsWhateverComesBeforeBy() {
        #expect(speakers("<p>Posted on August 19, 2023 by Trần Văn Nam</p><p>Then Ana Vega presented Lit.</p>", .en) == [["Ana Vega"]])
        #expect(speakers("<p>Publié le 26 septembre 2024 par Élise Marchal</p><p>Ana Vega a présenté Lit.</p>", .fr) == [["Ana Vega"]])
    }

    @Test func aPatronymicAfterThreeGivenNames() {
        #expect(speakers("<p>Then a talk by Nur Siti Aminah binti Ismail (Grab).</p>", .en) == [["Nur Siti Aminah binti Ismail"]])
        #expect(speakers("<p>After lunch, Beatriz Carvalho dos Santos, a security engineer at Quarkline, presented SBOMs.</p>", .en)
            == [["Beatriz Carvalho dos Santos"]])
    }

    @Test func lastYearsSpeakerIsAnotherEditions() {
        #expect(speakers("<p>Last year, Rui Tavares’s session on multi-tenancy was the best-rated talk of the day.</p>", .en) == [])
        #expect(speakers("<p>L’an dernier, la présentation de Rui Tavares sur la multilocation avait fait salle comble.</p>", .fr) == [])
    }

    @Test func aVenuesOwnerIsNoSpeaker() {
        #expect(speakers("<p>We met at the Umeda office of Hoshi Denki, with thirty people, a lot of onigiri, and three talks, one of them delivered from far away.</p>", .en) == [])
    }

    @Test func anAttendeesAccountNamesTheSpeakers() {
        #expect(speakers("<p>In the morning I caught Pieter Mostert from Fynbos Labs on multi-tenancy.</p>", .en) == [["Pieter Mostert"]])
        #expect(speakers("<p>I then switched tracks for Zodwa Mthethwa’s “GitOps Without the Hype”, a grounded look at Flux.</p>", .en) == [["Zodwa Mthethwa"]])
        #expect(speakers("<p>Then Farai Moyo live-coded a Crossplane composition from a single claim.</p>", .en) == [["Farai Moyo"]])
    }

    @Test func whoIsQuotedOrCitedIsNoSpeaker() {
        #expect(speakers("<p>Then Dmitri Volk of Stackhaus talked about fewer interfaces. He quoted Rob Parker’s “the bigger the interface, the weaker the abstraction”.</p>", .en)
            == [["Dmitri Volk"]])
        #expect(speakers("<p>As Alan Rusk keeps reminding everyone, most real users are on mid-range phones, and Ingrid had the numbers to show it.</p>", .en) == [])
        #expect(speakers("<p>Comme le dit si bien Raymond Hetter, il doit y avoir une meilleure façon de présenter.</p>", .fr) == [])
    }

    @Test func anEmployerAndARoleBeforeTheName() {
        #expect(talks(html: "<p>Fjordline Browser engineer Ingrid Solheim opened the day with “The Web Platform Is Bigger Than Your Framework”.</p>", language: .en)
            .map { $0.speakers.map { "\($0.name) (\($0.affiliation ?? "-"))" } } == [["Ingrid Solheim (Fjordline Browser)"]])
    }

    @Test func aPromisedTalkIsAnotherEvenings() {
        #expect(speakers("<p>April’s meetup is on the 18th. Sven Lindahl has promised us a talk on Cilium and debugging network policies.</p>", .en) == [])
    }

    @Test func aPresentingStemAfterADeterminerIsANoun() {
        #expect(speakers("<p>Mark Fontaine filmed both talks for our channel.</p>", .en) == [])
        #expect(speakers("<p>Merci à Marc-Antoine Roy, qui a filmé les deux présentations principales.</p>", .fr) == [])
        // Her own talk, or a talk she volunteered for, is hers.
        #expect(speakers("<p>Rhea Lam of Harness looked at the CNCF landscape in her talk.</p>", .en) == [["Rhea Lam"]])
        #expect(speakers("<p>Timéo Barral nous a proposé une version allégée de sa présentation du ForumPHP.</p>", .fr) == [["Timéo Barral"]])
        #expect(speakers("<p>Kevin Hoa s’est porté volontaire pour une présentation éclair sur Nix.</p>", .fr) == [["Kevin Hoa"]])
    }

    @Test func aRoleAndAnEmployerBeforeTheNameInFrench() {
        #expect(talks(html: "<p>La développeuse Caisse Mélanie Trottier a ouvert le bal avec « PHP 8.3 sans casser la prod ».</p>", language: .fr)
            .map { $0.speakers.map(\.name) } == [["Mélanie Trottier"]])
        #expect(talks(html: "<p>Le développeur de MTN Bénin Arnaud Hounsou a lancé les hostilités avec « gRPC au quotidien ».</p>", language: .fr)
            .map { $0.speakers.map(\.name) } == [["Arnaud Hounsou"]])
    }

    @Test func aPostponedTalkNamedByAPossessiveIsNotGiven() {
        #expect(speakers("<p>Kevin Nadal devait nous parler de FrankenPHP, mais il est resté coincé. Sa présentation est reportée à janvier.</p>", .fr) == [])
    }

    @Test func aQuotedTitleAndItsTranslationThenDeNamesTheSpeaker() {
        #expect(speakers("<p>Je suis ensuite passée en salle B pour « Platform engineering: the missing manual » (Ingénierie de plateforme : le manuel manquant) de Kenza Bouzid, de Sopra Steria.</p>", .fr)
            == [["Kenza Bouzid"]])
        #expect(speakers("<p>J’ai adoré « Les tests qui mentent » de Yanis Merle.</p>", .fr) == [["Yanis Merle"]])
    }

    @Test func goingOnAboutSomethingIsPresentingIt() {
        #expect(speakers("<p>Nadia Benali, d’Hydro-Québec, a enchaîné sur la manière dont son équipe découpe ses modules Terraform.</p>", .fr)
            == [["Nadia Benali"]])
    }

    @Test func aHyphenatedGivenNameWithALowercaseSyllable() {
        #expect(speakers("<p><strong>Seo-yeon Kang</strong> demoed a tiny browser extension she wrote.</p>", .en) == [["Seo-yeon Kang"]])
        // A compound's particle is no syllable.
        #expect(speakers("<p>Sign-up Forms presented nothing.</p>", .en) == [])
    }

    @Test func aTalkSomeoneWasDueToGiveIsCalledOff() {
        #expect(speakers("<p>Carmen Ruz was due to give a talk on reusable Terraform modules but was off sick on the day.</p>", .en) == [])
        #expect(speakers("<p>Liam Ferro’s talk on Ansible at scale will move to the March meetup instead.</p>", .en) == [])
        #expect(speakers("<p>In January, @denis_k (Denis Kiprop) will talk about building a small game with Bevy.</p>", .en) == [])
    }

    @Test func perTalkIsNoVerb() {
        #expect(speakers("<p>June’s Go Oslo was our “many short talks” format: five speakers, two questions per talk.</p>", .en) == [])
    }

    @Test func anAsideInParenthesesDoesNotHideTheVerb() {
        #expect(speakers("<p><strong>Björn Åberg</strong> (who also works at Kontor, so he didn’t have far to travel) opened the night by live-coding a rate limiter.</p>", .en)
            == [["Björn Åberg"]])
        #expect(speakers("<p>Then Lucía Ferrer, a final-year student at Trinity College, made the case for learning SQL before Python.</p>", .en)
            == [["Lucía Ferrer"]])
    }

    @Test func aVerbSaidOnceForTwoSpeakers() {
        #expect(speakers("<p>In Toronto, Farah Sadiq talked about golden paths and Daniel Okoro about SLOs.</p>", .en) == [["Farah Sadiq"], ["Daniel Okoro"]])
    }

    @Test func aTalkOwnedAfterTheName() {
        #expect(speakers("<p>Thanks to Jane Roux for her talk on eBPF, and to Acme for the pizza.</p>", .en) == [["Jane Roux"]])
        #expect(speakers("<p>Merci à Zaïna Haddad (alias @zai) pour sa démo, et au Hangar pour l’accueil.</p>", .fr) == [["Zaïna Haddad"]])
        #expect(speakers("<p>Je suis resté en salle B pour Fatou Diallo, data engineer chez Proximus, et sa présentation « Polars pour les utilisateurs de pandas ».</p>", .fr)
            == [["Fatou Diallo"]])
    }

    @Test func givenByInFrench() {
        #expect(speakers("<p>La deuxième présentation, sur les Web Components, était assurée par Dario Bernardi, assistant à la HEIG-VD.</p>", .fr)
            == [["Dario Bernardi"]])
        #expect(speakers("<p>L’invité de la soirée, Bertrand Asante, administrateur système chez Savoir-faire Linux, est revenu sur « Vingt ans de Debian en production ».</p>", .fr)
            == [["Bertrand Asante"]])
    }

    @Test func aVolunteerWhoModeratesAndTheNextRendezVousAreNoTalks() {
        #expect(speakers("<p>Modérée par notre bénévole Sokhna Mbengue, la discussion a abordé le syndrome de l’imposteur.</p>", .fr) == [])
        #expect(speakers("<p>Prochain rendez-vous fin janvier, avec une intervention déjà annoncée de Yacouba Diarra sur les données satellitaires.</p>", .fr) == [])
    }

    @Test func aTalkSlotBeforeACopulaAndAPossessiveAfterAt() {
        #expect(speakers("<p>The second talk of the night was Greta Sorensen’s introduction to Nix, which was also excellent.</p>", .en) == [["Greta Sorensen"]])
        #expect(speakers("<p>The slot was pulled, so I ended up at Yusuf Demirel’s session on Playwright instead.</p>", .en) == [["Yusuf Demirel"]])
        #expect(speakers("<p>She now works at Yusuf Demirel Consulting.</p>", .en) == [])
    }

    @Test func withSomeonesWordsIsNotWithThem() {
        #expect(speakers("<p>Aline Roy talked about costs. She opened with Werner Vogt’s line that “everything fails, all the time”.</p>", .en) == [["Aline Roy"]])
        #expect(speakers("<p>We closed with Zoë Van der Berg’s five-minute talk about going from nursing to analytics.</p>", .en) == [["Zoë Van der Berg"]])
    }

    @Test func aTalkSomeoneWasNotAbleToGive() {
        #expect(speakers("<p>Unfortunately Liam O’Connell wasn’t able to give his talk on scraping property data.</p>", .en) == [])
        #expect(speakers("<p>Francis Boucher’s talk on Laravel Octane, which was on the original programme, has been postponed to our January meetup.</p>", .en) == [])
    }

    @Test func withASpeakerInAFutureSentence() {
        #expect(speakers("<p>September’s meetup will be on the 20th, with Sunita Bhatt from the Bureau of Statistics talking about synthetic data.</p>", .en) == [])
        #expect(speakers("<p>We met on the 20th, with Sunita Bhatt talking about synthetic data.</p>", .en) == [["Sunita Bhatt"]])
    }

    @Test func theNextMeetingsSpeakerIsAnotherEvenings() {
        #expect(speakers("<p>Next meetup: September 28, with a workshop on pytest by Ezequiel Roa.</p>", .en) == [])
        #expect(speakers("<p>Next one is in December — Rui Almar has already volunteered to talk about Hotwire.</p>", .en) == [])
    }

    @Test func whoHostsOrWelcomesIsNoSpeaker() {
        #expect(speakers("<p>Merci à Carole Lapierre, qui nous a accueillis et s’est assurée qu’il y ait assez de pizza pour les 90 personnes présentes.</p>", .fr) == [])
        #expect(speakers("<p>Notre animateur Olivier Bélair a ouvert la soirée en présentant les nouvelles de la communauté.</p>", .fr) == [])
        #expect(speakers("<p>Our host Dana Wu presented the sponsors.</p><p>Then Ana Vega presented Lit.</p>", .en) == [["Ana Vega"]])
        #expect(speakers("<p>Merci à Nordia pour la bouffe, et à Mélanie Cloutard, qui a animé la table ronde de main de maître.</p>", .fr) == [])
        #expect(speakers("""
            <p>What a night! Thanks to everyone who braved the rain to join us at Cobalt’s Montréal office. A shout-out to Elena Marko \
            from Cobalt, who handled everything on the host side. We had about 75 people in the room.</p>
            <p>As usual, Maxime Lareau kicked things off with community announcements: KubeCon is coming up in Paris, and we’re still \
            looking for volunteers to help with the booth at the Montréal tech fair in April.</p>
            """, .en) == [])
        // Opening the evening with a talk is a talk.
        #expect(speakers("<p>Maxime Lareau kicked things off with a talk on Cilium.</p>", .en) == [["Maxime Lareau"]])
    }

    @Test func aNameHeadingOverABioThatGoesOnToTheTalkIsTheSpeakersSection() throws {
        let html = """
            <p>Thanks to Bloomfield for hosting us.</p>
            <h3>Dr. Rebecca Stahl</h3><p>Rebecca leads the NLP group at the Turing Lab. Her talk, “Evaluating models without ground truth”, covered annotation.</p>
            <h3>Arjun Pell</h3><p>Arjun is a machine learning engineer at Monzo. He talked about “Fraud detection under drift”.</p>
            """
        let found = talks(html: html, language: .en)
        try #require(found.count == 2, "\(found.map { $0.speakers.map(\.name) })")
        #expect(found.map { $0.speakers.map(\.name) } == [["Rebecca Stahl"], ["Arjun Pell"]])
        #expect(found.map { $0.speakers[0].affiliation } == ["Turing Lab", "Monzo"])
        #expect(found.map(\.title) == ["Evaluating models without ground truth", "Fraud detection under drift"])
    }

    @Test func aBioUnderANameHeadingStaysABio() {
        // A career in the perfect is no talk of the evening.
        let html = "<p>Jules Roy presented Kyverno.</p><h3>Carol Trang</h3><p>Carol is a writer at Lumen. She has spoken at many conferences.</p>"
        #expect(speakers(html, .en) == [["Jules Roy"]])
    }

    @Test func whoRunsATalkGaveItWhoRunsTheMeetupHostsIt() {
        #expect(speakers("<p>We started with a hands-on workshop, “Property-based testing”, run by Zoe Papas and Mathis Arsen.</p>", .en)
            == [["Zoe Papas", "Mathis Arsen"]])
        #expect(speakers("<p>This meetup is run by Jane Quill and John Dorr.</p>", .en) == [])
    }

    @Test func aKeycapNumbersALineLikeAListMark() {
        #expect(speakers("<p>1️⃣ Oskar Lind (Klarno) kicked things off with <em>New Architecture: is it time?</em></p><p>3️⃣ Ahmed Hass from Spotter: <em>Measuring startup time</em>.</p>", .en)
            == [["Oskar Lind"], ["Ahmed Hass"]])
    }

    @Test func whoTookTheStageSpoke() {
        #expect(speakers("<p>After the break, Rutger Hoofd took the stage. He showed how they used Rector.</p>", .en) == [["Rutger Hoofd"]])
        #expect(speakers("<p>Ensuite, Julie Royer a pris la parole pour parler de Kafka.</p>", .fr) == [["Julie Royer"]])
        // "took the train" is no stage.
        #expect(speakers("<p>Julie Royer took the train from Québec.</p>", .en) == [])
    }

    @Test func anLTIsALightningTalk() throws {
        let found = talks(html: "<p>We ended with a short LT by Daisuke Moro (Yahoo) about go:embed tricks.</p>", language: .en)
        try #require(found.count == 1)
        #expect(found[0].speakers.map(\.name) == ["Daisuke Moro"])
        #expect(found[0].kind == .lightningTalk)
    }

    @Test func aHostsLineIsNoTalk() {
        #expect(speakers("<ul><li>Host: Wanjiru Kamau</li><li>Observability on a budget — Kevin Mwangi</li></ul>", .en) == [["Kevin Mwangi"]])
    }

    @Test func aQuoteRightAfterTheSpeakerIsTheTitle() throws {
        let found = talks(html: "<p>First up was Mira Holt from Ecosia with “Async in Production”.</p>", language: .en)
        try #require(found.count == 1)
        #expect(found[0].title == "Async in Production")
        #expect(found[0].speakers.first?.affiliation == "Ecosia")
    }

    @Test func initialsBeforeTheSurnameAreAName() {
        #expect(speakers("<p>Then T. Okafor presented her work on query planners.</p>", .en) == [["T. Okafor"]])
        #expect(speakers("<p>Next, B. K. Menon demonstrated a tiny scheduler.</p>", .en) == [["B. K. Menon"]])
        #expect(speakers("<ul><li>J. Moreau : Des tests qui comptent</li></ul>", .fr) == [["J. Moreau"]])
    }

    @Test func aCapitalizedParticleCarriesTheNextOnes() {
        #expect(speakers("<p>Hendrik Van der Veen (Polderwerk) a présenté son outil de migration.</p>", .fr) == [["Hendrik Van der Veen"]])
    }

    @Test func aSharedTalkIsPresentedToo() {
        #expect(speakers("<p>Jonas Kerr and Bea Lindgren co-presented their migration to Vue 3.</p>", .en) == [["Jonas Kerr", "Bea Lindgren"]])
        #expect(speakers("<p>Éloi Marchand et Rose Tanguay ont co-animé un atelier sur Terraform.</p>", .fr) == [["Éloi Marchand", "Rose Tanguay"]])
    }

    @Test func peopleAfterAPluralTalkNounGaveOneEach() {
        #expect(speakers("<p>We closed with lightning talks by Ama Boateng, Kris Dahl and Wei Lin on eBPF, Tekton and k9s.</p>", .en)
            == [["Ama Boateng"], ["Kris Dahl"], ["Wei Lin"]])
        #expect(speakers("<p>Ensuite, lightning talks de Paul-Henri Roy, Inès Baali et Luc Morin.</p>", .fr)
            == [["Paul-Henri Roy"], ["Inès Baali"], ["Luc Morin"]])
        // One talk given by two people stays one talk.
        #expect(speakers("<p>A talk by Ana Ruiz and Tom Vega closed the night.</p>", .en) == [["Ana Ruiz", "Tom Vega"]])
    }

    @Test func whoLeadsTheEveningHostsItWhoLeadsAWorkshopGaveIt() {
        #expect(speakers("<p>La soirée, animée par Odile Ferrand, s’est tenue chez Calanque.</p><p>Rémi Tessier a présenté Kyverno.</p>", .fr)
            == [["Rémi Tessier"]])
        #expect(speakers("<p>Un atelier animé par Odile Ferrand a suivi.</p>", .fr) == [["Odile Ferrand"]])
    }

    @Test func whomTheAudienceHeardSpoke() {
        #expect(speakers("<p>We then heard from Tara Quinn about feature flags.</p>", .en) == [["Tara Quinn"]])
        #expect(speakers("<p>Nous avons ensuite écouté Ana Paula Rezende sur la sobriété des grappes.</p>", .fr) == [["Ana Paula Rezende"]])
    }

    @Test func thePostsAuthorIsNotASpeaker() {
        #expect(speakers("<p>Lina Roy a présenté Kyverno.</p><p><em>Article rédigé par Claire, co-organisatrice du meetup.</em></p>", .fr)
            == [["Lina Roy"]])
        #expect(speakers("<p>Lina Roy presented Kyverno.</p><p>Written by Sam Hale for the organisers.</p>", .en) == [["Lina Roy"]])
    }

    @Test func theNextOccasionsSpeakerIsNotTonights() {
        #expect(speakers("<p>Lina Roy presented Kyverno. Our next session on May 16 features Erik Jansen talking about Quarkus.</p>", .en)
            == [["Lina Roy"]])
        #expect(speakers("<p>Lina Roy presented Kyverno. Next, Erik Jansen talked about Quarkus.</p>", .en) == [["Lina Roy"], ["Erik Jansen"]])
    }

    @Test func aListItemsFirstSentenceIsTheEntry() {
        let items = "<ul><li><strong>Ractor en pratique</strong> par Julien Marceau. Julien est développeur indépendant.</li></ul>"
        let found = talks(html: items, language: .fr)
        #expect(found.map { $0.speakers.map(\.name) } == [["Julien Marceau"]])
        #expect(found.first?.title == "Ractor en pratique")
    }

    @Test func aPanelsPeopleListedAfterWithAreOneTalk() {
        let html = """
            <p>Ensuite, place à la table ronde « Se reconvertir : et après ? », animée par notre organisatrice Odile Roy, avec :</p>            <ul><li>Nora Haddi (Alinea)</li><li>Sonia Lamy, développeuse freelance</li></ul>
            """
        let found = talks(html: html, language: .fr)
        #expect(found.map { $0.speakers.map(\.name) } == [["Nora Haddi", "Sonia Lamy"]])
        #expect(found.first?.title == "Se reconvertir : et après ?")
        #expect(found.first?.kind == .panel)
    }

    @Test func aLineOpeningWithWithNamesTheHeadingsPeople() {
        let html = "<h3>Panel: Kubernetes in regulated industries</h3><p>With Katja Vogt (Allsure), Mehmet Yaman and Laura Schulz.</p>"
        #expect(speakers(html, .en) == [["Katja Vogt", "Mehmet Yaman", "Laura Schulz"]])
    }

    @Test func anAgendasHostingSlotsAreNotTalks() {
        let agenda = """
            <ul><li>18:30 — Welcome from the organisers — Fiona Tait</li>\
            <li>18:45 — Intro &amp; community news — Fiona Tait</li>\
            <li>19:00 — Intro to Rust Macros — Dev Anand</li></ul>
            """
        #expect(speakers(agenda, .en) == [["Dev Anand"]])
    }
}
