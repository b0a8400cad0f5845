/// "Lightning talk: Why I Stopped Writing Bash", « Atelier : « Audit en binômes » », "Talk 2: Polars for pandas
/// users": programmes put the kind of a talk, and its number, before its title. The label says what the talk is,
/// not what it is called, so the title is what follows it; a title that is nothing but a label is no title.
enum TitleKindLabel {
    /// The title without a leading kind label; nil when the whole title is one ("Keynote", « La table ronde »).
    static func stripped(_ title: String) -> String? {
        // Most titles open on a word that is neither a kind nor a filler: their first word settles it untokenized.
        if !opensWithLabelWord(title) { return title }
        let scalars = Array(title.unicodeScalars)
        let tokens = Tokenizer.tokens(of: scalars)
        let labelEnd = labelEnd(in: tokens, from: 0, separators: true)
        if labelEnd == -1 { return nil }
        guard let separator = labelEnd else { return title }
        var start = tokens[separator].range.upperBound
        while start < scalars.count, scalars[start].isWhitespaceFast || quoteMarks.contains(scalars[start]) { start += 1 }
        var end = scalars.count
        while end > start, scalars[end - 1].isWhitespaceFast || quoteMarks.contains(scalars[end - 1]) { end -= 1 }
        guard end - start >= 3 else { return title }
        return String(scalars: scalars[start..<end])
    }

    /// The separator ending a kind label that opens at `start` ("Lightning talk:"), -1 when the tokens hold
    /// nothing but the label, nil when they do not open with one. `separators` allows a spaced dash as well as
    /// a colon (a programme line's dashes part its title from its speakers instead).
    static func labelEnd(in tokens: [Token], from start: Int, separators dashes: Bool) -> Int? {
        var index = start
        var sawKind = false
        while index < tokens.count, index - start < 6 {
            let token = tokens[index]
            if token.isWord, kindWords.contains(token.lower) {
                sawKind = true
            } else if token.isWord, fillers.contains(token.lower) || token.first.properties.numericType != nil {
                // "The", "Talk 2", « n° 3 »: only around a kind word.
            } else if !(token.is("#") || token.is("°")) {
                break
            }
            index += 1
        }
        guard sawKind else { return nil }
        if index == tokens.count { return -1 }
        let separator = tokens[index]
        let isDash = (separator.is("–") || separator.is("—")) && separator.spaceBefore
        guard separator.is(":") || separator.is("：") || (dashes && isDash) else { return nil }
        return index
    }

    /// Whether the title's first word (after quote marks and spaces) could start a label.
    private static func opensWithLabelWord(_ title: String) -> Bool {
        var word = ""
        for scalar in title.unicodeScalars {
            // ASCII letters without the Unicode property tables, which cost more than the rest of the test.
            if scalar.value < 0x80 ? (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A : scalar.properties.isAlphabetic {
                word.unicodeScalars.append(scalar)
                if word.utf8.count > 16 { return false }
            } else if !word.isEmpty {
                break
            } else if !(scalar.isWhitespaceFast || quoteMarks.contains(scalar)) {
                // "#2", "n°": a number sign may open a label; look no further than the tokens.
                return true
            }
        }
        let lower = word.lowercased()
        return kindWords.contains(lower) || fillers.contains(lower) || lower == "d" || lower == "l"
    }

    /// Words that name a kind of talk in a programme's label, in both languages.
    private static let kindWords: WordSet = [
        "talk", "talks", "lightning", "keynote", "workshop", "panel", "demo", "session", "tutorial", "fireside", "chat",
        "presentation", "lt", "conférence", "éclair", "atelier", "table", "ronde", "démo", "démonstration", "présentation",
        "plénière", "causerie", "tutoriel", "exposé",
    ]

    private static let fillers: WordSet = [
        "the", "a", "our", "opening", "closing", "main", "bonus", "short", "live", "invited", "guest", "la", "le", "l’", "l'",
        "notre", "n", "no", "d’ouverture", "d'ouverture", "de", "clôture", "principale", "invitée", "courte",
        // "Talk two:", « Présentation numéro trois : ».
        "one", "two", "three", "four", "five", "six", "numéro", "un", "deux", "trois", "quatre", "cinq",
    ]

    private static let quoteMarks: Set<Unicode.Scalar> = ["«", "»", "“", "”", "‘", "’", "\"", "„", "*", "_"]
}
