/// One language's closed-class words (articles, pronouns, prepositions, presenting verbs, talk nouns) as talk
/// extraction reads them. Each language is one file in this folder; `Lexicon` reads the union of `all`, so a
/// third language is a new file, its entry in `all`, and its tests.
struct LanguageWords: Sendable {
    /// Every language the extractor reads, and the words they share.
    static let all: [LanguageWords] = [.french, .english, .neutral]

    /// Capitalized at the start of a sentence, never part of a person's name.
    let sentenceWords: Set<String>
    /// Words that make a capitalized run an organization, product or event rather than a person.
    let institutionWords: Set<String>
    /// Lowercase name particles: "Ana de la Cruz", "Ludwig van Beethoven".
    let nameParticles: Set<String>
    /// Prepositions that introduce the organization after a name: "from X", "de chez X".
    let affiliationMarkers: Set<String>
    /// Definite articles, stepped over at the start of a span of words: "the Maple Ledger crew".
    let articles: Set<String>
    /// Words that join two names into one group: "X and Y", "X et Y".
    let conjunctions: Set<String>
    /// Subject pronouns that stand for the person named last.
    let pronouns: Set<String>
    /// Words that cannot start the predicate of a person named before them.
    let nonPredicateStarts: Set<String>
    /// Forms of "to be" that make what follows a description of the subject: "X est développeuse".
    let copulas: Set<String>
    /// Stems of verbs that present, teach or show. Weaker verbs ("gave", "opened", "concluded") count only
    /// with a talk noun ("gave a talk"), which `talkNouns` supplies.
    let strongVerbStems: [String]
    /// Job titles and roles written before a name ("Google Developer Expert Dana Roe", "Organizer Pat Nolan"):
    /// capitalized there, but not part of the name.
    let roleWords: Set<String>
    /// Beginnings of job titles: "Responsable Devops", "developer", "Ingénieure".
    let roleStems: [String]
    /// Words between an agent preposition and the name: "par le duo X", "by our own X".
    let agentFillers: Set<String>
    /// Words of welcoming: a sentence's subject who welcomes is the host.
    let hostingWords: Set<String>
    /// What a host presents: "introduced the speakers", « présenté les locaux ».
    let hostedObjects: Set<String>
    /// Verbs whose object is the evening's speaker: "the meetup featured X", « la soirée accueillait X ».
    let featuringWords: Set<String>
    /// Common nouns for organizations, after which a capitalized run is the organization's name.
    let organizationNouns: Set<String>
    /// Nouns for the person giving the talk: "the speaker, Ben Roe, promised …".
    let speakerNouns: Set<String>
    /// Words that label a line naming a talk's speakers: "Speaker: …", "Conférencière : …".
    let speakerLabels: Set<String>
    /// Participles before "par"/"by" in a label line: "Présenté par", "Talk given by".
    let labelParticiples: Set<String>
    /// Talk nouns and the kind of talk each names, longest first; `Lexicon.talkNouns` keeps that order
    /// across languages.
    let talkNouns: [(words: [String], kind: TalkKind)]
    /// Words after which a name is the speaker of the talk just named: "une conférence éclair par X",
    /// "a talk by X".
    let agentPrepositions: Set<String>
    /// Words after which a name continues the evening: "continued with X", « poursuivie avec X ».
    let continuationPrepositions: Set<String>
    /// Talk nouns and participles before an agent preposition: "talk by X", « suivi par X ».
    let agentHeads: Set<String>
    /// Verbs of opening, going on and closing before a continuation preposition: "continued with X".
    let continuationHeads: Set<String>
    /// Words that give a talk a new title: "or as she renamed it, ‘…’", « rebaptisée ‘…’ ».
    let renamingWords: Set<String>
    /// What a product presents of itself: "a présenté sa version stable", "unveiled its new release".
    let releaseNouns: Set<String>
    /// Auxiliaries that mark another time only before a participle: "had presented", not "had the pleasure".
    let perfectAuxiliaries: Set<String>
    /// Markers that the talk happens elsewhere or another time: future, pluperfect, conditional.
    let otherTimeAuxiliaries: Set<String>
    /// Words that set a quoted text up as a title: "présenté : « … »", "a talk called ‘…’".
    let titleCues: Set<String>
    /// Titles before a name, not part of it: "Dr. Margaret Ishikawa", "Mme Roy".
    let honorifics: Set<String>
    /// Determiners: a capitalized run after one is a thing ("the Maple Ledger crew"), not a person.
    let determiners: Set<String>
    /// Verbs and prepositions that make a following talk noun the act of the subject: "a donné une conférence",
    /// "gave a talk", "avec un discours" — unlike "dans son atelier", where the noun is a place.
    let talkNounGovernors: Set<String>
    /// Verbs that open or close an evening with something: "kicked off the evening with …",
    /// "a clôturé la journée avec …", "ont enchaîné avec …". What comes after "with" is the talk.
    let openingVerbs: Set<String>
    /// Words after which a quoted text is a nickname or a product, not a title: "avec “Service Mesh Hub”".
    let nonTitlePrepositions: Set<String>
    /// Organization abbreviations that end with a period: "DataNord Inc., …".
    let organizationAbbreviations: Set<String>
    /// Sentences that thank, host or sponsor; people named there are not speakers unless a talk is named too.
    let thanksWords: Set<String>
    /// Words of gratitude only: people thanked in such a sentence are hosts or sponsors unless a talk is named.
    let gratitudeWords: Set<String>
    /// Possessive heads that point back to the talk just introduced: "Sa conférence, intitulée …".
    let backReferences: Set<String>
    /// Labels of a programme record's title field: "Title: …", « Sujet : … ».
    let titleLabels: Set<String>
    /// Labels of a programme record's organization field: "Company: …", « Entreprise : … ».
    let affiliationLabels: Set<String>
}
