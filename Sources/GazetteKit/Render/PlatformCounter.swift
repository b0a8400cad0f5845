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

    /// Walks UTF-8 bytes rather than Characters: posts are counted many times while they are fitted.
    static func pieces(_ text: String) -> [Piece] {
        let bytes = Array(text.utf8)
        var pieces: [Piece] = []
        var start = 0
        var index = 0
        func at(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }
        while index < bytes.count {
            if isWordStart(index, bytes), let end = urlEnd(bytes, from: index) {
                if start < index { pieces.append(Piece(text: text[at(start)..<at(index)], isURL: false)) }
                pieces.append(Piece(text: text[at(index)..<at(end)], isURL: true))
                start = end
                index = end
            } else {
                index += 1
            }
        }
        if start < bytes.count { pieces.append(Piece(text: text[at(start)...], isURL: false)) }
        if pieces.isEmpty { pieces.append(Piece(text: text[...], isURL: false)) }
        return pieces
    }

    /// After white space or an opening bracket or quote: ( [ < " ' « “.
    private static func isWordStart(_ index: Int, _ bytes: [UInt8]) -> Bool {
        guard index > 0 else { return true }
        if whitespaceLength(endingAt: index, bytes) > 0 { return true }
        let previous = bytes[index - 1]
        if [0x28, 0x5B, 0x3C, 0x22, 0x27].contains(previous) { return true }
        if index >= 2, bytes[index - 2] == 0xC2, previous == 0xAB { return true }  // «
        if index >= 3, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80, previous == 0x9C { return true }  // “
        return false
    }

    /// The length of the white space (ASCII, no-break, or general punctuation spaces) ending at `index`, or 0.
    private static func whitespaceLength(endingAt index: Int, _ bytes: [UInt8]) -> Int {
        let previous = bytes[index - 1]
        if previous == 0x20 || (previous >= 0x09 && previous <= 0x0D) { return 1 }
        if index >= 2, bytes[index - 2] == 0xC2, previous == 0xA0 || previous == 0x85 { return 2 }
        if index >= 3, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80, (0x80...0x8A).contains(previous) || previous == 0xAF || previous == 0xA8 || previous == 0xA9 { return 3 }
        if index >= 3, bytes[index - 3] == 0xE3, bytes[index - 2] == 0x80, previous == 0x80 { return 3 }
        return 0
    }

    private static func urlEnd(_ bytes: [UInt8], from index: Int) -> Int? {
        func hasPrefix(_ prefix: String) -> Bool {
            let wanted = Array(prefix.utf8)
            guard index + wanted.count <= bytes.count else { return false }
            for (offset, byte) in wanted.enumerated() where bytes[index + offset] | 0x20 != byte { return false }
            return true
        }
        let isWWW = hasPrefix("www.")
        guard hasPrefix("http://") || hasPrefix("https://") || isWWW else { return nil }
        var end = index
        while end < bytes.count {
            let byte = bytes[end]
            if byte == 0x3C || byte == 0x3E || byte == 0x22 { break }
            if whitespaceLength(endingAt: end + 1, bytes) == 1 { break }
            if byte == 0xC2, end + 1 < bytes.count, bytes[end + 1] == 0xA0 || bytes[end + 1] == 0x85 { break }
            if byte == 0xE2, end + 2 < bytes.count, bytes[end + 1] == 0x80,
               (0x80...0x8A).contains(bytes[end + 2]) || [0xAF, 0xA8, 0xA9].contains(bytes[end + 2]) { break }
            if byte == 0xE3, end + 2 < bytes.count, bytes[end + 1] == 0x80, bytes[end + 2] == 0x80 { break }
            end += 1
        }
        // Trailing punctuation closes the sentence, not the URL (twitter-text does the same): . , ; : ! ? ) ] ' » ”
        while end > index {
            let last = bytes[end - 1]
            if [0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x29, 0x5D, 0x27].contains(last) { end -= 1; continue }
            if end - 2 > index, bytes[end - 2] == 0xC2, last == 0xBB { end -= 2; continue }
            if end - 3 > index, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, last == 0x9D { end -= 3; continue }
            break
        }
        return end - index > (isWWW ? 4 : 8) ? end : nil
    }
}
