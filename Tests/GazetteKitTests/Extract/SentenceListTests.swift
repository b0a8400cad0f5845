import Foundation
import Testing
@testable import GazetteKit

/// A talk's evidence kept end to end in one string reads back as the array of sentences it stands for.
@Suite struct SentenceListTests {
    @Test func appendedAndPrependedSentencesReadBackInOrder() {
        var list = SentenceList()
        #expect(list.isEmpty)
        list.append("Élise a présenté « Les opérateurs ».")
        list.append("")
        list.append("She showed 🚀 demos.")
        list.prepend("The evening opened on Kueue.")
        #expect(list.count == 4)
        #expect(Array(list) == ["The evening opened on Kueue.", "Élise a présenté « Les opérateurs ».", "", "She showed 🚀 demos."])
        #expect(list.map { $0 } == list.indices.map { list[$0] })
        #expect(list.first == "The evening opened on Kueue.")
        #expect(list.contains(""))
        #expect(list == ["The evening opened on Kueue.", "Élise a présenté « Les opérateurs ».", "", "She showed 🚀 demos."])
    }

    @Test func containsComparesAsStringsDo() {
        let list: SentenceList = ["Élise a présenté.", "Plain words.", "Zoë 🚀 launched."]
        #expect(list.contains("Plain words."))
        #expect(list.contains("E\u{301}lise a présenté."))
        #expect(list.contains("Zoe\u{308} 🚀 launched."))
        #expect(!list.contains("Plain words"))
        #expect(!list.contains(""))
    }

    @Test func anEmptyListAndAListOfOneEmptySentenceDiffer() {
        let none: SentenceList = []
        let one: SentenceList = [""]
        #expect(none != one)
        #expect(Array(none).isEmpty)
        #expect(Array(one) == [""])
    }

    @Test func aSeparatorInsideASentenceBecomesASpaceRatherThanASecondSentence() {
        let list: SentenceList = ["One\u{1F}two", "three"]
        #expect(Array(list) == ["One two", "three"])
        #expect(list.count == 2)
    }

    @Test func itEncodesAsAnArrayOfStrings() throws {
        let list: SentenceList = ["A \"quoted\" line.", "Ligne deux."]
        let data = try JSONEncoder().encode(list)
        #expect(try JSONSerialization.jsonObject(with: data) as? [String] == ["A \"quoted\" line.", "Ligne deux."])
        #expect(try JSONDecoder().decode(SentenceList.self, from: data) == list)
    }
}
