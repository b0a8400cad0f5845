/// Splits a paragraph into words and punctuation. Hand-written because the tokens must keep scalar
/// offsets (to line up with quotes and links), split French elisions ("d’Oliver" → "d’", "Oliver")
/// and keep dotted or hyphenated names whole ("Solo.io", "Picard-Lemieux"), which no tokenizer here does.
enum Tokenizer {
    static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
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
                    if next == "-" || next == "." || next == "/" || next == "&" || next == "_" || next == "+" {
                        end += 1
                        continue
                    }
                    if next == "’" || next == "'" {
                        let head = String(scalars: scalars[index..<end]).lowercased()
                        // "d’Oliver" elides, "D’Arcy" and "O’Connor" are names: capital on both sides.
                        let isName = scalars[index].properties.isUppercase && scalars[end + 1].properties.isUppercase
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
                       !(scalars[index].properties.isUppercase && scalars[end + 1].properties.isUppercase) {
                        range = index..<(end + 1)
                    }
                }
                tokens.append(makeToken(.word, range, scalars, spaceBefore))
                index = range.upperBound
                spaceBefore = false
                continue
            }
            tokens.append(makeToken(.punctuation, index..<(index + 1), scalars, spaceBefore))
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
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    private static func makeToken(_ kind: Token.Kind, _ range: Range<Int>, _ scalars: [Unicode.Scalar], _ space: Bool) -> Token {
        let text = String(scalars: scalars[range])
        let lower = text.lowercased()
        return Token(kind: kind, range: range, text: text, lower: lower, classes: Lexicon.classes[lower] ?? [],
                     isNamePart: kind == .word && NameGroupParser.isNamePart(text), spaceBefore: space)
    }

    private static let elisions: Set<String> = [
        "d", "l", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    ]
}
