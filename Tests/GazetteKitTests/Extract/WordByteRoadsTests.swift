import Testing
@testable import GazetteKit

/// The tokenizer decides most words on their bytes (lowercase form, "could be part of a name"); the
/// general Unicode roads stay the reference, and both must agree on every word, ASCII or accented.
@Suite struct WordByteRoadsTests {
    static let alphabet: [String] = Array("aAbcCdeEiIlMnoOsStTzZ-'’".map(String.init))
        + ["é", "É", "è", "À", "à", "Ç", "ç", "ï", "Ï", "ô", "Ô", "ß", "×", "ÿ", "Þ", "þ", "œ", "Œ", "Ÿ", "ẞ", "İ", "Σ", "ǅ", "µ", "ª", "1"]

    @Test func byteLowercasingMatchesTheStandardLibraryOnRandomWords() {
        var generator = SeededGenerator(state: 11)
        var decidedByBytes = 0
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...12, using: &generator)
            let word = (0..<length).map { _ in Self.alphabet.randomElement(using: &generator)! }.joined()
            if let fast = Tokenizer.latinLowercased(word) {
                decidedByBytes += 1
                #expect(fast == word.lowercased(), "\(word)")
                #expect(Array(fast.utf8) == Array(word.lowercased().utf8), "\(word): same bytes")
            }
        }
        #expect(decidedByBytes > 5_000, "most words take the byte road")
        for word in ["Montréal", "QUÉBEC", "ÀÉÎÕÜ", "Œuvre", "straße", "×Ö", "ÿÞ"] {
            if let fast = Tokenizer.latinLowercased(word) { #expect(fast == word.lowercased(), "\(word)") }
        }
        #expect(Tokenizer.latinLowercased("Œuvre") == nil, "œ is outside Latin-1: the general road")
    }

    @Test func byteNamePartsMatchTheScalarRoadOnRandomWords() {
        var generator = SeededGenerator(state: 12)
        let pieces = ["Mc", "Mac", "Le", "Di", "O'", "D'", "O’", "A", "b", "Bo", "ALL", "x", "-", "'", "’", "Cr", "osby", "Allister", "é", "É",
                      "è", "Ç", "ł", "Ł", "ß", "\u{301}", "Σ", "σ"]
        var names = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...4, using: &generator)
            let word = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = NameGroupParser.isNamePartByScalars(word)
            #expect(NameGroupParser.isNamePart(word) == expected, "\(word)")
            if expected { names += 1 }
        }
        #expect(names > 1_000, "the sample holds names as well as non-names")
        for (word, expected) in [("McAllister", true), ("MacDonald", true), ("O'Connor", true), ("Picard-Lemieux", true),
                                 ("CNCF", false), ("GitOps", false), ("Crosby", true), ("crosby", false), ("A", false), ("Jean-", false)] {
            #expect(NameGroupParser.isNamePart(word) == expected, "\(word)")
        }
    }

    @Test func prefixStemsMatchHasPrefixOnRandomWords() {
        let stems = Lexicon.strongVerbStems + ["présent", "parl", "é"]
        let prefixes = PrefixStems(stems)
        var generator = SeededGenerator(state: 13)
        let pieces = ["pre", "pré", "sent", "ed", "par", "l", "é", "e", "talk", "ed", "x", "demo", "s", "E", "\u{301}"]
        var matches = 0
        for _ in 0..<20_000 {
            let count = Int.random(in: 1...4, using: &generator)
            let word = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let reference = stems.contains { !$0.isEmpty && $0.unicodeScalars.first == word.unicodeScalars.first && word.hasPrefix($0) }
            #expect(prefixes.matchesPrefix(of: word) == reference, "\(word)")
            if reference { matches += 1 }
        }
        #expect(matches > 1_000, "the sample holds verbs as well as other words")
        #expect(Lexicon.isStrongVerb("presented") && Lexicon.isStrongVerb("présenté") && !Lexicon.isStrongVerb("cloud"))
    }
}
