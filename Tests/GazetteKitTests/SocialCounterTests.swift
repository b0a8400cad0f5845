import Testing
@testable import GazetteKit

@Suite struct SocialCounterTests {
    @Test func xWeighsLikeTwitterText() {
        #expect(PlatformCounter.count("hello", for: .x) == 5)
        #expect(PlatformCounter.count("café", for: .x) == 4)
        #expect(PlatformCounter.count("cafe\u{301}", for: .x) == 4, "NFC first: e + combining acute is one code point")
        #expect(PlatformCounter.count("日本語", for: .x) == 6)
        #expect(PlatformCounter.count("한국어", for: .x) == 6)
        #expect(PlatformCounter.count("👍", for: .x) == 2)
        #expect(PlatformCounter.count("👨‍👩‍👧‍👦", for: .x) == 2, "a ZWJ sequence is one emoji")
        #expect(PlatformCounter.count("👍🏽", for: .x) == 2)
        #expect(PlatformCounter.count("❤️", for: .x) == 2)
        #expect(PlatformCounter.count("’“”–—", for: .x) == 5, "U+2010–U+201F weigh 1")
        #expect(PlatformCounter.count("…", for: .x) == 2, "U+2026 is outside the light ranges")
        #expect(PlatformCounter.count("https://example.org/a/very/long/path/that/goes/on/and/on", for: .x) == 23)
        #expect(PlatformCounter.count("http://a.co", for: .x) == 23, "short URLs count 23 too")
        #expect(PlatformCounter.count("see https://example.org/x.", for: .x) == 4 + 23 + 1)
        #expect(PlatformCounter.count("(www.example.org)", for: .x) == 25)
    }

    @Test func blueskyCountsGraphemesAndBytes() {
        #expect(PlatformCounter.count("👨‍👩‍👧‍👦", for: .bluesky) == 1)
        #expect(PlatformCounter.count("cafe\u{301}", for: .bluesky) == 4)
        #expect(PlatformCounter.count("日本語", for: .bluesky) == 3)
        #expect(PlatformCounter.count("https://example.org/long/path", for: .bluesky) == 29, "Bluesky counts links in full")
        #expect(PlatformCounter.fits(String(repeating: "é", count: 300), on: .bluesky))
        #expect(!PlatformCounter.fits(String(repeating: "é", count: 301), on: .bluesky))
        let families = String(repeating: "👨‍👩‍👧‍👦", count: 200)
        #expect(PlatformCounter.count(families, for: .bluesky) == 200)
        #expect(families.utf8.count == 5000)
        #expect(!PlatformCounter.fits(families, on: .bluesky), "200 graphemes but over 3,000 bytes")
    }

    @Test func mastodonCountsURLsAs23() {
        #expect(PlatformCounter.count("https://example.org/a/very/long/path/that/goes/on/and/on", for: .mastodon) == 23)
        #expect(PlatformCounter.count("go http://a.co now", for: .mastodon) == 3 + 23 + 4)
        #expect(PlatformCounter.count("👨‍👩‍👧‍👦 cafe\u{301}", for: .mastodon) == 6)
        #expect(PlatformCounter.fits(String(repeating: "a", count: 500), on: .mastodon))
        #expect(!PlatformCounter.fits(String(repeating: "a", count: 501), on: .mastodon))
    }

    @Test func linkedInCountsUTF16() {
        #expect(PlatformCounter.count("👍", for: .linkedin) == 2)
        #expect(PlatformCounter.count("café", for: .linkedin) == 4)
        #expect(PlatformCounter.limit(for: .linkedin) == 3000)
    }

    @Test func urlSplitterKeepsSentencePunctuationOut() {
        let pieces = URLSplitter.pieces("Voir https://ex.org/a_b?c=1. Et «https://ex.org/d» ou HTTPS://EX.ORG.")
        #expect(pieces.filter(\.isURL).map { String($0.text) } == ["https://ex.org/a_b?c=1", "https://ex.org/d", "HTTPS://EX.ORG"])
        #expect(URLSplitter.pieces("https:// nothing").allSatisfy { !$0.isURL })
    }

    /// The byte-level road must count exactly as the general rules do, wherever it is taken.
    @Test func simpleTextCountsLikeTheGeneralRules() {
        var generator = SeededGenerator(state: 11)
        let pieces = ["a", "Z", " ", "é", "É", "ç", "œ", "ß", "ÿ", "ɐ", "ʼ", "\n", "\r\n", "\r", "\t", "\u{A0}", "«", "»",
                      ".", ",", "(", ")", "\"", "'", "#", "©", "®", "0", "1", "https://ex.org/a", "http://b.co/é?x=1",
                      "www.example.org", "WWW.X.ORG.", "https://", "h", "w", "(https://ex.org/p).", "«www.ex.org»",
                      "ĳ", "ſ", "\u{2FF}", "🎤", "📅", "✅", "’", "“", "”", "–", "—", "…", "•", "\u{2009}", "\u{202F}",
                      "\u{2000}", "\u{2028}", "\u{200B}", "\u{2060}", "‼", "⁉"]
        var taken = 0
        for _ in 0..<2000 {
            let length = Int.random(in: 0...40, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for platform in [Platform.x, .bluesky, .mastodon] {
                guard let simple = PlatformCounter.simpleCount(text, for: platform) else { continue }
                taken += 1
                #expect(simple == PlatformCounter.generalCount(text, for: platform), "\(platform) \(text.debugDescription)")
            }
        }
        #expect(taken == 6000, "every generated text is made of simple code points")
        for text in ["cafe\u{301}", "👍🏽", "❤️", "🇨🇦", "👨‍👩‍👧", "a\u{200D}b", "日本", "\u{300}", "1️⃣"] {
            #expect(PlatformCounter.simpleCount(text, for: .x) == nil, "\(text.debugDescription) takes the general road")
        }
    }
}
