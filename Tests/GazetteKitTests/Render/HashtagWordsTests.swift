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
}
