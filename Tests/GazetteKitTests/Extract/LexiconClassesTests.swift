import Testing
@testable import GazetteKit

/// Tokens carry their words' classes as bits (`Token.classes`): each list must have a bit of its own, and a
/// word exactly the bits of the lists that hold it, or two lists would silently read as one.
@Suite struct LexiconClassesTests {
    @Test func everyListHasItsOwnBit() {
        let bits = Lexicon.classLists.map(\.wordClass.rawValue)
        #expect(bits.allSatisfy { $0 != 0 && $0 & ($0 - 1) == 0 }, "one bit each")
        #expect(Set(bits).count == bits.count, "no two lists share a bit")
    }

    @Test func aWordCarriesExactlyTheBitsOfItsLists() {
        var expected: [String: UInt64] = [:]
        for (words, wordClass) in Lexicon.classLists {
            for word in words { expected[word, default: 0] |= wordClass.rawValue }
        }
        #expect(Lexicon.classes.mapValues(\.rawValue) == expected)
        #expect(Lexicon.classes["et"]?.contains(.conjunctions) == true && Lexicon.classes["and"]?.contains(.conjunctions) == true)
        #expect(Lexicon.classes["zeppelin"] == nil)
    }

    @Test func tokensCarryTheClassesOfTheirLowercaseForm() {
        let tokens = Tokenizer.tokens(of: Array("Marie Tremblay ET Jean présentent « Kubernetes ».".unicodeScalars))
        let et = tokens.first { $0.text == "ET" }
        #expect(et?.classes.contains(.conjunctions) == true, "looked up lowercased")
        #expect(tokens.first { $0.text == "Marie" }?.isNamePart == true)
        #expect(tokens.first { $0.text == "présentent" }?.isNamePart == false)
        #expect(tokens.first { $0.text == "«" }?.isNamePart == false)
    }
}
