/// The closed-class words talk extraction reads, each the union over `LanguageWords.all` (one file per
/// language in Languages/, where each list is documented), computed once. The rules ask for a word's class,
/// not its language: recaps mix languages, and the rules must hold on recaps nobody on the team has seen.
enum Lexicon {
    static let sentenceWords: Set<String> = union { $0.sentenceWords }
    static let institutionWords: Set<String> = union { $0.institutionWords }
    static let nameParticles: Set<String> = union { $0.nameParticles }
    static let affiliationMarkers: Set<String> = union { $0.affiliationMarkers }
    static let articles: Set<String> = union { $0.articles }
    static let conjunctions: Set<String> = union { $0.conjunctions }
    static let pronouns: Set<String> = union { $0.pronouns }
    static let nonPredicateStarts: Set<String> = union { $0.nonPredicateStarts }
    static let copulas: Set<String> = union { $0.copulas }
    static let strongVerbStems: [String] = ordered { $0.strongVerbStems }
    /// With their plurals ("PhD students at", « développeurs chez »): a long role word ending otherwise takes an s.
    /// Short ones are left alone, whose plural is a verb as often ("leads", "heads", "hosts").
    static let roleWords: Set<String> = {
        let singular = union { $0.roleWords }
        let plurals = singular.filter { $0.count >= 6 && !$0.hasSuffix("s") && !$0.hasSuffix("x") }.map { $0 + "s" }
        return singular.union(plurals.filter { !speakerNouns.contains($0) && !speakerLabels.contains($0) })
    }()
    static let roleStems: [String] = ordered { $0.roleStems }
    static let agentFillers: Set<String> = union { $0.agentFillers }
    static let hostingWords: Set<String> = union { $0.hostingWords }
    static let hostedObjects: Set<String> = union { $0.hostedObjects }
    static let featuringWords: Set<String> = union { $0.featuringWords }
    static let organizationNouns: Set<String> = union { $0.organizationNouns }
    static let speakerNouns: Set<String> = union { $0.speakerNouns }
    static let speakerLabels: Set<String> = union { $0.speakerLabels }
    static let titleLabels: Set<String> = union { $0.titleLabels }
    static let affiliationLabels: Set<String> = union { $0.affiliationLabels }
    static let labelParticiples: Set<String> = union { $0.labelParticiples }
    /// Longest first across languages, so that "retour d’expérience" is tried before "retour": a stable sort
    /// by length keeps each language's own order among nouns of one length.
    static let talkNouns: [(words: [String], kind: TalkKind)] = LanguageWords.all.flatMap(\.talkNouns).enumerated()
        .sorted { ($0.element.words.count, $1.offset) > ($1.element.words.count, $0.offset) }
        .map(\.element)
    static let agentPrepositions: Set<String> = union { $0.agentPrepositions }
    static let continuationPrepositions: Set<String> = union { $0.continuationPrepositions }
    static let agentHeads: Set<String> = union { $0.agentHeads }
    static let continuationHeads: Set<String> = union { $0.continuationHeads }
    static let renamingWords: Set<String> = union { $0.renamingWords }
    static let releaseNouns: Set<String> = union { $0.releaseNouns }
    static let perfectAuxiliaries: Set<String> = union { $0.perfectAuxiliaries }
    static let otherTimeAuxiliaries: Set<String> = union { $0.otherTimeAuxiliaries }
    static let titleCues: Set<String> = union { $0.titleCues }
    static let honorifics: Set<String> = union { $0.honorifics }
    static let determiners: Set<String> = union { $0.determiners }
    static let talkNounGovernors: Set<String> = union { $0.talkNounGovernors }
    static let openingVerbs: Set<String> = union { $0.openingVerbs }
    static let nonTitlePrepositions: Set<String> = union { $0.nonTitlePrepositions }
    static let organizationAbbreviations: Set<String> = union { $0.organizationAbbreviations }
    static let thanksWords: Set<String> = union { $0.thanksWords }
    static let gratitudeWords: Set<String> = union { $0.gratitudeWords }
    static let backReferences: Set<String> = union { $0.backReferences }

