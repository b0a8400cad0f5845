/// The grammar words of French and English that talk extraction reads. These are closed classes
/// (articles, pronouns, prepositions, presenting verbs and talk nouns), not names from any recap:
/// the rules must hold on recaps nobody on the team has seen.
enum Lexicon {
    /// Capitalized at the start of a sentence, never part of a person's name.
    static let sentenceWords: Set<String> = [
        // French
        "après", "apres", "ensuite", "puis", "enfin", "finalement", "le", "la", "les", "l’", "l'", "un", "une", "des", "du",
        "de", "ce", "cette", "ces", "c’", "c'", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "il",
        "elle", "ils", "elles", "on", "nous", "vous", "je", "à", "au", "aux", "en", "dans", "pour", "par", "avec", "chez",
        "sur", "selon", "merci", "bravo", "félicitations", "lors", "depuis", "pendant", "durant", "comme", "quand",
        "mais", "et", "ou", "donc", "or", "ni", "car", "grâce", "suite", "voici", "voilà", "bienvenue", "également",
        "aussi", "d’abord", "premièrement", "deuxièmement", "dernièrement", "ici", "là", "tout", "toute", "tous",
        "plusieurs", "certains", "chaque", "bref", "bonjour", "salut", "hier", "aujourd’hui", "cependant", "toutefois",
        "pourtant", "ainsi", "alors", "où", "qui", "que", "quoi", "dont", "lundi", "mardi", "mercredi", "jeudi",
        "vendredi", "samedi", "dimanche", "ping", "retour", "conclusion",
        // English
        "after", "following", "next", "then", "finally", "the", "a", "an", "this", "that", "these", "those", "his",
        "her", "their", "our", "my", "its", "he", "she", "they", "we", "you", "i", "it", "in", "at", "on", "for",
        "with", "by", "from", "to", "of", "as", "and", "but", "or", "so", "thanks", "thank", "congratulations",
        "kudos", "meanwhile", "later", "earlier", "also", "lastly", "first", "second", "third", "both", "welcome",
        "during", "when", "while", "once", "before", "since", "special", "big", "huge", "many", "several", "some",
        "all", "each", "every", "here", "there", "today", "yesterday", "however", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "about", "over", "up", "last", "closing", "opening",
    ]

    /// Words that make a capitalized run an organization, product or event rather than a person.
    static let institutionWords: Set<String> = [
        "inc", "corp", "ltd", "llc", "labs", "lab", "solutions", "systems", "networks", "network", "technologies",
        "technology", "tech", "software", "security", "data", "cloud", "native", "foundation", "fondation", "group",
        "groupe", "team", "communications", "consulting", "services", "service", "studio", "studios", "media",
        "digital", "bank", "banque", "university", "université", "college", "collège", "institute", "institut",
        "academy", "ventures", "capital", "partners", "health", "santé", "energy", "meetup", "meetups", "day", "days",
        "summit", "conference", "conférence", "con", "camp", "hub", "mesh", "gateway", "platform", "engine",
        "operator", "streams", "stream", "kubernetes", "docker", "linux", "azure", "google", "microsoft", "amazon",
        "apache", "hat", "canada", "north", "south", "east", "west", "america", "europe", "eu", "vault", "slack",
        "github", "gitlab", "manager", "project", "projet", "city", "ville", "journée", "sig", "working", "channel",
        "club", "association", "society", "société", "agence", "agency", "ministère", "ministry", "government",
        "gouvernement", "office", "bureau", "world", "global", "international", "online", "live", "edition",
        "édition", "episode", "podcast", "blog", "news", "weekly", "monthly", "workshop", "atelier", "lightning",
        "keynote", "talk", "talks", "panel", "demo", "webinar", "kubecon", "cloudnativecon", "devopsdays", "coop",
        "coopérative", "cooperative", "commission", "agence", "centre", "center", "carrefour", "espace", "street", "rue",
        "conseil", "consultants", "informatique", "numérique", "logiciel", "logiciels", "systèmes", "réseaux", "labo",
        "industries", "analytics", "interactive", "robotics", "dynamics", "works", "factory", "collective", "collectif",
        // Technologies and products, which take a person's place in a sentence as easily as a company does.
        "server", "serveur", "framework", "library", "bibliothèque", "bibliothèques", "sdk", "api", "apis", "app", "cli",
        "plugin", "toolkit", "database", "notebook", "notebooks", "python", "java", "javascript", "typescript", "rust",
        "golang", "ruby", "rails", "php", "django", "flask", "react", "node", "jupyter", "learning", "machine", "testing",
        "container", "containers", "continuous", "kafka", "spark", "terraform", "ansible", "helm", "prometheus", "grafana",
        "elixir", "kotlin", "swift", "scala", "haskell", "clojure", "android", "ios", "windows", "macos", "aws", "gcp",
        "openshift", "istio", "envoy", "nginx", "postgres", "postgresql", "mysql", "mongodb", "redis", "wordpress",
        "symfony", "laravel", "drupal", "magento", "vue", "angular", "svelte", "webassembly", "wasm", "blockchain", "ai",
        "ml", "llm", "llms", "devops", "gitops", "finops", "agile", "scrum", "kanban", "version", "release", "edition",
    ]

