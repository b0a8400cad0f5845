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
        // LinkedIn's count needs no URL or grapheme rule; the others take the fast road when they can.
        if platform != .linkedin, let count = simpleCount(text, for: platform) { return count }
        return generalCount(text, for: platform)
    }

    static func generalCount(_ text: String, for platform: Platform) -> Int {
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

    /// The count of a text made only of code points whose rules are simple, walking its code points once,
    /// or nil for any other text. Posts are counted a dozen times each while they are fitted, and the
    /// general rules' NFC pass and grapheme walk were most of the social posts' time. Simple are:
    /// - everything below U+0300 (ASCII, Latin-1, Latin Extended: French and English as they are written),
    ///   where nothing composes under NFC, nothing is an emoji, and the only grapheme of two code points is
    ///   CR LF;
    /// - General Punctuation (U+2000–U+206F: ’ “ ” – — … and the typographic spaces) but the joiners
    ///   U+200C and U+200D, none of which joins a grapheme or composes into another code point (U+2000 and
    ///   U+2001 become U+2002 and U+2003 under NFC, of the same weight);
    /// - emoji shown as emoji by default (🎤 📅), which stand alone as one grapheme when no modifier,
    ///   selector or joiner follows, and those are not simple, so their presence sends the text the general way.
    static func simpleCount(_ text: String, for platform: Platform) -> Int? {
        var text = text
        let urls: [Range<Int>] = platform == .bluesky ? [] : text.withUTF8(URLSplitter.urlRanges)
        var total = urls.count * urlLength
        var nextURL = 0
        var offset = 0
        var afterCR = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let start = offset
            offset += UTF8.width(scalar)
            let weight: Int
            if value < 0x300 {
                weight = 1
            } else if value >= 0x2000, value <= 0x206F {
                if value == 0x200C || value == 0x200D { return nil }
                weight = xLightRanges.contains { $0.contains(value) } ? 1 : 2
            } else if value >= 0x2000, scalar.properties.isEmojiPresentation,
                      !(0x1F1E6...0x1F1FF).contains(value), !(0x1F3FB...0x1F3FF).contains(value) {
                weight = 2  // regional indicators pair up and skin tones modify: neither stands alone
            } else {
                return nil
            }
            let joinsCR = afterCR && value == 0x0A
            afterCR = value == 0x0D
            while nextURL < urls.count, urls[nextURL].upperBound <= start { nextURL += 1 }
            if nextURL < urls.count, urls[nextURL].contains(start) { continue }  // a URL counts as a whole
            switch platform {
            case .x: total += weight
            case .bluesky, .mastodon: total += joinsCR ? 0 : 1
            case .linkedin: return nil
            }
        }
        return total
    }

    public static func fits(_ text: String, on platform: Platform) -> Bool {
        fits(count: count(text, for: platform), text: text, on: platform)
    }

    /// With the count already taken.
    static func fits(count: Int, text: String, on platform: Platform) -> Bool {
        guard count <= limit(for: platform) else { return false }
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
        let bytes = Array(text.utf8)
        var pieces: [Piece] = []
        var start = 0
        func at(_ offset: Int) -> String.Index { text.utf8.index(text.utf8.startIndex, offsetBy: offset) }
        for url in bytes.withUnsafeBufferPointer(urlRanges) {
            if start < url.lowerBound { pieces.append(Piece(text: text[at(start)..<at(url.lowerBound)], isURL: false)) }
            pieces.append(Piece(text: text[at(url.lowerBound)..<at(url.upperBound)], isURL: true))
            start = url.upperBound
        }
        if start < bytes.count { pieces.append(Piece(text: text[at(start)...], isURL: false)) }
        if pieces.isEmpty { pieces.append(Piece(text: text[...], isURL: false)) }
        return pieces
    }

    /// The byte ranges of the URLs in UTF-8 text. Walks bytes rather than Characters: posts are counted
    /// many times while they are fitted.
    static func urlRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            // Every URL starts with h, H, w or W: the other bytes need no closer look.
            let lower = bytes[index] | 0x20
            if lower == 0x68 || lower == 0x77, isWordStart(index, bytes), let end = urlEnd(bytes, from: index) {
                ranges.append(index..<end)
                index = end
            } else {
                index += 1
            }
        }
        return ranges
    }

    /// After white space or an opening bracket or quote: ( [ < " ' « “.
    private static func isWordStart(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index > 0 else { return true }
        if whitespaceLength(endingAt: index, bytes) > 0 { return true }
        let previous = bytes[index - 1]
        if [0x28, 0x5B, 0x3C, 0x22, 0x27].contains(previous) { return true }
        if index >= 2, bytes[index - 2] == 0xC2, previous == 0xAB { return true }  // «
        if index >= 3, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80, previous == 0x9C { return true }  // “
        return false
    }

    /// The length of the white space (ASCII, no-break, or general punctuation spaces) ending at `index`, or 0.
    private static func whitespaceLength(endingAt index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let previous = bytes[index - 1]
        if previous == 0x20 || (previous >= 0x09 && previous <= 0x0D) { return 1 }
        if index >= 2, bytes[index - 2] == 0xC2, previous == 0xA0 || previous == 0x85 { return 2 }
        if index >= 3, bytes[index - 3] == 0xE2, bytes[index - 2] == 0x80, (0x80...0x8A).contains(previous) || previous == 0xAF || previous == 0xA8 || previous == 0xA9 { return 3 }
        if index >= 3, bytes[index - 3] == 0xE3, bytes[index - 2] == 0x80, previous == 0x80 { return 3 }
        return 0
    }

    private static let wwwPrefix = Array("www.".utf8), httpPrefix = Array("http://".utf8), httpsPrefix = Array("https://".utf8)

    private static func urlEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
        func hasPrefix(_ wanted: [UInt8]) -> Bool {
            guard index + wanted.count <= bytes.count else { return false }
            for (offset, byte) in wanted.enumerated() where bytes[index + offset] | 0x20 != byte { return false }
            return true
        }
        let isWWW = hasPrefix(wwwPrefix)
        guard isWWW || hasPrefix(httpPrefix) || hasPrefix(httpsPrefix) else { return nil }
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
