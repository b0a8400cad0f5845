import Testing
@testable import GazetteKit

@Suite struct IngestLanguageTests {
    let detector = LanguageDetector()
    let reader = RecapReader()

    @Test(arguments: [
        ("Merci à tous d’être venus à la rencontre de mardi soir.", Language.fr),
        ("Thanks to everyone who came to the meetup on Tuesday night.", .en),
        ("Deux présentations sur Kubernetes et une pizza.", .fr),
        ("Two talks about Kubernetes and some pizza.", .en),
        ("L’équipe de Montréal a présenté ses résultats.", .fr),
        ("The Montréal team presented its results in Québec.", .en),
        ("Il était une fois un cluster.", .fr),
        ("It's been a great year for the community.", .en),
    ])
    func shortSentences(text: String, expected: Language) {
        let guess = detector.detect(text)
        #expect(guess.language == expected)
        #expect(guess.isConfident)
    }

    @Test func noEvidenceIsNotConfident() {
        #expect(detector.detect("Kubernetes CNCF 2019").isConfident == false)
        #expect(detector.detect("").isConfident == false)
    }

    @Test(arguments: [
        ("fr", Language.fr), ("fr-CA", .fr), ("FR_fr", .fr), ("French", .fr), ("français", .fr), ("Francais", .fr),
        ("en", .en), ("en-US", .en), ("English", .en), ("anglais", .en), ("eng", .en),
    ])
    func declaredLanguageNames(name: String, expected: Language) {
        #expect(LanguageResolver.language(named: name) == expected)
    }

    @Test func unknownDeclaredLanguageFallsBackToTextWithAWarning() throws {
        let recap = try #require(reader.read(text: "---\ntitle: x\ndate: 2020-01-01\nlang: de\n---\nThe talks were good and the room was full.\n").recaps.first)
        #expect(recap.language == .en)
        #expect(recap.languageSource == .detected)
        #expect(recap.warningMessages.contains { $0.contains("'de' is neither French nor English") })
    }

    @Test func frontMatterBeatsPathBeatsText() throws {
        // English text, declared French: the author's word wins.
        let declared = try #require(reader.read(text: "---\nlanguage: fr-CA\ndate: 2020-01-01\n---\nThe talks were good.\n", name: "en/post.md").recaps.first)
        #expect(declared.language == .fr)
        #expect(declared.languageSource == .frontMatter)

        let aliased = try #require(reader.read(text: "---\ndate: 2020-01-01\naliases: [/fr/2020/01/soiree/]\n---\nThe talks were good.\n").recaps.first)
        #expect(aliased.language == .fr)
        #expect(aliased.languageSource == .path)

        let url = try #require(reader.read(text: "---\ndate: 2020-01-01\nurl: /en/posts/soiree\n---\nLes présentations étaient bonnes.\n").recaps.first)
        #expect(url.language == .en)

        let folder = try #require(reader.read(text: "---\ndate: 2020-01-01\n---\nThe talks were good.\n", name: "content/fr/posts/soiree.md").recaps.first)
        #expect(folder.language == .fr)
        #expect(folder.languageSource == .path)

        let fileName = try #require(reader.read(text: "---\ndate: 2020-01-01\n---\nLes présentations.\n", name: "posts/soiree.en.md").recaps.first)
        #expect(fileName.language == .en)

        let detected = try #require(reader.read(text: "---\ndate: 2020-01-01\n---\nLes présentations étaient très bonnes et nous avons appris beaucoup.\n", name: "posts/soiree.md").recaps.first)
        #expect(detected.language == .fr)
        #expect(detected.languageSource == .detected)
    }

    @Test func pathSegmentsMustBeWhole() {
        #expect(LanguageResolver.languageSegment(in: "/frenchfries/en-route/frites") == nil)
        // Hugo's per-language content folders name the language in full.
        #expect(LanguageResolver.languageSegment(in: "content/french/news/x/index.md") == .fr)
        #expect(LanguageResolver.languageSegment(in: "content/english/news/x/index.md") == .en)
        #expect(LanguageResolver.languageSegment(in: "site/fr/2019/x") == .fr)
        #expect(LanguageResolver.languageInFileName("a/index.fr.html") == .fr)
        #expect(LanguageResolver.languageInFileName("a/fr.html") == nil)
    }

    /// Paths are read by their bytes: capitals and accents must still name the language, and nothing else may.
    @Test func pathLanguagesReadTheSameInAnyCaseAndScript() {
        #expect(LanguageResolver.languageSegment(in: "content/FRANÇAIS/x.md") == .fr)
        #expect(LanguageResolver.languageSegment(in: "/Français/") == .fr)
        #expect(LanguageResolver.languageSegment(in: "blog/En-Ca/post.md") == .en)
        #expect(LanguageResolver.languageSegment(in: "blog/été/fr é/x") == nil)
        #expect(LanguageResolver.languageInFileName("Posts/Index.FR.md") == .fr)
        #expect(LanguageResolver.languageInFileName("posts/x.eN.html") == .en)
        #expect(LanguageResolver.languageInFileName("posts/x.én.html") == nil)
        #expect(LanguageResolver.languageInFileName("posts/x..fr") == nil, "a language before the extension, not as it")
        #expect(LanguageResolver.languageInFileName("fr.en/x.md") == nil, "the file's name, not a folder's")
        #expect(LanguageResolver.languageInFileName("") == nil)
    }
}