    /// Lowercase name particles: "Ana de la Cruz", "Ludwig van Beethoven".
    static let nameParticles: Set<String> = [
        "de", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "dos", "das", "del", "della", "bin",
        "ibn", "al", "el", "ter", "zu", "d’", "d'",
    ]

    /// Prepositions that introduce the organization after a name: "from X", "de chez X".
    static let affiliationMarkers: Set<String> = ["from", "of", "at", "chez", "de", "du", "d’", "d'", "@"]

    static let articles: Set<String> = ["the", "la", "le", "les", "l’", "l'"]

    static let conjunctions: Set<String> = ["and", "et", "&"]

    static let pronouns: Set<String> = ["il", "elle", "ils", "elles", "he", "she", "they", "we", "nous", "on"]

    /// Words that cannot start the predicate of a person named before them.
    static let nonPredicateStarts: Set<String> = [
        "de", "du", "des", "d’", "d'", "à", "au", "aux", "pour", "par", "avec", "sur", "dans", "chez", "et", "ou",
        "mais", "le", "la", "les", "l’", "l'", "un", "une", "and", "or", "but", "of", "from", "at", "in", "on",
        "with", "for", "to", "by", "the", "as", "than", "into", "about", "over",
    ]

    static let copulas: Set<String> = ["est", "sont", "était", "étaient", "fut", "is", "are", "was", "were", "be"]

    /// Stems of verbs that present, teach or show, in both languages. Weaker verbs ("gave", "opened",
    /// "concluded") count only with a talk noun ("gave a talk"), which `talkNouns` supplies.
    static let strongVerbStems: [String] = [
        "présent", "present", "discut", "discuss", "expliqu", "explain", "démontr", "demonstr", "demo", "partag",
        "shar", "parl", "spok", "speak", "talk", "décri", "describ", "explor", "analys", "analyz", "pench", "introdu",
        "cover", "review", "outlin", "detail", "highlight", "walk", "racont", "illustr", "dévoil", "unveil", "traité",
        "enseign", "taught", "teach", "anim", "abordé", "aborde", "abordant", "abordait", "aborder", "montré", "montrée",
        "montrer", "montre", "montrait", "montrant", "show", "exposé", "plong", "dove", "dive", "delv", "survol",
        "overview", "aperçu", "revue", "told", "tells", "telling", "teamed", "reprised", "repris", "découvr",
    ]

    /// Job titles and roles written before a name ("Google Developer Expert Dana Roe", "Organizer Pat Nolan"):
    /// capitalized there, but not part of the name.
    static let roleWords: Set<String> = [
        "developer", "expert", "engineer", "advocate", "manager", "director", "architect", "organizer", "organiser",
        "ambassador", "ceo", "cto", "cio", "coo", "vp", "head", "lead", "principal", "senior", "staff", "president",
        "founder", "co-founder", "cofounder", "professor", "student", "researcher", "consultant", "champion", "mvp",
        "chair", "maintainer", "speaker", "host", "moderator", "evangelist", "chief", "officer", "analyst",
        "organisateur", "organisatrice", "ambassadeur", "ambassadrice", "directeur", "directrice", "fondateur",
        "fondatrice", "ingénieur", "ingénieure", "développeur", "développeuse", "architecte", "chercheur",
        "chercheuse", "étudiant", "étudiante", "conférencier", "conférencière", "animateur", "animatrice", "président",
        "présidente", "gde", "mentor", "volunteer", "bénévole",
    ]

