/// Normalized forms of what twins share: the same person, link or city is written the same way in both languages
/// except for accents, case and URL dressing, and those differences must not hide a match.
enum NameKey {
    /// "Félix Roberge" and "Felix  roberge" are one speaker.
    static func speaker(_ name: String) -> String { Slug.make(name) }

    /// "https://www.example.org/slides/" and "http://example.org/slides" are one link.
    static func url(_ href: String) -> String {
        var text = Substring(href.lowercased())
        for scheme in ["https://", "http://", "//"] where text.hasPrefix(scheme) {
            text = text.dropFirst(scheme.count)
            break
        }
        if text.hasPrefix("www.") { text = text.dropFirst(4) }
        if let fragment = text.firstIndex(of: "#") { text = text[..<fragment] }
        while text.hasSuffix("/") { text = text.dropLast() }
        return String(text)
    }

    /// French and English exonyms of the gazetteer's cities, so "Québec" and "Quebec City" agree.
    private static let cityAliases: [String: String] = [
        "quebec-city": "quebec", "ville-de-quebec": "quebec", "copenhague": "copenhagen", "barcelone": "barcelona",
        "londres": "london", "valence": "valencia", "bruxelles": "brussels", "geneve": "geneva",
        "lisbonne": "lisbon", "vienne": "vienna", "singapour": "singapore", "salt-lake": "salt-lake-city",
    ]

    static func city(_ name: String) -> String {
        let slug = Slug.make(name)
        return cityAliases[slug] ?? slug
    }

    /// Years (1900–2099) written in a title: "Journée Cloud Native 2019" and "Montreal Cloud Native Day 2019".
    static func years(in title: String) -> Set<Int> {
        var years: Set<Int> = []
        var value = 0
        var digits = 0
        for scalar in title.unicodeScalars + [" "] {
            if ("0"..."9").contains(scalar) {
                value = value * 10 + Int(scalar.value - 48)
                digits += 1
            } else {
                if digits == 4, (1900...2099).contains(value) { years.insert(value) }
                value = 0
                digits = 0
            }
        }
        return years
    }

    /// Cities named in a title, found with the extractor's gazetteer.
    static func cities(in title: String) -> Set<String> {
        let tokens = Tokenizer.tokens(of: Array(title.unicodeScalars))
        var cities: Set<String> = []
        var index = 0
        while index < tokens.count {
            if let found = CityGazetteer.city(at: index, in: tokens) {
                cities.insert(city(found.name))
                index += found.length
            } else {
                index += 1
            }
        }
        return cities
    }
}
