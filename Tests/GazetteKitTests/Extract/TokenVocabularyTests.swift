import Foundation
import Testing
@testable import GazetteKit

/// Tokens taken from the thread's vocabulary must be the tokens the general road makes, whether the
/// vocabulary knew the word, met it for the first time, or had just started over.
@Suite struct TokenVocabularyTests {
    static let pieces = ["Marie", "marie", "MARIE", "Ève", "ève", "d’", "l'", "Montréal", "présenté", "the", "The", "de", "De", "O’Connor",
                         "McAllister", "Picard-Lemieux", "solo.io", "K8s", "œuvre", "Œuvre", "straße", "İstanbul", "Σ", "talk", "à", "À",
                         "“", "”", "«", "»", ",", ".", "—", "’", "(", ")", "from", "and", "et", "chez", "1", "2026", "×", "µ"]

    static func paragraph(_ generator: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...40, using: &generator)).map { _ in
            pieces.randomElement(using: &generator)! + (Bool.random(using: &generator) ? " " : "")
        }.joined()
    }

    static func expectGeneralRoad(_ token: Token, in scalars: [Unicode.Scalar], _ text: String) {
        let expected = String(String.UnicodeScalarView(scalars[token.range]))
        #expect(token.text == expected, "\(text)")
        #expect(token.lower == expected.lowercased(), "\(expected)")
        #expect(Array(token.lower.utf8) == Array(expected.lowercased().utf8), "\(expected): same bytes")
        #expect(token.classes == Lexicon.classes[expected.lowercased()] ?? [], "\(expected)")
        #expect(token.isNamePart == (token.isWord && NameGroupParser.isNamePartByScalars(expected)), "\(expected)")
        #expect(token.first == scalars[token.range.lowerBound])
    }

    @Test func tokensFromAWarmVocabularyMatchTheGeneralRoad() {
        var generator = SeededGenerator(state: 21)
        TokenVocabulary.current.removeAll()
        for _ in 0..<2_000 {
            let text = Self.paragraph(&generator)
            let scalars = Array(text.unicodeScalars)
            let cold = Tokenizer.tokens(of: scalars)
            let warm = Tokenizer.tokens(of: scalars)
            #expect(cold.map(\.range) == warm.map(\.range))
            for token in warm { Self.expectGeneralRoad(token, in: scalars, text) }
        }
        #expect(TokenVocabulary.current.count > 20, "words were kept")
    }

    @Test func aFullVocabularyStartsOverAndStillAnswersRight() {
        TokenVocabulary.current.removeAll()
        let words = (0..<(TokenVocabulary.capacity + 10)).map { "W\($0)x" }
        for word in words { _ = Tokenizer.tokens(of: Array(word.unicodeScalars)) }
        #expect(TokenVocabulary.current.count < 100, "the vocabulary started over once full")
        for word in ["W0x", words[words.count - 1], "Montréal", "McAllister"] {
            let scalars = Array(word.unicodeScalars)
            for token in Tokenizer.tokens(of: scalars) { Self.expectGeneralRoad(token, in: scalars, word) }
        }
    }

    @Test func eachThreadHasItsOwnVocabulary() {
        let main = ObjectIdentifier(TokenVocabulary.current)
        nonisolated(unsafe) var other: ObjectIdentifier?
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            other = ObjectIdentifier(TokenVocabulary.current)
            done.signal()
        }
        thread.start()
        done.wait()
        #expect(other != nil && other != main)
        #expect(ObjectIdentifier(TokenVocabulary.current) == main, "the same thread keeps its vocabulary")
    }
}
