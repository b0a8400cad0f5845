/// What a language needs to say "Jane Roe (Acme) gave a lightning talk in Montreal: “Title”." from a
/// talk's fields, and the notes that label text not in the edition's language.
struct PhraseTable: Sendable {
    /// Singular and plural verb phrase with the kind's noun: "a présenté une conférence éclair".
    let kindPhrase: @Sendable (TalkKind, _ plural: Bool) -> String
    let and: String
    /// "à Montréal" / "in Montreal" for a list of cities already joined.
    let inCities: @Sendable ([String]) -> String
    /// Titles are quoted the language's way; the colon before them too.
    let quoted: @Sendable (String) -> String
    let colon: String
    /// "résumé en anglais": the summary that follows is in `language`.
    let summaryIn: @Sendable (Language) -> String
    let machineTranslatedFrom: @Sendable (Language) -> String
    /// City names as this language writes them; others are kept as written.
    let cityNames: [String: String]

    static func of(_ language: Language) -> PhraseTable { language == .fr ? french : english }

    static let french = PhraseTable(
        kindPhrase: { kind, plural in
            let verb = plural ? "ont présenté" : "a présenté"
            switch kind {
            case .keynote: return "\(verb) le discours d’ouverture"
            case .talk: return "\(verb) une conférence"
            case .lightningTalk: return "\(verb) une conférence éclair"
            case .demo: return "\(verb) une démonstration"
            case .caseStudy: return "\(verb) une étude de cas"
            case .panel: return plural ? "ont pris part à un panel" : "a animé un panel"
            }
        },
        and: "et",
        inCities: { cities in
            let places = cities.map { "à \($0)" }
            return join(places, and: "et")
        },
        quoted: { "«\u{00A0}\($0)\u{00A0}»" },
        colon: "\u{00A0}:",
        summaryIn: { $0 == .en ? "résumé en anglais" : "résumé en français" },
        machineTranslatedFrom: { $0 == .en ? "traduction automatique de l’anglais" : "traduction automatique du français" },
        cityNames: ["Montreal": "Montréal", "Quebec City": "Québec", "Quebec": "Québec"]
    )

    static let english = PhraseTable(
        kindPhrase: { kind, plural in
            switch kind {
            case .keynote: return "gave the keynote"
            case .talk: return "gave a talk"
            case .lightningTalk: return "gave a lightning talk"
            case .demo: return "gave a demo"
            case .caseStudy: return "presented a case study"
            case .panel: return plural ? "took part in a panel" : "led a panel"
            }
        },
        and: "and",
        inCities: { cities in "in " + join(cities, and: "and") },
        quoted: { "“\($0)”" },
        colon: ":",
        summaryIn: { $0 == .fr ? "summary in French" : "summary in English" },
        machineTranslatedFrom: { $0 == .fr ? "machine-translated from French" : "machine-translated from English" },
        cityNames: ["Montréal": "Montreal", "Québec": "Quebec City", "Ville de Québec": "Quebec City"]
    )

    /// "A", "A et B", "A, B et C".
    static func join(_ items: [String], and: String) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        default: return items.dropLast().joined(separator: ", ") + " \(and) " + items.last!
        }
    }
}

/// City names as each language writes them: "Montréal" in French, "Montreal" in English.
public enum CityName {
    public static func localized(_ city: String, in language: Language) -> String {
        PhraseTable.of(language).cityNames[city] ?? city
    }

    /// Localized and without the duplicates that localizing can create ("Montréal", "Montreal").
    public static func localized(_ cities: [String], in language: Language) -> [String] {
        var result: [String] = []
        for city in cities.map({ localized($0, in: language) }) where !result.contains(city) { result.append(city) }
        return result
    }
}
