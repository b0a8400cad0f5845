/// A quoted stretch of a paragraph. Recaps quote titles with « », “ ”, ‘ ’, ' or ", mix them
/// (« … ’), reverse them (» … »), and sometimes never close them; `closed` tells which.
struct QuoteSpan: Sendable, Equatable {
    /// Scalar offsets of the opening mark and of the closing mark (or where an unclosed quote was judged to end).
    var open: Int
    var close: Int
    var closed: Bool

    var content: Range<Int> { (open + 1)..<close }
}

enum QuoteFinder {
    static func spans(in scalars: [Unicode.Scalar]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var index = 0
        while index < scalars.count {
            guard mayBeQuoteMark(scalars[index]), let closers = closersByOpener[scalars[index]], isOpening(at: index, scalars) else {
                index += 1
                continue
            }
            let span = spanFrom(index, closers: closers, scalars)
            spans.append(span)
            index = span.close + 1
        }
        return spans
    }

    private static func isOpening(at index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        let scalar = scalars[index]
        let before: Unicode.Scalar? = index > 0 ? scalars[index - 1] : nil
        let after: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
        guard let after, !isClosingPunctuation(after) else { return false }
        if let before, Tokenizer.isWordScalar(before) { return false }
        switch scalar {
        case "«", "“", "„", "‹":
            return true
        case "»":
            // A reversed guillemet opens only where a title is announced: "présentera : » Titre »".
            var back = index - 1
            while back >= 0, scalars[back].isWhitespaceFast { back -= 1 }
            return back >= 0 && scalars[back] == ":"
        default:
            // ‘ ' " open only before a word, so apostrophes and stray marks are not taken for quotes.
            return !after.isWhitespaceFast
        }
    }

    private static func spanFrom(_ open: Int, closers: Set<Unicode.Scalar>, _ scalars: [Unicode.Scalar]) -> QuoteSpan {
        let limit = min(scalars.count, open + maximumLength)
        var index = open + 1
        while index < limit {
            let scalar = scalars[index]
            if mayBeQuoteMark(scalar) && closers.contains(scalar) && !isInsideWord(index, scalars) && index > open + 1 {
                return QuoteSpan(open: open, close: index, closed: true)
            }
            index += 1
        }
        return QuoteSpan(open: open, close: unclosedEnd(from: open + 1, scalars), closed: false)
    }

    /// An unclosed quote ends where the text visibly moves on: a translation in parentheses,
    /// or the end of the sentence.
    private static func unclosedEnd(from start: Int, _ scalars: [Unicode.Scalar]) -> Int {
        var index = start
        let limit = min(scalars.count, start + maximumLength)
        while index < limit {
            let scalar = scalars[index]
            if scalar == "(", index > start, scalars[index - 1].isWhitespaceFast { return index - 1 }
            if scalar == "." || scalar == "!" || scalar == "?" {
                var next = index + 1
                while next < scalars.count, scalars[next].isWhitespaceFast { next += 1 }
                if next == scalars.count || (next > index + 1 && scalars[next].isUppercaseFast) { return index }
            }
            index += 1
        }
        return limit - 1
    }

    /// Apostrophes inside words ("Let’s", "l’Opérateur") are not closing quotes.
    private static func isInsideWord(_ index: Int, _ scalars: [Unicode.Scalar]) -> Bool {
        guard index > 0, index + 1 < scalars.count else { return false }
        return Tokenizer.isWordScalar(scalars[index - 1]) && Tokenizer.isWordScalar(scalars[index + 1])
    }

    private static func isClosingPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "," || scalar == "." || scalar == ";" || scalar == ")"
    }

    /// Titles are short; a quote mark followed by 400 characters of prose was never a quote.
    private static let maximumLength = 400

    /// Every mark below is " or ' or from « (U+00AB) up: most scalars of a paragraph are told apart without
    /// hashing them.
    @inline(__always) private static func mayBeQuoteMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x22 || scalar.value == 0x27 || scalar.value >= 0xAB
    }

    private static let closersByOpener: [Unicode.Scalar: Set<Unicode.Scalar>] = [
        "«": ["»", "”", "“", "’"],
        "»": ["»", "«"],
        "“": ["”", "“", "\""],
        "„": ["“", "”"],
        "‹": ["›"],
        "‘": ["’", "‘"],
        "'": ["'", "’"],
        "\"": ["\"", "”"],
    ]
}
