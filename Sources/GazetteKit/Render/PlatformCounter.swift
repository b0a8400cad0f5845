import Foundation

/// Counts a post the way its platform does, so "fits" means the platform will accept it.
public enum PlatformCounter {
    public static func limit(for platform: Platform) -> Int {
        switch platform {
        case .x: return 280
        case .bluesky: return 300
        case .mastodon: return 500
        case .linkedin: return 3000
        }
    }

    /// Bluesky's second limit, on the UTF-8 size of the post.
    public static let blueskyByteLimit = 3000

    /// Every platform replaces or counts a URL as one unit, so the same URL rule serves them all.
    static let urlLength = 23

    public static func count(_ text: String, for platform: Platform) -> Int {
        switch platform {
        case .x: return xWeightedLength(text)
        // Bluesky counts graphemes of the text as posted; links are not shortened in the count.
        case .bluesky: return text.count
        // Mastodon counts graphemes, with any http(s) URL counting 23 whatever its length.
        case .mastodon: return countingURLs(text, urlLength: urlLength) { $0.count }
        // LinkedIn's composer counts UTF-16 units (JavaScript string length).
        case .linkedin: return text.utf16.count
        }
    }

    public static func fits(_ text: String, on platform: Platform) -> Bool {
        guard count(text, for: platform) <= limit(for: platform) else { return false }
        if platform == .bluesky { return text.utf8.count <= blueskyByteLimit }
        return true
    }

    /// twitter-text v3: NFC first; a URL weighs 23; an emoji (even a ZWJ sequence) weighs 2; any other
    /// code point weighs 1 inside the Latin and punctuation ranges and 2 outside them.
    public static func xWeightedLength(_ text: String) -> Int {
        // Plain ASCII needs neither normalization nor per-character emoji checks: every character weighs 1.
        let normalized = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCanonicalMapping
        return countingURLs(normalized, urlLength: urlLength) { piece in
            if piece.utf8.allSatisfy({ $0 < 0x80 }) { return piece.utf8.count }
            var weight = 0
            for character in piece {
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1, scalar.value < 0x80 {
                    weight += 1
                    continue
                }
                if isEmoji(character) {
                    weight += 2
                    continue
                }
                for scalar in character.unicodeScalars {
                    weight += xLightRanges.contains { $0.contains(scalar.value) } ? 1 : 2
                }
            }
            return weight
        }
    }

    static let xLightRanges: [ClosedRange<UInt32>] = [0x0000...0x10FF, 0x2000...0x200D, 0x2010...0x201F, 0x2032...0x2037]

    static func isEmoji(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return false }
        if first.properties.isEmojiPresentation { return true }
        // Text-default symbols (©, ❤) become emoji with VS16; keycaps (1️⃣) likewise.
        return first.properties.isEmoji && first.value > 0xFF && scalars.contains { $0.value == 0xFE0F || $0.value == 0x20E3 }
    }

    /// `measure` on the text between URLs, plus `urlLength` per URL.
    static func countingURLs(_ text: String, urlLength: Int, measure: (Substring) -> Int) -> Int {
        var total = 0
        for piece in URLSplitter.pieces(text) {
            total += piece.isURL ? urlLength : measure(piece.text)
        }
        return total
    }
}

/// Splits text into URL and non-URL pieces. Only `http://`, `https://` and `www.` links are seen as
/// URLs: Gazette's posts hold links it wrote itself, never bare domains.
enum URLSplitter {
    struct Piece {
        var text: Substring
        var isURL: Bool
    }

    static func pieces(_ text: String) -> [Piece] {
        // Most texts hold no link at all: one cheap scan spares the character-by-character walk.
        if !text.contains("http"), !text.contains("www.") { return [Piece(text: text[...], isURL: false)] }
        var pieces: [Piece] = []
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            let atWordStart = index == text.startIndex || text[text.index(before: index)].isWhitespace
                || "([<«“\"'".contains(text[text.index(before: index)])
            if atWordStart, let end = urlEnd(in: text, from: index) {
                if start < index { pieces.append(Piece(text: text[start..<index], isURL: false)) }
                pieces.append(Piece(text: text[index..<end], isURL: true))
                start = end
                index = end
            } else {
                index = text.index(after: index)
            }
        }
        if start < text.endIndex { pieces.append(Piece(text: text[start...], isURL: false)) }
        return pieces
    }

    private static func urlEnd(in text: String, from index: String.Index) -> String.Index? {
        let rest = text[index...]
        let lower = rest.prefix(8).lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") else { return nil }
        var end = rest.firstIndex { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" } ?? text.endIndex
        // Trailing punctuation closes the sentence, not the URL (twitter-text does the same).
        while end > index, ".,;:!?)]»”'".contains(text[text.index(before: end)]) {
            end = text.index(before: end)
        }
        let length = text.distance(from: index, to: end)
        return length > (lower.hasPrefix("www.") ? 4 : 8) ? end : nil
    }
}