    /// Beginnings of job titles in either language: "Responsable Devops", "developer", "Ingénieure".
    static let roleStems: [String] = [
        "responsable", "develop", "développ", "engineer", "ingénieu", "architect", "consult", "manag", "direct", "lead",
        "devops", "sre", "admin", "analyst", "analyste", "designer", "product", "chef", "cto", "ceo", "fondat", "found",
    ]

    /// Words between an agent preposition and the name: "par le duo X", "by our own X".
    static let agentFillers: Set<String> = [
        "le", "la", "les", "l’", "l'", "notre", "nos", "the", "our", "very", "own", "duo", "trio", "binôme", "équipe",
        "team", "collègue", "colleague", "ami", "amie", "friend", "speaker", "speakers", "conférencier", "conférencière",
        "talentueux", "talentueuse", "excellent", "excellente", "great", "amazing", "fantastic", "fabuleux", "fabuleuse",
        "meetup", "veteran", "alum", "alumnus", "regular", "member", "fellow", "habitué", "habituée", "guest", "invité",
        "invitée", "local", "community",
    ]

    /// Words of welcoming: a sentence's subject who welcomes is the host.
    static let hostingWords: Set<String> = ["welcomed", "welcoming", "bienvenue", "accueilli", "accueillie", "accueillait", "greeted", "hosted"]

    /// What a host presents: "introduced the speakers", « présenté les locaux ».
    static let hostedObjects: Set<String> = [
        "speakers", "speaker", "conférenciers", "conférencières", "intervenants", "locaux", "lieux", "venue", "space",
        "everyone", "everybody", "evening", "soirée", "programme", "program", "agenda", "sponsors", "commanditaires",
        "organizers", "organisateurs", "team", "équipe", "association", "group", "groupe", "meetup", "communauté", "community",
    ]

    /// Verbs whose object is the evening's speaker: "the meetup featured X", « la soirée accueillait X ».
    static let featuringWords: Set<String> = ["featured", "featuring", "features", "mettait", "accueillait", "recevait", "starring"]

    /// Common nouns for organizations, after which a capitalized run is the organization's name.
    static let organizationNouns: Set<String> = [
        "startup", "start-up", "company", "firm", "entreprise", "société", "compagnie", "agency", "agence", "bank",
        "banque", "studio", "lab", "labo", "laboratoire", "coop", "coopérative", "team", "équipe", "consultancy",
        "vendor", "fournisseur", "client", "customer", "employer", "employeur", "organisme", "organization",
        "organisation", "university", "université", "nonprofit", "project", "projet",
    ]

    /// Nouns for the person giving the talk: "the speaker, Ben Roe, promised …".
    static let speakerNouns: Set<String> = [
        "speaker", "presenter", "conférencier", "conférencière", "présentateur", "présentatrice", "animateur",
        "animatrice", "intervenant", "intervenante", "panelist", "panéliste",
    ]

    /// Words that label a line naming a talk's speakers: "Speaker: …", "Conférencière : …".
    static let speakerLabels: Set<String> = [
        "speaker", "speakers", "presenter", "presenters", "speaker(s)", "conférencier", "conférenciers", "conférencière",
        "conférencières", "intervenant", "intervenants", "intervenante", "intervenantes", "orateur", "oratrice",
        "orateurs", "présentateur", "présentatrice", "présentateurs", "animateur", "animatrice", "panelist", "panelists",
        "panéliste", "panélistes", "facilitator", "facilitators", "speakeuse", "speakeuses",
    ]

    /// Participles before "par"/"by" in a label line: "Présenté par", "Talk given by".
    static let labelParticiples: Set<String> = [
        "présenté", "présentée", "présentés", "présentées", "proposé", "proposée", "proposés", "animé", "animée", "animés",
        "donné", "donnée", "presented", "given", "led", "hosted", "facilitated", "delivered", "run", "written", "écrit",
        "écrite", "conçu", "conçue", "talk", "lightning",
    ]

