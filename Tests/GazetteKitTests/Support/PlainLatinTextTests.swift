import Foundation
import Testing
@testable import GazetteKit

/// Byte roads for plain Latin text against the Unicode-aware roads they stand in for, on random text that
/// mixes plain letters with combining marks, other scripts and spaces.
@Suite struct PlainLatinTextTests {
    static let pieces = ["a", "b", "é", "É", "ô", "ÿ", "ł", "Œ", "the", " ", "  ", "author", "vidéo", "e\u{301}", "\u{301}",
                         "Σ", "😀", "ﬁ", "-", ".", "’", "—", "…", "\u{2000}", "\u{2002}", "\u{200D}", "slides", "en français", "K"]

    @Test func containsTextAgreesWithFoundationsContains() {
        var generator = SeededGenerator(state: 21)
        var found = 0
        for _ in 0..<10_000 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let needle = (0..<Int.random(in: 1...2, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let expected = text.contains(needle)
            #expect(text.containsText(needle) == expected, "\(text.debugDescription) ∋ \(needle.debugDescription)")
            if expected { found += 1 }
        }
        #expect(found > 500)
        #expect("about the author".containsText("the author") && !"vidéo".containsText("video"))
    }

    @Test func spaceSeparatedWordCountAgreesWithSplit() {
        var generator = SeededGenerator(state: 22)
        for _ in 0..<10_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(text.spaceSeparatedWordCount == text.split(separator: " ").count, "\(text.debugDescription)")
        }
        #expect("  Une  conférence en français ".spaceSeparatedWordCount == 4)
    }

    @Test func suffixesAndCharacterCountsAgreeWithTheStandardLibrary() {
        var generator = SeededGenerator(state: 23)
        for _ in 0..<10_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let end = (0..<Int.random(in: 1...2, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            #expect(text.hasSuffixText(end) == text.hasSuffix(end), "\(text.debugDescription) ends with \(end.debugDescription)")
            #expect(text.characterCountText == text.count, "\(text.debugDescription)")
        }
        #expect("présentera".hasSuffixText("era") && "présentée".hasSuffixText("ée") && !"ée".hasSuffixText("présentée"))
    }
}
