import Foundation

/// Text written only in ASCII, the Latin letters up to U+017F — all of French and English — and the
/// typographic dashes, quotes and ellipsis of U+2010–U+2027 (l’été, « … »). Each of those characters is its
/// own grapheme and already in normal form (none decomposes), so comparing such text byte by byte
/// gives exactly what `String`'s Unicode-aware comparisons give, without their grapheme and normalization
/// work (hundreds of instructions a call, on every token of every recap). Other text keeps the general road.
enum PlainLatinText {
    /// Well-formed UTF-8 of ASCII, U+0080–U+017F (lead bytes C2 to C5) and U+2010–U+2027 only.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
            } else if byte >= 0xC2, byte <= 0xC5, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 {
                index += 2
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] >= 0x90, bytes[index + 2] <= 0xA7 {
                index += 3
            } else {
                return false
            }
        }
        return true
    }
}

extension String {
    /// Foundation's `contains(_:)`, by bytes when both are plain Latin text.
    func containsText(_ needle: String) -> Bool {
        guard !needle.isEmpty else { return contains(needle) }
        var haystack = self
        var needle = needle
        let found: Bool? = haystack.withUTF8 { text -> Bool? in
            needle.withUTF8 { part -> Bool? in
                guard PlainLatinText.isPlain(text), PlainLatinText.isPlain(part) else { return nil }
                guard let base = text.baseAddress, text.count >= part.count else { return false }
                let first = part[0]
                for start in 0...(text.count - part.count) where text[start] == first {
                    if memcmp(base + start, part.baseAddress!, part.count) == 0 { return true }
                }
                return false
            }
        }
        return found ?? contains(needle)
    }

    /// `hasSuffix(_:)`, by bytes when both are plain Latin text (a byte suffix that starts with a lead byte
    /// starts on a character there).
    func hasSuffixText(_ suffix: String) -> Bool {
        var text = self
        var suffix = suffix
        let found: Bool? = text.withUTF8 { bytes -> Bool? in
            suffix.withUTF8 { end -> Bool? in
                guard PlainLatinText.isPlain(bytes), PlainLatinText.isPlain(end) else { return nil }
                guard end.count <= bytes.count else { return false }
                guard let endBase = end.baseAddress, let base = bytes.baseAddress else { return true }
                return memcmp(base + (bytes.count - end.count), endBase, end.count) == 0
            }
        }
        return found ?? hasSuffix(suffix)
    }

    /// Whether the text ends with one of `suffixes`, as `hasSuffixText` would say for each, with the text's
    /// bytes checked once rather than once a suffix (a word against fifteen participle endings, every token).
    func hasAnySuffixText(_ suffixes: [String]) -> Bool {
        var text = self
        let found: Bool? = text.withUTF8 { bytes -> Bool? in
            guard PlainLatinText.isPlain(bytes) else { return nil }
            for suffix in suffixes {
                var suffix = suffix
                let matches: Bool? = suffix.withUTF8 { end -> Bool? in
                    guard PlainLatinText.isPlain(end) else { return nil }
                    guard end.count <= bytes.count else { return false }
                    guard let endBase = end.baseAddress, let base = bytes.baseAddress else { return true }
                    return memcmp(base + (bytes.count - end.count), endBase, end.count) == 0
                }
                guard let matches else { return nil }
                if matches { return true }
            }
            return false
        }
        return found ?? suffixes.contains { hasSuffix($0) }
    }

    /// `count` (characters), by bytes for plain Latin text, where each scalar is a character.
    var characterCountText: Int {
        var text = self
        let counted: Int? = text.withUTF8 { bytes in
            guard PlainLatinText.isPlain(bytes) else { return nil }
            var scalars = 0
            for byte in bytes where byte & 0xC0 != 0x80 { scalars += 1 }
            return scalars
        }
        return counted ?? count
    }

    /// `split(separator: " ").count`: the words between spaces, by bytes for plain Latin text.
    var spaceSeparatedWordCount: Int {
        var text = self
        let counted: Int? = text.withUTF8 { bytes in
            guard PlainLatinText.isPlain(bytes) else { return nil }
            var words = 0
            var inWord = false
            for byte in bytes {
                if byte == 0x20 { inWord = false } else if !inWord { inWord = true; words += 1 }
            }
            return words
        }
        return counted ?? split(separator: " ").count
    }
}
