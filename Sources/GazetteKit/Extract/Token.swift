/// A word or punctuation mark of a paragraph, located by Unicode-scalar offsets into the paragraph text.
struct Token: Sendable {
    enum Kind: Sendable, Equatable { case word, punctuation }

    var kind: Kind
    var range: Range<Int>
    var text: String
    var lower: String
    /// The `Lexicon` classes of `lower`.
    var classes: WordClasses = []
    /// Whether the word could be part of a person's name (`NameGroupParser.isNamePart`): asked of each word
    /// several times over as name groups are tried from each capital, so worked out once.
    var isNamePart = false
    /// Whether white space precedes it: "CloudOps’ own" and "native.’ Cloud" differ only by spacing.
    var spaceBefore: Bool

    var isWord: Bool { kind == .word }
    /// The first scalar of `text`, kept: the rules ask it of every token, and reading it from the string
    /// validated an index each time.
    var first: Unicode.Scalar
    var isCapitalized: Bool { kind == .word && first.isUppercaseFast }
    var isLowercaseWord: Bool { kind == .word && first.isLowercaseFast }
    var isAllCaps: Bool {
        kind == .word && text.unicodeScalars.filter { $0.properties.isAlphabetic }.count >= 2
            && !text.unicodeScalars.contains { $0.isLowercaseFast }
    }

    func `is`(_ punctuation: Unicode.Scalar) -> Bool { kind == .punctuation && first == punctuation }
    /// The apostrophe of a possessive or an elision, typographic or typed: "Roe’s", "Roe's".
    var isApostrophe: Bool { kind == .punctuation && (first == "’" || first == "'") }
}
