extension Edition {
    /// Reads a subscriber's `language` value: `fr`, `en`, `both` and the words people actually type
    /// (`français`, `English`, `bilingue`…), case-insensitively; regional tags (`fr-CA`, `en_US`) count
    /// as their language. Nil for anything else, so the entry is reported rather than guessed.
    init?(subscriberLanguage value: String) {
        var word = value.withoutSurroundingWhitespace().lowercased()
        if let separator = word.firstIndex(where: { $0 == "-" || $0 == "_" }) { word = String(word[..<separator]) }
        switch word {
        case "fr", "fra", "fre", "français", "francais", "french": self = .fr
        case "en", "eng", "english", "anglais": self = .en
        case "both", "bilingual", "bilingue", "fr+en", "en+fr": self = .bilingual
        default: return nil
        }
    }
}
