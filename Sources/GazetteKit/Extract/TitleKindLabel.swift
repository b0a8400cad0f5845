/// "Lightning talk: Why I Stopped Writing Bash", « Atelier : « Audit en binômes » », "Talk 2: Polars for pandas
/// users": programmes put the kind of a talk, and its number, before its title. The label says what the talk is,
/// not what it is called, so the title is what follows it; a title that is nothing but a label is no title.
enum TitleKindLabel {
    /// The title without a leading kind label; nil when the whole title is one ("Keynote", « La table ronde »).
    static func stripped(_ title: String) -> String? {
        if let first = title.unicodeScalars.first, first.value >= 0x30, first.value <= 0x39, let rest = afterTimeSlot(title) {
            return stripped(rest)
        }
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

    /// "09:15 — Opening keynote: …", "19h30 - …", "10:00–10:45 | …": a programme heading's time slot before its
    /// title. Returns what follows the slot and its separator, or nil when the title does not open with one.
    static func afterTimeSlot(_ title: String) -> String? {
        let scalars = Array(title.unicodeScalars)
        var index = 0
        func isDigit(_ at: Int) -> Bool { at < scalars.count && scalars[at].value >= 0x30 && scalars[at].value <= 0x39 }
        func skipSpaces() { while index < scalars.count, scalars[index] == " " || scalars[index] == "\u{A0}" || scalars[index] == "\u{202F}" { index += 1 } }
        /// "9:30", "09h15", "19 h 30", "7pm", "7:30 pm".
        func time() -> Bool {
            let start = index
            while isDigit(index), index - start < 2 { index += 1 }
            guard index > start else { return false }
            let hours = index
            skipSpaces()
            if index < scalars.count, [":", "h", "H"].contains(scalars[index]) {
                index += 1
                skipSpaces()
                let minutes = index
                while isDigit(index), index - minutes < 2 { index += 1 }
                if index - minutes == 1 { return false }
            } else {
                index = hours
                skipSpaces()
                guard index + 1 < scalars.count, ["a", "p", "A", "P"].contains(scalars[index]), ["m", "M"].contains(scalars[index + 1]) else {
                    return false
                }
            }
            let beforeMeridiem = index
            skipSpaces()
            if index + 1 < scalars.count, ["a", "p", "A", "P"].contains(scalars[index]), ["m", "M"].contains(scalars[index + 1]),
               !(index + 2 < scalars.count && scalars[index + 2].properties.isAlphabetic) {
                index += 2
            } else {
                index = beforeMeridiem
            }
            return true
        }
        guard time() else { return nil }
        let afterFirst = index
        skipSpaces()
        // A slot's end: "10:00–10:45", "9h30 à 10h".
        if index < scalars.count, ["-", "–", "—"].contains(scalars[index]) {
            index += 1
            skipSpaces()
            if !time() { index = afterFirst }
        } else if index + 2 < scalars.count, String(String.UnicodeScalarView(scalars[index..<index + 2])).lowercased() == "to" || scalars[index] == "à" {
            let mark = index
            index += scalars[index] == "à" ? 1 : 2
            skipSpaces()
            if !time() { index = mark }
        }
        skipSpaces()
        guard index < scalars.count, ["—", "–", "-", ":", "|", "·", "•", "/"].contains(scalars[index]) else { return nil }
        index += 1
        skipSpaces()
        guard scalars.count - index >= 3 else { return nil }
        return String(String.UnicodeScalarView(scalars[index...]))
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
        "the", "a", "our", "opening", "closing", "main", "bonus", "short", "live", "invited", "guest", "hands-on", "hands", "on", "la", "le", "l’", "l'",
        "notre", "n", "no", "d’ouverture", "d'ouverture", "de", "clôture", "principale", "invitée", "courte",
        // "Talk two:", « Présentation numéro trois : ».
        "one", "two", "three", "four", "five", "six", "numéro", "un", "deux", "trois", "quatre", "cinq",
    ]

    private static let quoteMarks: Set<Unicode.Scalar> = ["«", "»", "“", "”", "‘", "’", "\"", "„", "*", "_"]
}
