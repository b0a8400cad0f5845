/// Words of a text as the summarizer compares them: lowercased letters and digits, split at everything
/// else (so French elisions "l’adoption" give "l" and "adoption"), with offsets to cut the text at.
struct SummaryWords {
    struct Word {
        var text: String
        /// Scalar offsets in the source text, end exclusive.
        var start: Int
        var end: Int
    }

    static func words(_ text: String) -> [Word] {
        var result: [Word] = []
        var current = String.UnicodeScalarView()
        var start = 0
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if isWordScalar(scalar) {
                if current.isEmpty { start = offset }
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(Word(text: String(current).lowercased(), start: start, end: offset))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty {
            result.append(Word(text: String(current).lowercased(), start: start, end: text.unicodeScalars.count))
        }
        return result
    }

    static func tokens(_ text: String) -> [String] { words(text).map(\.text) }

    /// Alphabetic or numeric, ASCII decided by value and the rest by `ScalarClasses`.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 }
        return ScalarClasses.classes(of: scalar).contains(.alphanumeric)
    }

    /// A crude stem: accents folded and the word cut to six letters, so "sécurité"/"securite",
    /// "architectures"/"architecture" and "démontré"/"démonstration" meet when titles and
    /// sentences word the same topic differently.
    static func stem(_ word: String) -> String {
        // Most words are plain ASCII, already lowercase (`words` lowercases them), with nothing to fold:
        // Foundation's folding bridges each word to NSString and back, a fifth of summarizing.
        if word.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) }) {
            return String(decoding: word.utf8.prefix(6), as: UTF8.self)
        }
        let folded = word.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(folded.prefix(6))
    }
}