    /// Talk nouns and the kind of talk each names, longest first.
    static let talkNouns: [(words: [String], kind: TalkKind)] = [
        (["discours", "liminaire"], .keynote), (["discours", "d’ouverture"], .keynote), (["conférence", "d’ouverture"], .keynote),
        (["keynote"], .keynote), (["plénière"], .keynote), (["opening", "keynote"], .keynote),
        (["lightning"], .lightningTalk), (["éclair"], .lightningTalk), (["flash"], .lightningTalk),
        (["table", "ronde"], .panel), (["panel"], .panel), (["panelists"], .panel), (["panélistes"], .panel),
        (["période", "de", "questions"], .panel), (["q&a"], .panel), (["ama"], .panel),
        (["étude", "de", "cas"], .caseStudy), (["case", "study"], .caseStudy), (["retour", "d’expérience"], .caseStudy),
        (["retour", "d'expérience"], .caseStudy), (["user", "story"], .caseStudy), (["retour"], .talk),
        (["démonstration"], .demo), (["démo"], .demo), (["demo"], .demo), (["live", "demo"], .demo),
        (["conférence"], .talk), (["présentation"], .talk), (["presentation"], .talk), (["talk"], .talk),
        (["session"], .talk), (["exposé"], .talk), (["causerie"], .talk), (["discours"], .talk), (["atelier"], .talk),
        (["workshop"], .talk), (["allocution"], .talk), (["tutoriel"], .talk), (["tutorial"], .talk), (["tour"], .talk),
    ]

    /// Words after which a name is the speaker of the talk just named: "une conférence éclair par X",
    /// "suivi par X", "a talk by X", "continued with X".
    static let agentPrepositions: Set<String> = ["par", "by", "de", "d’", "d'", "from"]
    static let continuationPrepositions: Set<String> = ["with", "avec"]
    static let agentHeads: Set<String> = [
        "conférence", "présentation", "presentation", "talk", "keynote", "démo", "demo", "démonstration", "session",
        "discours", "exposé", "atelier", "workshop", "retour", "éclair", "lightning", "panel", "suivi", "suivie",
        "followed", "proposée", "proposé", "présentée", "presented", "given", "donnée", "animé", "animée", "led",
        "keynotes", "talks", "causerie", "tutorial", "tutoriel", "allocution", "update", "discussion", "intervention",
        "mise", "bilan", "horizon", "survol", "aperçu", "revue", "introduction", "overview", "review", "recap", "primer",
    ]
    static let continuationHeads: Set<String> = [
        "continued", "continuée", "continué", "poursuivie", "poursuivi", "began", "begun", "started", "opened",
        "kicked", "off", "commencé", "commencée", "débuté", "ouvert", "ouverte", "closed", "ended", "wrapped", "up",
        "terminé", "terminée", "clôturé", "clôturée", "conclu", "concluded",
    ]

    /// Words that give a talk a new title: "or as she renamed it, ‘…’", « rebaptisée ‘…’ ».
    static let renamingWords: Set<String> = ["renamed", "retitled", "rebaptisée", "rebaptisé", "renommée", "renommé", "rebranded"]

    /// Auxiliaries that mark another time only before a participle: "had presented", not "had the pleasure".
    static let perfectAuxiliaries: Set<String> = ["had", "avait", "avaient"]

    /// Markers that the talk happens elsewhere or another time: future, pluperfect, conditional.
    static let otherTimeAuxiliaries: Set<String> = [
        "will", "’ll", "avait", "avaient", "had", "va", "vont", "would", "shall", "going", "allait", "pourra",
        "upcoming", "prochaine", "prochain", "peuvent", "peut", "pourront", "pourrait", "pourraient", "can", "could",
        "may", "might",
    ]

    /// Words that set a quoted text up as a title: "présenté : « … »", "a talk called ‘…’".
    static let titleCues: Set<String> = [
        "présenté", "présentée", "présentant", "présentera", "présentation", "presented", "presenting", "presents",
        "present", "called", "titled", "entitled", "named", "intitulé", "intitulée", "intitulés", "nommée", "conférence",
        "talk", "keynote", "session", "rebaptisée", "renamed", "demo", "démo", "lightning", "éclair", "sur", "on",
        "about", "workshop", "atelier", "exposé", "panel", "discours", "liminaire", "presentation", "delivered", "gave",
        "intitulées", "thème", "theme", "topic", "sujet", "asked", "demandé", "slides", "diapositives", "deck",
        "intitulait", "s’intitulait", "s'intitulait", "titled", "for",
    ]

