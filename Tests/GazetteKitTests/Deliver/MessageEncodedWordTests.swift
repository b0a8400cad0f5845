import Foundation
import Testing
@testable import GazetteKit

@Suite struct MessageEncodedWordTests {
    /// Each word decoded on its own must be whole UTF-8: readers decode word by word.
    static func decodedAlone(_ word: String) -> String? {
        let payload = word.dropFirst("=?UTF-8?Q?".count).dropLast(2)
        if word.hasPrefix("=?UTF-8?B?") {
            return Data(base64Encoded: String(payload)).flatMap { String(data: $0, encoding: .utf8) }
        }
        let bytes = QuotedPrintable.decode(Array(payload.replacingOccurrences(of: "_", with: " ").utf8))
        return String(validating: bytes, as: UTF8.self)
    }

    @Test(arguments: [
        String(repeating: "é", count: 100),
        String(repeating: "👩🏽‍💻", count: 20),
        "e" + String(repeating: "\u{0301}", count: 60),
        String(repeating: "Montréal — « déjà » ", count: 10),
        String(repeating: "東京", count: 40),
    ])
    func wordsAreShortAndHoldWholeCharacters(text: String) throws {
        for context in [EncodedWord.Context.text, .phrase] {
            let words = EncodedWord.words(for: text, firstWordRoom: 60, context: context)
            #expect(words[0].utf8.count <= 60)
            #expect(words.allSatisfy { $0.utf8.count <= EncodedWord.maximumLength })
            let pieces = words.map(Self.decodedAlone)
            #expect(!pieces.contains(nil))
            #expect(pieces.compactMap { $0 }.joined() == text)
        }
    }
}
