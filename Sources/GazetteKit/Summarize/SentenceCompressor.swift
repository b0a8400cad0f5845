import Foundation

/// Shortens one evidence sentence by deleting words only, so the result says nothing its source did
/// not: affiliations already shown next to the speaker's name, the title's translation in parentheses,
/// openers that tied it to the sentence before, "then"/"ensuite".
struct SentenceCompressor: Sendable {
    var lexicon: SummaryLexicon
    var speakers: [Speaker]
    var titles: [String]

    func compress(_ sentence: String) -> String {
        var text = sentence
        text = deleteKnownParentheticals(text)
        for speaker in speakers {
            if let affiliation = speaker.affiliation { text = deleteAffiliation(affiliation, of: speaker.name, in: text) }
        }
        text = deleteOpener(text)
        text = deleteLinkingAdverbs(text)
        return SentenceCompressor.tidy(text)
    }

    /// "(Kubernetes : Traverser le gouffre)" repeats the title; "(Acme)" repeats the affiliation.
    private func deleteKnownParentheticals(_ text: String) -> String {
        let known = Set((titles + speakers.compactMap(\.affiliation)).map(SentenceCompressor.key))
        var result = text
        var searchStart = result.startIndex
        while let open = result[searchStart...].firstIndex(of: "("),
              let close = result[open...].firstIndex(of: ")") {
            let inside = String(result[result.index(after: open)..<close])
            if known.contains(SentenceCompressor.key(inside)) {
                var from = open
                while from > result.startIndex, result[result.index(before: from)].isWhitespace {
                    from = result.index(before: from)
                }
                result.removeSubrange(from...close)
                searchStart = from
            } else {
                searchStart = result.index(after: close)
            }
        }
        return result
    }

    /// After the name: ", de chez Acme," / " from Acme" / ", CTO at Acme,"; before it: "Acme’s own ".
    private func deleteAffiliation(_ affiliation: String, of name: String, in text: String) -> String {
        var result = text
        guard let nameRange = result.firstRange(of: name) else { return result }
        let after = result[nameRange.upperBound...]
        if after.hasPrefix(", "), let comma = after.dropFirst(2).firstIndex(where: { $0 == "," }) {
            let segment = after[after.index(after.startIndex, offsetBy: 2)..<comma]
            if segment.contains(affiliation), segment.split(separator: " ").count <= 10 {
                result.removeSubrange(nameRange.upperBound...comma)
                return result
            }
        }
        let afterWords = SummaryWords.words(String(after))
        for marker in lexicon.affiliationMarkers {
            guard afterWords.count > marker.count,
                  afterWords.prefix(marker.count).map(\.text) == marker else { continue }
            let markerEnd = afterWords[marker.count - 1].end
            let rest = String(scalars: after.unicodeScalars.dropFirst(markerEnd))
            let trimmed = rest.drop(while: { $0 == " " || $0 == "\u{00A0}" })
            guard trimmed.hasPrefix(affiliation) else { continue }
            let deleted = markerEnd + (rest.unicodeScalars.count - trimmed.unicodeScalars.count)
                + affiliation.unicodeScalars.count
            // A leading ", " belongs to the deleted phrase when a closing comma follows it.
            var end = after.unicodeScalars.index(after.startIndex, offsetBy: deleted)
            var start = nameRange.upperBound
            if after.hasPrefix(", ") {
                if end < after.endIndex, after[end] == "," { end = after.index(after: end) } else { start = after.index(after.startIndex, offsetBy: 1) }
            }
            result.removeSubrange(start..<end)
            return result
        }
        for possessive in ["’s own ", "'s own ", "’s ", "'s "] {
            let prefix = affiliation + possessive
            if let range = result.firstRange(of: prefix + name) {
                result.removeSubrange(range.lowerBound..<result.index(range.lowerBound, offsetBy: prefix.count))
                return result
            }
        }
        return result
    }

    /// "Ensuite, …", "After a short break, …", "Then Aisha …": the summary has no sentence before it.
    private func deleteOpener(_ text: String) -> String {
        let words = SummaryWords.words(text)
        guard let first = words.first, lexicon.openers.contains(first.text) else { return text }
        let scalars = Array(text.unicodeScalars)
        if let comma = scalars.firstIndex(of: ","), comma < 60,
           words.prefix(while: { $0.start < comma }).count <= 6 {
            return SentenceCompressor.capitalized(String(scalars: scalars[(comma + 1)...]))
        }
        if words.count > 1, let initial = scalars[words[1].start...].first, initial.properties.isUppercase {
            return String(scalars: scalars[words[1].start...])
        }
        return text
    }

    private func deleteLinkingAdverbs(_ text: String) -> String {
        // Most sentences have neither: a byte search says so before any search by characters.
        guard Self.hasBytes(text, " then") || Self.hasBytes(text, " ensuite") else { return text }
        var result = text
        for adverb in lexicon.linkingAdverbs where adverb == "then" || adverb == "ensuite" {
            for pattern in [" \(adverb) ", " \(adverb), "] {
                while let range = result.firstRange(of: pattern) {
                    result.replaceSubrange(range, with: " ")
                }
            }
        }
        return result
    }

    static func tidy(_ text: String) -> String {
        var result = text.trimmingWhitespace()
        // The standard library's search and replace, not Foundation's: those bridge to NSString and back
        // for each sentence of each talk.
        if hasBytes(result, "  ") || hasBytes(result, " ,") {
            while result.firstRange(of: "  ") != nil { result.replace("  ", with: " ") }
            result.replace(" ,", with: ",")
        }
        while let first = result.first, first == "," || first == ";" || first == ":" {
            result = String(result.dropFirst()).trimmingWhitespace()
        }
        return capitalized(result)
    }

    /// Whether `text`'s bytes hold `needle`'s: a gate before a search by characters, which can only match
    /// where the bytes do.
    static func hasBytes(_ text: String, _ needle: StaticString) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let count = needle.utf8CodeUnitCount
            guard bytes.count >= count, let base = bytes.baseAddress else { return false }
            let first = needle.utf8Start.pointee
            for start in 0...(bytes.count - count) where base[start] == first {
                if memcmp(base + start, needle.utf8Start, count) == 0 { return true }
            }
            return false
        }
    }

    static func capitalized(_ text: String) -> String {
        let trimmed = text.trimmingWhitespace()
        guard let first = trimmed.first else { return trimmed }
        return first.uppercased() + trimmed.dropFirst()
    }

    /// Compares parentheticals with titles while ignoring spacing and punctuation differences.
    static func key(_ text: String) -> String { SummaryWords.tokens(text).joined(separator: " ") }
}
