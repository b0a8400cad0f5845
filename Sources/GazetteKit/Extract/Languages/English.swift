/// English closed-class words: the grammar of English recaps, not names from any one recap.
extension LanguageWords {
    static let english = LanguageWords(
        sentenceWords: [
            "on", "or", "after", "following", "next", "then", "finally", "the", "a", "an", "this", "that", "these",
            "those", "his", "her", "their", "our", "my", "its", "he", "she", "they", "we", "you", "i", "it", "in",
            "at", "for", "with", "by", "from", "to", "of", "as", "and", "but", "so", "thanks", "thank",
            "congratulations", "kudos", "meanwhile", "later", "earlier", "also", "lastly", "first", "second", "third",
            "both", "welcome", "during", "when", "while", "once", "before", "since", "special", "big", "huge", "many",
            "several", "some", "all", "each", "every", "here", "there", "today", "yesterday", "however", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "about", "over", "up", "last",
            "closing", "opening", "unfortunately", "sadly", "luckily", "fortunately", "happily", "alas",
        ],
        institutionWords: [
            "inc", "corp", "ltd", "llc", "labs", "lab", "systems", "networks", "network", "technology", "software",
            "security", "data", "native", "foundation", "group", "team", "consulting", "digital", "bank", "university",
            "college", "institute", "academy", "ventures", "partners", "health", "energy", "day", "days", "summit",
            "conference", "mesh", "gateway", "platform", "engine", "operator", "streams", "stream", "north", "south",
            "east", "west", "america", "manager", "project", "city", "working", "channel", "society", "agency",
            "ministry", "government", "office", "world", "online", "live", "edition", "episode", "news", "weekly",
            "monthly", "workshop", "lightning", "talk", "talks", "cooperative", "center", "street", "analytics",
            "interactive", "robotics", "dynamics", "works", "factory", "collective", "server", "framework", "library",
            "toolkit", "database", "notebook", "notebooks", "learning", "machine", "testing", "container",
            "containers", "continuous", "release", "school", "polytechnic", "hospital", "insurance", "hackerspace",
            "makerspace", "fablab", "hackers", "makers", "avenue", "boulevard", "road",
        ],
        nameParticles: [],
        affiliationMarkers: ["from", "of", "at"],
        articles: ["the"],
        conjunctions: ["and"],
        pronouns: ["he", "she", "they", "we"],
        nonPredicateStarts: [
            "and", "or", "but", "of", "from", "at", "in", "on", "with", "for", "to", "by", "the", "as", "than", "into",
            "about", "over",
        ],
        copulas: ["is", "are", "was", "were", "be"],
        strongVerbStems: [
            "present", "discuss", "explain", "demonstr", "shar", "spok", "speak", "talk", "describ", "analyz", "cover",
            "review", "outlin", "detail", "highlight", "walk", "unveil", "taught", "teach", "show", "dove", "dive",
            "delv", "overview", "told", "tells", "telling", "teamed", "reprised", "live-cod", "livecod", "demoed",
            "demo’d", "demo'd",
        ],
        roleWords: [
            "developer", "engineer", "advocate", "manager", "director", "architect", "organizer", "organiser",
            "ambassador", "head", "lead", "staff", "president", "founder", "co-founder", "cofounder", "professor",
            "student", "researcher", "chair", "maintainer", "speaker", "host", "moderator", "evangelist", "chief",
            "officer", "analyst", "volunteer", "coach", "consultant", "expert", "scientist", "specialist", "designer",
            "trainer", "instructor", "programmer", "administrator", "technologist", "strategist", "contributor",
            "lecturer", "teacher", "intern", "practitioner", "cto", "ceo", "cio", "vp", "advisor", "adviser", "partner",
            "associate", "executive", "educator", "owner", "candidate", "postdoc", "coordinator", "entrepreneur",
            "contractor", "writer", "master", "treasurer", "secretary",
        ],
        roleStems: ["develop", "engineer", "architect", "manag", "lead", "analyst", "product", "found", "consult"],
        agentFillers: [
            "the", "our", "very", "own", "team", "colleague", "friend", "speaker", "speakers", "great", "amazing",
            "fantastic", "veteran", "alum", "alumnus", "regular", "member", "fellow", "guest", "community",
        ],
        hostingWords: ["welcomed", "welcoming", "greeted", "hosted"],
        hostedObjects: [
            "speakers", "speaker", "venue", "space", "everyone", "everybody", "evening", "program", "organizers",
            "team", "group", "community",
        ],
        // "In the morning I caught X on …", "we watched X live-code …": an attendee's account of a talk.
        featuringWords: ["featured", "featuring", "features", "starring", "heard", "caught", "watched", "saw"],
        organizationNouns: [
            "company", "firm", "agency", "bank", "lab", "team", "consultancy", "vendor", "customer", "employer",
            "organization", "university", "nonprofit", "project",
        ],
        speakerNouns: ["speaker", "presenter", "panelist"],
        speakerLabels: [
            "speaker", "speakers", "presenter", "presenters", "speaker(s)", "panelist", "panelists", "facilitator",
            "facilitators",
        ],
        labelParticiples: [
            "presented", "given", "led", "hosted", "facilitated", "delivered", "run", "talk", "lightning",
        ],
        talkNouns: [
            (["opening", "keynote"], .keynote), (["lightning"], .lightningTalk), (["panelists"], .panel),
            (["case", "study"], .caseStudy), (["user", "story"], .caseStudy), (["live", "demo"], .demo),
            (["presentation"], .talk), (["talk"], .talk), (["workshop"], .talk), (["tutorial"], .talk),
        ],
        agentPrepositions: ["by", "from"],
        continuationPrepositions: ["with"],
        agentHeads: [
            "presentation", "talk", "workshop", "lightning", "followed", "presented", "given", "led", "talks",
            "tutorial", "update", "overview", "review", "recap", "primer",
        ],
        continuationHeads: [
            "continued", "began", "begun", "started", "opened", "kicked", "off", "closed", "ended", "wrapped", "up",
            "concluded",
        ],
        renamingWords: ["renamed", "retitled", "rebranded"],
        releaseNouns: ["release", "releases", "update", "roadmap", "features"],
        perfectAuxiliaries: ["had"],
        otherTimeAuxiliaries: [
            "will", "’ll", "had", "would", "shall", "going", "upcoming", "can", "could", "may", "might", "promised",
        ],
        titleCues: [
            "presented", "presenting", "presents", "present", "called", "titled", "entitled", "named", "talk",
            "renamed", "lightning", "on", "about", "workshop", "presentation", "delivered", "gave", "theme", "topic",
            "asked", "slides", "deck", "for",
        ],
        honorifics: ["mr", "mrs", "ms", "sir", "dame"],
        determiners: ["the", "a", "an", "this", "that"],
        talkNounGovernors: [
            "with", "by", "gave", "give", "giving", "given", "made", "led", "leads", "ran", "runs", "delivered",
            "offered", "presented", "held", "hosted", "followed", "squeezed", "did", "does", "gives", "opened", "took",
            "teamed",
        ],
        openingVerbs: [
            "kicked", "wrapped", "opened", "closed", "began", "started", "ended", "followed", "finished", "concluded",
            "continued", "things", "off",
        ],
        nonTitlePrepositions: ["with", "like", "nicknamed", "dubbed", "calls", "said", "says"],
        organizationAbbreviations: ["inc", "ltd", "corp", "co", "llc"],
        thanksWords: ["thanks", "thank", "sponsored", "sponsoring", "hosted", "hosting", "host", "welcomed"],
        gratitudeWords: ["thanks", "thank", "grateful", "kudos", "shout-out", "shoutout"],
        backReferences: ["his", "her", "their", "the", "this"],
        titleLabels: ["title", "topic", "subject", "talk"],
        affiliationLabels: ["affiliation", "company", "organization", "organisation", "employer"]
    )
}
