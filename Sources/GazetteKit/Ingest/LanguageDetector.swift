/// Tells French from English text.
///
/// Hand-written because no language-identification library is available to this package (only
/// argument-parser, Yams and TOMLKit may be used). Two languages with very different function words
/// make it easy: count the frequent small words of each, plus French accented letters, which English
/// text only has in borrowed names (Montréal, Québec) and so weigh little.
public struct LanguageDetector: Sendable {
    public init() {}

    public struct Guess: Sendable, Equatable {
        public var language: Language
        /// false when the text gave no evidence either way (the language is then a default).
        public var isConfident: Bool
    }

    /// Enough words to decide any real recap; reading further only costs time over 10,000 posts.
    static let maximumWords = 3000

    /// Words that are frequent in one language and rare or absent in the other. Words both use
    /// (`a`, `on`, `son`, `plus`, `date`, `client`) are left out on purpose.
    static let frenchWords: Set<String> = [
        "le", "la", "les", "des", "du", "de", "un", "une", "est", "et", "pour", "dans", "avec", "qui", "que", "qu",
        "sur", "nous", "vous", "été", "sont", "au", "aux", "ce", "cette", "ces", "il", "elle", "ils", "elles", "pas",
        "par", "mais", "ou", "où", "leur", "leurs", "ont", "était", "aussi", "comme", "tout", "tous", "très", "se",
        "sa", "ses", "notre", "nos", "votre", "vos", "entre", "lors", "chez", "après", "avant", "depuis", "sous",
        "donc", "car", "ainsi", "peut", "être", "avoir", "en", "à", "ça", "cet", "je", "j", "l", "d", "c", "n", "s",
        "m", "y", "ne", "si", "même", "fait", "deux", "trois", "bien", "merci", "bonjour", "soir", "présentation",
        "conférence", "aujourd", "hui", "vers", "dont", "chaque", "quelques", "pendant",
    ]

    static let englishWords: Set<String> = [
        "the", "and", "of", "to", "is", "was", "were", "with", "for", "that", "this", "by", "from", "are", "be",
        "have", "has", "had", "it", "its", "we", "our", "you", "your", "they", "their", "which", "who", "will",
        "would", "an", "at", "as", "or", "not", "about", "into", "after", "before", "also", "how", "what", "there",
        "these", "those", "been", "can", "all", "his", "her", "he", "she", "them", "then", "than", "when", "where",
        "why", "thanks", "thank", "talk", "talks", "gave", "presented", "us", "my", "i", "if", "so", "do",
        "did", "does", "while", "during", "between", "through", "over", "under", "new", "every", "each",
        "some", "many", "more", "most", "other", "such", "only", "just", "very", "hello", "everyone", "tonight",
        "evening", "speaker", "speakers", "last", "next", "first", "day", "meetup's",
    ]

    public func detect(_ text: String) -> Guess {
        var french = 0.0
        var english = 0.0
        var words = 0
        var word = ""
        var wordHasApostrophe = false

        func finishWord() {
            guard !word.isEmpty else { return }
            words += 1
            if Self.frenchWords.contains(word) { french += 1 }
            if Self.englishWords.contains(word) { english += 1 }
            // "don't", "it's": English contractions; French elisions split before the apostrophe instead.
            if wordHasApostrophe, word.hasSuffix("t") || word.hasSuffix("s") { english += 0.5 }
            word = ""
            wordHasApostrophe = false
        }

        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (0x61...0x7A).contains(value) {
                word.unicodeScalars.append(scalar)
            } else if (0x41...0x5A).contains(value) {
                word.unicodeScalars.append(Unicode.Scalar(value + 0x20)!)
            } else if (0xC0...0x24F).contains(value), value != 0xD7, value != 0xF7 {
                let lower = (0xC0...0xDE).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar
                if Self.frenchAccents.contains(lower) { french += 0.2 }
                word.unicodeScalars.append(lower)
            } else if scalar == "'" || scalar == "’" {
                // French elides before the apostrophe (l’été → l + été); English contracts after it.
                if Self.frenchElisions.contains(word) {
                    finishWord()
                } else if !word.isEmpty {
                    wordHasApostrophe = true
                    word.unicodeScalars.append("'")
                }
            } else {
                finishWord()
                if words >= Self.maximumWords { break }
            }
        }
        finishWord()

        if french == english {
            return Guess(language: french > 0 ? .fr : .en, isConfident: false)
        }
        return Guess(language: french > english ? .fr : .en, isConfident: true)
    }

    private static let frenchAccents: Set<Unicode.Scalar> = ["é", "è", "ê", "à", "â", "ç", "ù", "û", "ô", "î", "ï", "ë", "œ"]
    private static let frenchElisions: Set<String> = ["l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu"]
}
