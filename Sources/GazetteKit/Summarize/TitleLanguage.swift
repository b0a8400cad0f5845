/// Which language a title is written in. A recap's language says nothing about its titles: French posts
/// quote English titles and give a French translation, English posts sometimes quote a French title.
/// Titles are short, so the test is function words, with accents to break ties; nil when nothing tells.
enum TitleLanguage {
    private static let french: Set<String> = [
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "à", "au", "aux", "en", "dans",
        "sur", "pour", "avec", "sans", "par", "ce", "que", "qui", "ne", "pas", "est", "sont", "votre", "vos",
        "notre", "nos", "sa", "son", "ses", "leur", "comment", "pourquoi", "quand", "grâce",
    ]
    private static let english: Set<String> = [
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "without", "from", "by", "is",
        "are", "your", "our", "my", "how", "why", "what", "when", "into", "at", "as", "it", "not", "all", "us",
        "we", "you", "using", "its", "rest", "just",
    ]

    static func detect(_ text: String) -> Language? {
        let tokens = SummaryWords.tokens(text)
        let fr = tokens.filter(french.contains).count, en = tokens.filter(english.contains).count
        if fr != en { return fr > en ? .fr : .en }
        let accented = text.unicodeScalars.contains { "éèêàâçîôûùëïœÉÈÀÇ".unicodeScalars.contains($0) }
        if fr > 0, accented { return .fr }
        return nil
    }
}
