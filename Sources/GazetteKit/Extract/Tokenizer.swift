/// Splits a paragraph into words and punctuation. Hand-written because the tokens must keep scalar
/// offsets (to line up with quotes and links), split French elisions ("d’Oliver" → "d’", "Oliver")
/// and keep dotted or hyphenated names whole ("Solo.io", "Picard-Lemieux"), which no tokenizer here does.
enum Tokenizer {
    static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        // Read through a buffer: every scalar is read several times, and an array checks each read.
        scalars.withUnsafeBufferPointer { tokens(ofBuffer: $0) }
    }

    private static func tokens(ofBuffer scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        let vocabulary = TokenVocabulary.current
        var index = 0
        var spaceBefore = false
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            if scalar.isWhitespaceFast {
                spaceBefore = true
                index += 1
                continue
            }
            if isWordScalar(scalar) {
                var end = index + 1
                while end < count {
                    let next = scalars[end]
                    if isWordScalar(next) {
                        end += 1
                        continue
                    }
                    // Connectors stay inside a word only between word characters.
                    guard end + 1 < count, isWordScalar(scalars[end + 1]) else { break }
                    // "·" of French inclusive writing (« orateur·ice », « intervenant·es ») and of Catalan "l·l".
                    if next == "-" || next == "." || next == "/" || next == "&" || next == "_" || next == "+" || next == "·" {
                        end += 1
                        continue
                    }
                    if next == "’" || next == "'" {
                        let head = String(scalars: scalars[index..<end]).lowercased()
                        // "d’Oliver" elides, "D’Arcy" and "O’Connor" are names: capital on both sides.
                        let isName = scalars[index].isUppercaseFast && scalars[end + 1].isUppercaseFast
                        if elisions.contains(head) && !isName { break }
                        // Possessive "Montreal’s": the word ends before the apostrophe.
                        if scalars[end + 1] == "s" || scalars[end + 1] == "S",
                           end + 2 >= count || !isWordScalar(scalars[end + 2]) { break }
                        end += 1
                        continue
                    }
                    break
                }
                var range = index..<end
                // An elided article or pronoun takes its apostrophe: "d’", "l’", "qu’".
                if end < count, scalars[end] == "’" || scalars[end] == "'" {
                    let head = String(scalars: scalars[index..<end]).lowercased()
                    if elisions.contains(head), end + 1 < count, isWordScalar(scalars[end + 1]),
                       !(scalars[index].isUppercaseFast && scalars[end + 1].isUppercaseFast) {
                        range = index..<(end + 1)
                    }
                }
                tokens.append(makeToken(.word, range, scalars, spaceBefore, vocabulary))
                index = range.upperBound
                spaceBefore = false
                continue
            }
            tokens.append(makeToken(.punctuation, index..<(index + 1), scalars, spaceBefore, vocabulary))
            index += 1
            spaceBefore = false
        }
        return tokens
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // Most recap text is ASCII; Unicode property lookups cost a table search each.
        if scalar.value < 128 {
            let value = scalar.value
            return (value >= 97 && value <= 122) || (value >= 65 && value <= 90) || (value >= 48 && value <= 57)
        }
        return ScalarClasses.classes(of: scalar).contains(.wordPart)
    }

    private static func makeToken(_ kind: Token.Kind, _ range: Range<Int>, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ space: Bool,
                                  _ vocabulary: TokenVocabulary) -> Token {
        if let token = latinToken(kind, range, scalars, space, vocabulary) { return token }
        let text = String(scalars: scalars[range])
        let lower = latinLowercased(text) ?? text.lowercased()
        return Token(kind: kind, range: range, text: text, lower: lower, classes: Lexicon.classTable[lower] ?? [],
                     isNamePart: kind == .word && NameGroupParser.isNamePart(text), spaceBefore: space, first: scalars[range.lowerBound])
    }

    /// `makeToken` for a token of ASCII, Latin-1 and typographic punctuation (U+2010–U+2027), nearly every
    /// token: its UTF-8 bytes are written and hashed in one pass, and a word seen before on this thread is
    /// taken from the vocabulary; a new one is worked out from those bytes (its name test by bytes when
    /// ASCII) and kept. Building the strings and reading them back (lowercasing, the lexicon's hash, the
    /// name test) cost nine hundred instructions a token. Nil for other tokens, which keep the general road.
    private static func latinToken(_ kind: Token.Kind, _ range: Range<Int>, _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ space: Bool,
                                   _ vocabulary: TokenVocabulary) -> Token? {
        let length = range.count
        guard length <= 64 else { return nil }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length * 3) { buffer -> Token? in
            let textBytes = buffer.baseAddress!
            var count = 0
            var capitals = 0
            var isASCII = true
            var hash = ByteKeyIndex.hashSeed
            for index in range {
                let value = scalars[index].value
                if value < 0x80 {
                    let byte = UInt8(truncatingIfNeeded: value)
                    if byte &- 0x41 < 26 { capitals += 1 }
                    textBytes[count] = byte
                    hash = ByteKeyIndex.hash(hash, byte)
                    count += 1
                } else if value < 0x100 {
                    // U+00C0–U+00DE but × (U+00D7) are capitals; their small letters are 0x20 above.
                    if value >= 0xC0 && value <= 0xDE && value != 0xD7 { capitals += 1 }
                    let lead = UInt8(truncatingIfNeeded: 0xC0 | value >> 6), trail = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    textBytes[count] = lead
                    textBytes[count + 1] = trail
                    hash = ByteKeyIndex.hash(ByteKeyIndex.hash(hash, lead), trail)
                    count += 2
                    isASCII = false
                } else if value >= 0x2010, value <= 0x2027 {
                    let trail = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
                    textBytes[count] = 0xE2
                    textBytes[count + 1] = 0x80
                    textBytes[count + 2] = trail
                    hash = ByteKeyIndex.hash(ByteKeyIndex.hash(ByteKeyIndex.hash(hash, 0xE2), 0x80), trail)
                    count += 3
                    isASCII = false
                } else {
                    return nil
                }
            }
            let textBuffer = UnsafeBufferPointer(start: textBytes, count: count)
            let key = ByteKeyIndex.finish(hash)
            if let known = vocabulary.entry(textBuffer, hash: key) {
                return Token(kind: kind, range: range, text: known.text, lower: known.lower, classes: known.classes,
                             isNamePart: known.isNamePart, spaceBefore: space, first: scalars[range.lowerBound])
            }
            let text = String(decoding: textBuffer, as: UTF8.self)
            let lower = capitals == 0 ? text : latinLowercased(text) ?? text.lowercased()
            // The kind follows from the text: a punctuation token is one scalar that cannot start a word.
            let isNamePart = kind == .word
                && (isASCII ? NameGroupParser.asciiIsNamePart(textBuffer) ?? false : NameGroupParser.plainIsNamePart(ArraySlice(scalars[range])))
            let entry = TokenVocabulary.Entry(text: text, lower: lower, classes: Lexicon.classTable[lower] ?? [], isNamePart: isNamePart)
            vocabulary.insert(entry, for: textBuffer, hash: key)
            return Token(kind: kind, range: range, text: text, lower: lower, classes: entry.classes,
                         isNamePart: isNamePart, spaceBefore: space, first: scalars[range.lowerBound])
        }
    }

    /// `lowercased()` by bytes for text in ASCII and Latin-1 (all of French but œ and Ÿ), and the text
    /// itself when it has no capital (most words); nil for other text. The standard library's general road
    /// cost five hundred instructions an ASCII token and two thousand an accented one.
    static func latinLowercased(_ text: String) -> String? {
        let capitals = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            var capitals = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte >= 0x41 && byte <= 0x5A { capitals += 1 }
                    index += 1
                } else if (byte == 0xC2 || byte == 0xC3), index + 1 < bytes.count {
                    // U+00C0–U+00DE but × (U+00D7) are capitals; their small letters are 0x20 above.
                    let second = bytes[index + 1]
                    if byte == 0xC3, second >= 0x80, second <= 0x9E, second != 0x97 { capitals += 1 }
                    index += 2
                } else {
                    return nil
                }
            }
            return capitals
        }
        guard let found = capitals, let count = found else { return nil }
        if count == 0 { return text }
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                var previous: UInt8 = 0
                for (index, byte) in bytes.enumerated() {
                    let isCapital = previous == 0xC3 ? (byte >= 0x80 && byte <= 0x9E && byte != 0x97) : (byte >= 0x41 && byte <= 0x5A)
                    buffer[index] = isCapital ? byte + 0x20 : byte
                    // A continuation byte is never a lead byte: "ÃÃ" cannot read as C3 C3.
                    previous = previous == 0xC3 ? 0 : byte
                }
                return bytes.count
            }
        }
    }

    private static let elisions: Set<String> = [
        "d", "l", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    ]
}
