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
        var scanner = WordScanner()
        // Read in place: the scan usually stops after a few hundred words of a longer text.
        var text = text
        text.withUTF8 { scanner.scan($0) }
        scanner.finishWord()
        let tally = scanner.tally

        if tally.french == tally.english {
            return Guess(language: tally.french > 0 ? .fr : .en, isConfident: false)
        }
        return Guess(language: tally.french > tally.english ? .fr : .en, isConfident: true)
    }

    /// The scan's state in one struct with mutating methods: as local variables captured by nested
    /// functions they were boxed, and every access paid a dynamic exclusivity check (a third of the cost).
    private struct WordScanner {
        var tally = Tally()
        var word: [UInt8] = []
        var wordHasApostrophe = false

        init() { word.reserveCapacity(32) }

        /// A byte scan: the accented letters of French are all two-byte UTF-8 (U+00C0–U+017F).
        mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x61 && byte <= 0x7A {
                    word.append(byte)
                } else if byte >= 0x41 && byte <= 0x5A {
                    word.append(byte + 0x20)
                } else if (byte == 0xC3 || byte == 0xC4 || byte == 0xC5), index + 1 < bytes.count {
                    var second = bytes[index + 1]
                    // × and ÷ sit among the letters but are not letters.
                    if byte == 0xC3, second == 0x97 || second == 0xB7 {
                        finishWord()
                    } else {
                        if byte == 0xC3, second >= 0x80, second <= 0x9E { second += 0x20 }
                        if (byte == 0xC3 && LanguageDetector.frenchAccentSecondBytes.contains(second)) || (byte == 0xC5 && second == 0x93) {
                            tally.french += 0.2
                        }
                        word.append(byte)
                        word.append(second)
                    }
                    index += 2
                    continue
                } else if byte == 0x27 {
                    apostrophe()
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                    apostrophe()
                    index += 3
                    continue
                } else {
                    finishWord()
                    if tally.isDecided { return }
                }
                index += 1
            }
        }

        mutating func finishWord() {
            guard !word.isEmpty else { return }
            tally.words += 1
            // Function words are short; longer words cannot match and need no lookup.
            if word.count <= 14 {
                if let languages = word.withUnsafeBufferPointer({ LanguageDetector.functionWordTable[bytes: $0] }) {
                    if languages.french { tally.french += 1 }
                    if languages.english { tally.english += 1 }
                }
                // "don't", "it's": English contractions; French elisions split before the apostrophe instead.
                if wordHasApostrophe, word.last == UInt8(ascii: "t") || word.last == UInt8(ascii: "s") { tally.english += 0.5 }
            }
            word.removeAll(keepingCapacity: true)
            wordHasApostrophe = false
        }

        mutating func apostrophe() {
            // French elides before the apostrophe (l’été → l + été); English contracts after it.
            if LanguageDetector.frenchElisions.contains(String(decoding: word, as: UTF8.self)) {
                finishWord()
            } else if !word.isEmpty {
                wordHasApostrophe = true
                word.append(UInt8(ascii: "'"))
            }
        }
    }

    private struct Tally {
        var french = 0.0
        var english = 0.0
        var words = 0

        /// Past a few hundred words a clear lead does not turn; stopping keeps 10,000 posts fast.
        var isDecided: Bool {
            if words >= LanguageDetector.maximumWords { return true }
            guard words >= 150 else { return false }
            let high = max(french, english)
            let low = min(french, english)
            return high >= 20 && high >= 3 * low
        }
    }

    /// Both lists in one table: a word is hashed once, not once per language.
    fileprivate static let functionWords: [String: (french: Bool, english: Bool)] = {
        var table: [String: (french: Bool, english: Bool)] = [:]
        for word in frenchWords { table[word] = (true, englishWords.contains(word)) }
        for word in englishWords where table[word] == nil { table[word] = (false, true) }
        return table
    }()

    /// `functionWords` looked up by the scanned bytes, without making a `String` of each word.
    fileprivate static let functionWordTable = WordTable(functionWords)

    /// Second UTF-8 bytes (after 0xC3) of é è ê à â ç ù û ô î ï ë.
    fileprivate static let frenchAccentSecondBytes: Set<UInt8> = [0xA9, 0xA8, 0xAA, 0xA0, 0xA2, 0xA7, 0xB9, 0xBB, 0xB4, 0xAE, 0xAF, 0xAB]

    fileprivate static let frenchElisions: Set<String> = ["l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu"]
}
