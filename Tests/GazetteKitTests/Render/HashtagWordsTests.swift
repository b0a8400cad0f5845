import Testing
@testable import GazetteKit

/// Hashtag detection splits text into words by bytes for ASCII; every character must still split as
/// `Character.isLetter`/`isNumber` say.
@Suite struct HashtagWordsTests {
    static func reference(_ text: String) -> [String] {
        text.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    @Test func wordsSplitAsTheCharacterPropertiesSayForEveryCharacterUpToU3000() {
        var texts = ["Kubernetes 1.30 & Argo-CD\r\nrocks", "e\u{301}té l’été", "👩🏽‍💻 dev", "", "   ", "K8s@Montréal_2026"]
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            texts.append("ab\(Character(scalar))9z")
        }
        for text in texts { #expect(Hashtags.words(in: text) == Self.reference(text), "\(text.unicodeScalars.map { $0.value })") }
    }

    /// What `Hashtags.mentions` compares: each word lowercased (or "" when it has a letter outside ASCII, which
    /// no spelling has) and whether it begins with a capital; plain Latin text takes a byte path, other text
    /// the `Character` one.
    @Test func mentionWordsAreTheWordsLoweredWhateverTheTextsPath() {
        var texts = ["Kubernetes 1.30 & Argo-CD\r\nrocks", "e\u{301}té l’été", "👩🏽‍💻 Dev", "", "   ", "K8s@Montréal_2026",
                     "« Helm » et ArgoCD × 3 ÷ 2, ªº ¹½ — Flux… Ŧest ŒUVRE"]
        for value in UInt32(0x80)..<0x180 { texts.append("ab\(Character(Unicode.Scalar(value)!))9z Ops") }
        for value in UInt32(0x2010)..<0x2028 { texts.append("Kafka\(Character(Unicode.Scalar(value)!))Helm") }
        for text in texts {
            var lowered: [String] = [], capitalized: [Bool] = []
            Hashtags.appendWords(of: text, lowered: &lowered, capitalized: &capitalized)
            let words = Self.reference(text)
            let ascii = words.map { $0.unicodeScalars.allSatisfy(\.isASCII) }
            #expect(lowered == zip(words, ascii).map { $1 ? $0.lowercased() : "" }, "\(text)")
            // Only an ASCII word can be a spelling, so only its capital matters.
            #expect(capitalized.count == words.count, "\(text)")
            for (index, word) in words.enumerated() where ascii[index] && index < capitalized.count {
                #expect(capitalized[index] == (word.first?.isUppercase == true), "\(text)")
            }
        }
    }
}
