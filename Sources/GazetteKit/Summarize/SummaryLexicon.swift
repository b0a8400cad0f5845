/// Closed-class words the summarizer needs per language. Kept apart from the extraction `Lexicon`
/// because the questions differ: here, which words carry no topic, which openers are connectives
/// a summary can drop, which words mark logistics rather than content.
struct SummaryLexicon: Sendable {
    /// Function words and the vocabulary of introducing a talk: none of them says what a talk was about.
    let frameWords: Set<String>
    /// Sentence-initial words that open a connective or time phrase ("Ensuite,", "After the break,").
    let openers: Set<String>
    /// Adverbs that tie a sentence to the previous one and can be deleted in place ("a ensuite présenté").
    let linkingAdverbs: Set<String>
    /// Words of sentences about the room, the schedule or the slides rather than the talk's subject.
    let logistics: Set<String>
    /// Pronouns that make a sentence lean on the one before it.
    let anaphora: Set<String>
    /// Words that introduce an affiliation after a name ("from", "de chez").
    let affiliationMarkers: [[String]]

    static func of(_ language: Language) -> SummaryLexicon { language == .fr ? french : english }

    static let english = SummaryLexicon(
        frameWords: words("""
            a an the and or but of in on at to for from with by as about into onto over under than then so
            is are was were be been being has have had do does did will would can could should may might must
            this that these those it its it's he she they we you i his her their our your my them us him me
            who whom whose which what where when why how there here also too very just only not no all any some
            each every both other another more most such own one two three first second last next
            presented presents present presenting gave give gives giving delivered deliver talk talks keynote
            lightning demo demos demoed panel session sessions case study called titled entitled named
            spoke speaking speak talked talking kicked off began begin opened closed wrapped up followed
            following took stage introduced joined shared walked through led day evening night morning
            afternoon event meetup speaker speakers ceo cto vp founder engineer developer architect
            """),
        openers: words("""
            then next after afterwards following finally lastly also before meanwhile kicking later closing
            """),
        linkingAdverbs: words("then also"),
        logistics: words("""
            slides slide recording recorded video videos youtube available online link links here below
            above break lunch dinner pizza beer drinks snacks sponsor sponsors sponsored thanks thank
            audience room attendees questions applause laughs laptops venue
            """),
        anaphora: words("it this that these they"),
        affiliationMarkers: [["from"], ["of"], ["at"]]
    )

    static let french = SummaryLexicon(
        frameWords: words("""
            le la les l un une des du de d et ou mais donc or ni car à au aux en dans sur sous par pour avec
            sans chez vers entre que qu qui quoi dont où ce cet cette ces c ça cela ceci il elle ils elles on
            nous vous je j me m te t se s lui leur leurs son sa ses mon ma mes notre nos votre vos y ne n pas
            plus aussi très tout tous toute toutes autre autres même est sont était étaient été être a ont
            avait avaient avoir fait faire fut puis ensuite enfin après avant comme lors tout
            présenté présente présenter présentant présentation présentations conférence conférences
            éclair discours liminaire ouverture clôture démonstration démo panel table ronde étude cas
            intitulé intitulée intitulés intitulées titre thème nommée donné donnée prononcé animé
            suivi suivie enchaîné commencé lancé clôturé terminé ouvert parlé partagé journée soirée
            matinée après-midi événement meetup conférencier conférencière fondateur fondatrice
            ingénieur ingénieure développeur développeuse architecte
            """),
        openers: words("""
            ensuite puis après enfin finalement aussi premièrement avant également
            """),
        linkingAdverbs: words("ensuite aussi également"),
        logistics: words("""
            diapositives diapos acétates enregistrement vidéo vidéos youtube disponible disponibles
            ligne lien liens ici ci dessous pause dîner souper lunch pizza bière bières commanditaire
            commanditaires commandité merci remercier remercions auditoire public salle participants
            questions applaudissements lumières
            """),
        anaphora: words("cela ceci ça ce il elle ils elles"),
        affiliationMarkers: [["de", "chez"], ["chez"], ["de", "la"], ["de", "l"], ["du"], ["de"], ["d"]]
    )

    private static func words(_ list: String) -> Set<String> {
        Set(list.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
