import Testing
@testable import GazetteKit

/// The byte-keyed table must answer exactly as the dictionary it is built from, for any word.
@Suite struct WordTableTests {
    @Test func answersAsTheDictionaryOnRandomWordsAndEveryKey() {
        var dictionary = Lexicon.classes.mapValues(\.rawValue)
        dictionary["e\u{301}te\u{301}"] = 7  // a key outside plain Latin (decomposed accents)
        dictionary["Σοφία"] = 8
        dictionary[""] = 9
        let table = WordTable(dictionary)
        for (key, value) in dictionary {
            #expect(table[key] == value, "\(key)")
            #expect(Array(key.utf8).withUnsafeBufferPointer { table[bytes: $0] } == value, "\(key) by bytes")
        }
        #expect(table["été"] == 7, "a plain word still finds a decomposed key equal to it, as the dictionary does")
        let lexicon = WordTable(Lexicon.classes)
        #expect(Lexicon.classes.keys.allSatisfy { Array($0.utf8).withUnsafeBufferPointer(PlainLatinText.isPlain) },
                "every lexicon word is plain Latin: a miss never falls back to the dictionary")
        #expect(lexicon["s’est"] == Lexicon.classes["s’est"])
        var generator = SeededGenerator(state: 31)
        let pieces = ["e", "t", "de", "la", "é", "É", "\u{301}", "ß", "the", "and", "σ", "😀", "s", "'", "’", "—", "\u{2000}", "\u{200D}"]
        for _ in 0..<20_000 {
            let word = (0..<Int.random(in: 0...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(table[word] == dictionary[word], "\(word.debugDescription)")
        }
    }
}