    /// Titles before a name, not part of it: "Dr. Margaret Ishikawa", "Mme Roy".
    static let honorifics: Set<String> = ["dr", "dre", "mr", "mrs", "ms", "mme", "mlle", "prof", "pr", "sir", "dame"]

    /// Determiners: a capitalized run after one is a thing ("the Maple Ledger crew"), not a person.
    static let determiners: Set<String> = ["the", "a", "an", "la", "le", "les", "un", "une", "l’", "l'", "this", "that", "ce", "cette"]

    /// Verbs and prepositions that make a following talk noun the act of the subject: "a donné une conférence",
    /// "gave a talk", "avec un discours" — unlike "dans son atelier", where the noun is a place.
    static let talkNounGovernors: Set<String> = [
        "avec", "with", "par", "by", "donné", "donne", "gave", "give", "giving", "given", "fait", "faite", "made", "animé",
        "anime", "animait", "led", "leads", "ran", "runs", "delivered", "offert", "offered", "présenté", "presented",
        "proposé", "held", "tenu", "hosted", "prononcé", "enchaîné", "followed", "suivi", "squeezed", "did", "does",
        "gives", "donnait", "faisait", "lancé", "ouvert", "opened", "took", "teamed",
    ]

    /// Verbs that open or close an evening with something: "kicked off the evening with …",
    /// "a clôturé la journée avec …", "ont enchaîné avec …". What comes after "with" is the talk.
    static let openingVerbs: Set<String> = [
        "kicked", "wrapped", "opened", "closed", "began", "started", "ended", "followed", "finished", "enchaîné",
        "enchaînée", "clôturé", "clôturée", "ouvert", "ouverte", "lancé", "lancée", "commencé", "commencée",
        "terminé", "terminée", "conclu", "concluded", "poursuivi", "continued", "débuté", "bal", "suivi", "suivie",
        "things", "off",
    ]

    /// Words after which a quoted text is a nickname or a product, not a title: "avec “Service Mesh Hub”".
    static let nonTitlePrepositions: Set<String> = [
        "avec", "with", "comme", "like", "surnommé", "surnommée", "nicknamed", "dubbed", "appelé", "appelée",
        "baptisé", "baptisée", "calls", "appelle", "nomme", "dit", "said", "says", "disait",
    ]

    /// Organization abbreviations that end with a period: "DataNord Inc., …".
    static let organizationAbbreviations: Set<String> = ["inc", "ltd", "ltée", "corp", "co", "llc", "enr", "s.a", "gmbh"]

    /// Sentences that thank, host or sponsor; people named there are not speakers unless a talk is named too.
    static let thanksWords: Set<String> = [
        "merci", "thanks", "thank", "remercie", "remercions", "remercier", "sponsor", "sponsors", "sponsored",
        "sponsoring", "commandité", "commanditer", "commandite", "commanditaire", "commanditaires", "hébergés",
        "hébergé", "héberger", "hosted", "hosting", "host", "hôte", "welcomed", "accueillis", "accueilli",
    ]

    /// Words of gratitude only: people thanked in such a sentence are hosts or sponsors unless a talk is named.
    static let gratitudeWords: Set<String> = [
        "merci", "thanks", "thank", "remercie", "remercions", "remercier", "remerciements", "grateful", "reconnaissants",
        "kudos", "shout-out", "shoutout",
    ]

    /// Possessive heads that point back to the talk just introduced: "Sa conférence, intitulée …".
    static let backReferences: Set<String> = [
        "sa", "son", "leur", "his", "her", "their", "the", "la", "cette", "this",
    ]

    /// Talk nouns by their first word: the extractor asks at every token.
    static let talkNounsByFirstWord: [String: [(words: [String], kind: TalkKind)]] =
        Dictionary(grouping: talkNouns, by: { $0.words[0] })

    static func isStrongVerb(_ lower: String) -> Bool { strongVerbStems.contains { lower.hasPrefix($0) } }
}
