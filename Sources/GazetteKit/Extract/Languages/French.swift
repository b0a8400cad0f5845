/// French closed-class words: the grammar of French recaps, not names from any one recap.
extension LanguageWords {
    static let french = LanguageWords(
        sentenceWords: [
            "après", "apres", "ensuite", "puis", "enfin", "finalement", "le", "la", "les", "l’", "l'", "un", "une",
            "des", "du", "de", "ce", "cette", "ces", "c’", "c'", "son", "sa", "ses", "leur", "leurs", "notre", "nos",
            "votre", "vos", "il", "elle", "ils", "elles", "on", "nous", "vous", "je", "à", "au", "aux", "en", "dans",
            "pour", "par", "avec", "chez", "sur", "selon", "merci", "bravo", "félicitations", "lors", "depuis",
            "pendant", "durant", "comme", "quand", "mais", "et", "ou", "donc", "or", "ni", "car", "grâce", "suite",
            "voici", "voilà", "bienvenue", "malheureusement", "heureusement", "également", "aussi", "d’abord", "premièrement", "deuxièmement",
            "dernièrement", "ici", "là", "tout", "toute", "tous", "plusieurs", "certains", "chaque", "bref", "bonjour",
            "salut", "hier", "aujourd’hui", "cependant", "toutefois", "pourtant", "ainsi", "alors", "où", "qui", "que",
            "quoi", "dont", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ping", "retour",
        ],
        institutionWords: [
            "chemin", "avenue", "boulevard", "quai", "impasse", "allée",
            "fondation", "groupe", "banque", "université", "collège", "institut", "santé", "conférence", "projet",
            "ville", "journée", "société", "agence", "ministère", "gouvernement", "édition", "atelier", "coopérative",
            "centre", "carrefour", "espace", "rue", "conseil", "informatique", "numérique", "logiciel", "logiciels",
            "systèmes", "réseaux", "labo", "collectif", "serveur", "bibliothèque", "bibliothèques", "assurance",
            "assurances", "mutuelle", "école", "laboratoire", "hôpital", "académie",
        ],
        nameParticles: [],
        affiliationMarkers: ["chez", "de", "du", "d’", "d'"],
        articles: ["la", "le", "les", "l’", "l'"],
        conjunctions: ["et"],
        pronouns: ["il", "elle", "ils", "elles", "nous", "on"],
        nonPredicateStarts: [
            "de", "du", "des", "d’", "d'", "à", "au", "aux", "pour", "par", "avec", "sur", "dans", "chez", "et", "ou",
            "mais", "le", "la", "les", "l’", "l'", "un", "une",
        ],
        copulas: ["est", "sont", "était", "étaient", "fut"],
        strongVerbStems: [
            "présent", "discut", "expliqu", "démontr", "partag", "parl", "décri", "pench", "racont", "dévoil",
            "traité", "enseign", "anim", "abordé", "aborde", "abordant", "abordait", "aborder", "montré", "montrée",
            "montrer", "montre", "montrait", "montrant", "exposé", "plong", "survol", "aperçu", "revue", "repris",
            "découvr",
        ],
        roleWords: [
            "organisateur", "organisatrice", "ambassadeur", "ambassadrice", "directeur", "directrice", "fondateur",
            "fondatrice", "ingénieur", "ingénieure", "développeur", "développeuse", "architecte", "chercheur",
            "chercheuse", "étudiant", "étudiante", "conférencier", "conférencière", "animateur", "animatrice",
            "président", "présidente", "bénévole", "consultant", "consultante", "coach", "expert", "experte",
            "formateur", "formatrice", "enseignant", "enseignante", "professeur", "professeure", "doctorant",
            "doctorante", "administrateur", "administratrice", "stagiaire", "gestionnaire", "conseiller", "conseillère",
            "spécialiste", "pdg", "évangéliste", "associé", "associée", "partenaire", "vice-président",
            "vice-présidente", "programmeur", "programmeuse", "technicien", "technicienne", "coordonnateur",
            "coordonnatrice", "coordinateur", "coordinatrice", "chargé", "chargée", "cofondateur", "cofondatrice",
            "co-fondateur", "co-fondatrice", "concepteur", "conceptrice", "intégrateur", "intégratrice", "entrepreneur",
            "entrepreneure", "postdoctorant", "postdoctorante", "stratège", "gérant", "gérante", "trésorier", "trésorière",
            "secrétaire",
        ],
        roleStems: ["responsable", "développ", "ingénieu", "analyste", "chef", "fondat", "consult"],
        agentFillers: [
            "le", "la", "les", "l’", "l'", "notre", "nos", "binôme", "équipe", "collègue", "ami", "amie",
            "conférencier", "conférencière", "talentueux", "talentueuse", "excellente", "fabuleux", "fabuleuse",
            "habitué", "habituée", "invité", "invitée",
        ],
        hostingWords: ["bienvenue", "accueilli", "accueillie", "accueillait"],
        hostedObjects: [
            "conférenciers", "conférencières", "intervenants", "locaux", "lieux", "soirée", "programme",
            "commanditaires", "organisateurs", "équipe", "groupe", "communauté",
        ],
        featuringWords: ["mettait", "met", "mis", "accueillait", "recevait", "écouté", "écoutée", "écoutés", "réuni", "réunissait"],
        organizationNouns: [
            "entreprise", "société", "compagnie", "agence", "banque", "labo", "laboratoire", "coopérative", "équipe",
            "fournisseur", "employeur", "organisme", "organisation", "université", "projet",
        ],
        speakerNouns: Set<String>([
            "conférencier", "conférencière", "présentateur", "présentatrice", "animateur", "animatrice", "intervenant",
            "intervenante", "panéliste",
        ]).union(inclusiveForms),
        speakerLabels: Set<String>([
            "conférencier", "conférenciers", "conférencière", "conférencières", "intervenant", "intervenants",
            "intervenante", "intervenantes", "orateur", "oratrice", "orateurs", "présentateur", "présentatrice",
            "présentateurs", "animateur", "animatrice", "panéliste", "panélistes", "speakeuse", "speakeuses",
        ]).union(inclusiveForms),
        labelParticiples: [
            "présenté", "présentée", "présentés", "présentées", "proposé", "proposée", "proposés", "animé", "animée",
            "animés", "donné", "donnée", "conçu", "conçue",
        ],
        talkNouns: [
            (["discours", "liminaire"], .keynote), (["discours", "d’ouverture"], .keynote),
            (["conférence", "d’ouverture"], .keynote), (["plénière"], .keynote), (["éclair"], .lightningTalk),
            (["table", "ronde"], .panel), (["panélistes"], .panel), (["période", "de", "questions"], .panel),
            (["étude", "de", "cas"], .caseStudy), (["retour", "d’expérience"], .caseStudy),
            (["retour", "d'expérience"], .caseStudy), (["retour"], .talk), (["démonstration"], .demo),
            (["démo"], .demo), (["conférence"], .talk), (["présentation"], .talk), (["exposé"], .talk),
            (["causerie"], .talk), (["discours"], .talk), (["atelier"], .talk), (["allocution"], .talk),
            (["tutoriel"], .talk),
        ],
        agentPrepositions: ["par", "de", "d’", "d'"],
        continuationPrepositions: ["avec"],
        agentHeads: [
            "conférence", "présentation", "démo", "démonstration", "discours", "exposé", "atelier", "retour", "éclair",
            "suivi", "suivie", "proposée", "proposé", "présentée", "donnée", "animé", "animée", "causerie", "tutoriel",
            "allocution", "intervention", "mise", "bilan", "horizon", "survol", "aperçu", "revue", "assurée", "assuré",
            "assurées", "assurés",
        ],
        continuationHeads: [
            "continuée", "continué", "poursuivie", "poursuivi", "commencé", "commencée", "débuté", "ouvert", "ouverte",
            "terminé", "terminée", "clôturé", "clôturée", "conclu",
        ],
        renamingWords: ["rebaptisée", "rebaptisé", "renommée", "renommé"],
        releaseNouns: ["mise", "feuille", "fonctionnalités", "nouveautés"],
        perfectAuxiliaries: ["avait", "avaient"],
        otherTimeAuxiliaries: [
            "avait", "avaient", "va", "vont", "allait", "pourra", "prochaine", "prochain", "peuvent", "peut",
            "pourront", "pourrait", "pourraient",
        ],
        titleCues: [
            "présenté", "présentée", "présentant", "présentera", "présentation", "intitulé", "intitulée", "intitulés",
            "nommée", "conférence", "rebaptisée", "démo", "éclair", "sur", "atelier", "exposé", "discours",
            "liminaire", "intitulées", "thème", "sujet", "demandé", "diapositives", "intitulait", "s’intitulait",
            "s'intitulait",
        ],
        honorifics: ["dre", "mme", "mlle", "pr"],
        determiners: ["la", "le", "les", "un", "une", "l’", "l'", "ce", "cette"],
        talkNounGovernors: [
            "avec", "par", "donné", "donne", "fait", "faite", "animé", "anime", "animait", "offert", "présenté",
            "proposé", "tenu", "prononcé", "enchaîné", "suivi", "donnait", "faisait", "lancé", "ouvert",
        ],
        openingVerbs: [
            "enchaîné", "enchaînée", "clôturé", "clôturée", "ouvert", "ouverte", "lancé", "lancée", "commencé",
            "commencée", "terminé", "terminée", "conclu", "poursuivi", "débuté", "bal", "suivi", "suivie",
        ],
        nonTitlePrepositions: [
            "avec", "comme", "surnommé", "surnommée", "appelé", "appelée", "baptisé", "baptisée", "appelle", "nomme",
            "dit", "disait",
        ],
        organizationAbbreviations: ["ltée", "enr", "s.a"],
        thanksWords: [
            "merci", "remercie", "remercions", "remercier", "commandité", "commanditer", "commandite", "commanditaire",
            "commanditaires", "hébergés", "hébergé", "héberger", "hôte", "accueillis", "accueilli",
        ],
        gratitudeWords: ["merci", "remercie", "remercions", "remercier", "remerciements", "reconnaissants"],
        backReferences: ["sa", "son", "leur", "la", "cette"],
        titleLabels: ["titre", "sujet", "thème", "talk"],
        affiliationLabels: ["entreprise", "société", "organisation", "employeur", "structure"]
    )
}

/// Inclusive writing of the words for a speaker, with a middle dot or a full stop: « Orateur·ice : »,
/// « les intervenant·es », « conférencier.ère ». The tokenizer keeps such a word whole.
private let inclusiveForms: [String] = [
    ("conférencier", ["ère", "ères", "e", "es", "e·s"]), ("intervenant", ["e", "es", "e·s"]),
    ("orateur", ["ice", "ices", "rice", "rices", "ice·s", "trice", "trices"]), ("présentateur", ["ice", "ices", "rice", "rices", "trice", "trices"]),
    ("animateur", ["ice", "ices", "rice", "rices", "trice", "trices"]),
].flatMap { base, endings in endings.flatMap { ["\(base)·\($0)", "\(base).\($0)"] } }
