/// Places where the community's events happen, as French and English texts write them.
/// A gazetteer, because "à Microsoft" and "à Québec" have the same grammar; only knowing
/// the place tells them apart.
enum CityGazetteer {
    /// Names split into lowercase words, longest first so "Quebec City" wins over "Quebec".
    static let names: [[String]] = {
        let all = [
            "Montréal", "Montreal", "Québec", "Quebec", "Quebec City", "Ville de Québec", "Ottawa", "Gatineau", "Toronto",
            "Kitchener-Waterloo", "Kitchener", "Waterloo", "Sherbrooke", "Trois-Rivières", "Laval", "Longueuil",
            "Halifax", "Moncton", "Fredericton", "Saint John", "Charlottetown", "St. John's", "Hamilton", "London",
            "Mississauga", "Guelph", "Kingston", "Windsor", "Winnipeg", "Regina", "Saskatoon", "Calgary", "Edmonton",
            "Vancouver", "Victoria", "Saguenay", "Rimouski", "Lévis",
            "Boston", "New York", "Chicago", "Seattle", "San Diego", "San Francisco", "Los Angeles", "Detroit",
            "Salt Lake City", "Atlanta", "Las Vegas", "Austin", "Denver", "Portland", "Washington",
            "Copenhague", "Copenhagen", "Barcelone", "Barcelona", "Amsterdam", "Paris", "Londres", "Berlin",
            "Valence", "Valencia", "Lyon", "Nantes", "Lille", "Bordeaux", "Toulouse", "Marseille", "Bruxelles",
            "Brussels", "Genève", "Geneva", "Zurich", "Munich", "Dublin", "Lisbonne", "Lisbon", "Madrid", "Milan",
            "Rome", "Prague", "Vienne", "Vienna", "Shanghai", "Tokyo", "Hong Kong", "Singapour", "Singapore",
            "Sydney", "Bangalore", "Mumbai", "Salt Lake",
        ]
        return all.map { Tokenizer.tokens(of: Array($0.unicodeScalars)).filter(\.isWord).map(\.lower) }
            .sorted { $0.count > $1.count }
    }()

    /// The most words a name has: a city that ends a run of words starts at most this far back.
    static let longestName = names.first?.count ?? 1

    /// Words before a place name that make it a region, not the city ("au Québec").
    static let regionPrepositions: Set<String> = ["au", "du"]

    /// Names by their first word, so each token costs one dictionary lookup.
    private static let byFirstWord = WordTable(Dictionary(grouping: names, by: { $0[0] }))

    /// The city starting at `index`, and how many tokens it spans.
    static func city(at index: Int, in tokens: [Token]) -> (name: String, length: Int)? {
        guard tokens[index].isCapitalized, let candidates = byFirstWord[tokens[index].lower] else { return nil }
        for name in candidates where index + name.count <= tokens.count {
            guard (0..<name.count).allSatisfy({ tokens[index + $0].lower == name[$0] }) else { continue }
            let text = tokens[index..<(index + name.count)].map(\.text).joined(separator: " ")
            return (text, name.count)
        }
        return nil
    }
}