    /// Every class a word belongs to, by the word: a token looks its lowercase form up once when it is made
    /// (`Token.classes`), and the rules then test bits instead of hashing the word again for each list.
    static let classes: [String: WordClasses] = {
        var classes: [String: WordClasses] = [:]
        for (words, wordClass) in classLists {
            for word in words { classes[word, default: []].insert(wordClass) }
        }
        return classes
    }()

    /// `classes` for the tokenizer's one look-up a token, by bytes.
    static let classTable = WordTable(classes)

    /// Each list with its bit: a new list of `LanguageWords` needs its bit in `WordClasses` and its line here.
    static let classLists: [(words: Set<String>, wordClass: WordClasses)] = [
        (sentenceWords, .sentenceWords),
        (institutionWords, .institutionWords),
        (nameParticles, .nameParticles),
        (affiliationMarkers, .affiliationMarkers),
        (articles, .articles),
        (conjunctions, .conjunctions),
        (pronouns, .pronouns),
        (nonPredicateStarts, .nonPredicateStarts),
        (copulas, .copulas),
        (roleWords, .roleWords),
        (agentFillers, .agentFillers),
        (hostingWords, .hostingWords),
        (hostedObjects, .hostedObjects),
        (featuringWords, .featuringWords),
        (organizationNouns, .organizationNouns),
        (speakerNouns, .speakerNouns),
        (speakerLabels, .speakerLabels),
        (labelParticiples, .labelParticiples),
        (agentPrepositions, .agentPrepositions),
        (continuationPrepositions, .continuationPrepositions),
        (agentHeads, .agentHeads),
        (continuationHeads, .continuationHeads),
        (renamingWords, .renamingWords),
        (releaseNouns, .releaseNouns),
        (perfectAuxiliaries, .perfectAuxiliaries),
        (otherTimeAuxiliaries, .otherTimeAuxiliaries),
        (titleCues, .titleCues),
        (honorifics, .honorifics),
        (determiners, .determiners),
        (talkNounGovernors, .talkNounGovernors),
        (openingVerbs, .openingVerbs),
        (nonTitlePrepositions, .nonTitlePrepositions),
        (organizationAbbreviations, .organizationAbbreviations),
        (thanksWords, .thanksWords),
        (gratitudeWords, .gratitudeWords),
        (backReferences, .backReferences),
        (titleLabels, .titleLabels),
        (affiliationLabels, .affiliationLabels),
        (LabelRecord.linkLabels, .linkLabels),
        (Paragraph.calledOffCueWords, .calledOffCues),
        (Paragraph.hostingDutyWords, .hostingDuties),
        (NameGroupParser.leadingVerbs, .leadingVerbs),
        (Paragraph.earlierEditionWords, .earlierEditionWords),
        (Set(talkNounsByFirstWord.keys).union(talkNounPlurals.keys), .talkNounStarts),
    ]

    /// Talk nouns by their first word: the extractor asks at every token.
    static let talkNounsByFirstWord: [String: [(words: [String], kind: TalkKind)]] =
        Dictionary(grouping: talkNouns, by: { $0.words[0] })

    /// Plurals of one-word talk nouns ("talks", « ateliers »), built once: the extractor asks at every token.
    static let talkNounPlurals: [String: TalkKind] = Dictionary(
        talkNouns.filter { $0.words.count == 1 && $0.words[0].count > 3 }.map { ($0.words[0] + "s", $0.kind) },
        uniquingKeysWith: { first, _ in first })

    /// Stems by their first letter: a word is checked against the few that could be its prefix, not all of them.
    private static let strongVerbPrefixes = PrefixStems(strongVerbStems)

    static func isStrongVerb(_ lower: String) -> Bool {
        if strongVerbPrefixes.matchesPrefix(of: lower) { return !notVerbs.contains(lower) }
        // "co-presented", « co-animé »: a shared talk is still presented.
        let bytes = lower.utf8
        guard bytes.count > 5, bytes.first == UInt8(ascii: "c"), lower.hasPrefix("co-") || lower.hasPrefix("co‑") else { return false }
        return strongVerbPrefixes.matchesPrefix(of: String(lower.unicodeScalars.dropFirst(3)))
    }

    /// Adjectives spelled like a presenting verb's stem: « les 90 personnes présentes » attended.
    private static let notVerbs: Set<String> = ["présent", "présents", "présentes"]

    private static func union(_ list: (LanguageWords) -> Set<String>) -> Set<String> {
        LanguageWords.all.reduce(into: []) { $0.formUnion(list($1)) }
    }

    /// Each language's stems in its own order, a stem two languages share kept once.
    private static func ordered(_ list: (LanguageWords) -> [String]) -> [String] {
        var seen: Set<String> = []
        return LanguageWords.all.flatMap(list).filter { seen.insert($0).inserted }
    }
}

/// The closed classes of `Lexicon` a word belongs to, one bit a class.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt64

    /// The first word of a talk noun, or a one-word talk noun's plural.
    static let talkNounStarts = WordClasses(rawValue: 1 << 63)

    static let sentenceWords = WordClasses(rawValue: 1 << 0)
    static let institutionWords = WordClasses(rawValue: 1 << 1)
    static let nameParticles = WordClasses(rawValue: 1 << 2)
    static let affiliationMarkers = WordClasses(rawValue: 1 << 3)
    static let articles = WordClasses(rawValue: 1 << 4)
    static let conjunctions = WordClasses(rawValue: 1 << 5)
    static let pronouns = WordClasses(rawValue: 1 << 6)
    static let nonPredicateStarts = WordClasses(rawValue: 1 << 7)
    static let copulas = WordClasses(rawValue: 1 << 8)
    static let roleWords = WordClasses(rawValue: 1 << 9)
    static let agentFillers = WordClasses(rawValue: 1 << 10)
    static let hostingWords = WordClasses(rawValue: 1 << 11)
    static let hostedObjects = WordClasses(rawValue: 1 << 12)
    static let featuringWords = WordClasses(rawValue: 1 << 13)
    static let organizationNouns = WordClasses(rawValue: 1 << 14)
    static let speakerNouns = WordClasses(rawValue: 1 << 15)
    static let speakerLabels = WordClasses(rawValue: 1 << 16)
    static let labelParticiples = WordClasses(rawValue: 1 << 17)
    static let agentPrepositions = WordClasses(rawValue: 1 << 18)
    static let continuationPrepositions = WordClasses(rawValue: 1 << 19)
    static let agentHeads = WordClasses(rawValue: 1 << 20)
    static let continuationHeads = WordClasses(rawValue: 1 << 21)
    static let renamingWords = WordClasses(rawValue: 1 << 22)
    static let releaseNouns = WordClasses(rawValue: 1 << 23)
    static let perfectAuxiliaries = WordClasses(rawValue: 1 << 24)
    static let otherTimeAuxiliaries = WordClasses(rawValue: 1 << 25)
    static let titleCues = WordClasses(rawValue: 1 << 26)
    static let honorifics = WordClasses(rawValue: 1 << 27)
    static let determiners = WordClasses(rawValue: 1 << 28)
    static let talkNounGovernors = WordClasses(rawValue: 1 << 29)
    static let openingVerbs = WordClasses(rawValue: 1 << 30)
    static let nonTitlePrepositions = WordClasses(rawValue: 1 << 31)
    static let organizationAbbreviations = WordClasses(rawValue: 1 << 32)
    static let thanksWords = WordClasses(rawValue: 1 << 33)
    static let gratitudeWords = WordClasses(rawValue: 1 << 34)
    static let backReferences = WordClasses(rawValue: 1 << 35)
    static let titleLabels = WordClasses(rawValue: 1 << 36)
    static let affiliationLabels = WordClasses(rawValue: 1 << 37)
    static let linkLabels = WordClasses(rawValue: 1 << 38)
    /// "cancelled", "supposed", « désisté »: a talk called off (`Paragraph.isCalledOff`).
    static let calledOffCues = WordClasses(rawValue: 1 << 39)
    /// "announcements", "moderated", « animée »: what a host does (`Paragraph.isHostingDuty`).
    static let hostingDuties = WordClasses(rawValue: 1 << 40)
    /// "leads", « dirige »: who leads a team somewhere works there (`Paragraph.workplace`).
    static let leadingVerbs = WordClasses(rawValue: 1 << 41)
    /// "last" (year), « an », « année » (dernière): an earlier edition (`Paragraph.namesNextOccasion`).
    static let earlierEditionWords = WordClasses(rawValue: 1 << 42)
}
