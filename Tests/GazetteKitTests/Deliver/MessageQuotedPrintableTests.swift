import Foundation
import Testing
@testable import GazetteKit

@Suite struct MessageQuotedPrintableTests {
    static func encoded(_ text: String) -> String { String(decoding: QuotedPrintable.encode(text), as: UTF8.self) }

    @Test func encodesWhatMustBeEncoded() {
        #expect(Self.encoded("a=b") == "a=3Db")
        #expect(Self.encoded("café") == "caf=C3=A9")
        #expect(Self.encoded("tab\there") == "tab\there")
        #expect(Self.encoded("end \nnext\t\r\nlast ") == "end=20\r\nnext=09\r\nlast=20")
        #expect(Self.encoded("a\rb") == "a=0Db")
        #expect(Self.encoded("\u{0}\u{7F}") == "=00=7F")
        #expect(Self.encoded(".\n.x\nx.") == "=2E\r\n=2Ex\r\nx.")
        #expect(Self.encoded("From me\nFrom: x\nFromage") == "=46rom me\r\nFrom: x\r\nFromage")
    }

    @Test func softBreaksKeepLinesAt76AndNeverSplitAnEscape() {
        #expect(Self.encoded(String(repeating: "a", count: 76)) == String(repeating: "a", count: 76))
        #expect(Self.encoded(String(repeating: "a", count: 77)) == String(repeating: "a", count: 75) + "=\r\naa")
        #expect(Self.encoded(String(repeating: "a", count: 74) + "é") == String(repeating: "a", count: 74) + "=\r\n=C3=A9")
        // A dot pushed to the start of a line by a soft break is encoded as well.
        #expect(Self.encoded(String(repeating: "a", count: 75) + ".b") == String(repeating: "a", count: 75) + "=\r\n=2Eb")
    }

    @Test func decodesSoftBreaksHexOfEitherCaseAndMalformedEqualsLiterally() {
        #expect(QuotedPrintable.decode("a=\r\nb=c3=A9=\nc") == Array("abéc".utf8))
        #expect(QuotedPrintable.decode("x=zz = \r\ny") == Array("x=zz y".utf8))
        #expect(QuotedPrintable.decode("trailing   \r\nkept  inside") == Array("trailing\r\nkept  inside".utf8))
    }

    static func checkLines(_ encoded: [UInt8]) -> Bool {
        let (lines, bare) = crlfLines(encoded)
        return bare == 0 && lines.allSatisfy { $0.count <= QuotedPrintable.maximumLineLength && $0.last != 32 && $0.last != 9 }
            && encoded.allSatisfy { $0 < 128 }
    }

    @Test func randomBytesRoundTrip() {
        var random = SeededGenerator(state: 2045)
        // Bytes skewed toward the interesting ones: line ends, spaces, '=', '.', high bytes.
        let alphabet: [UInt8] = [10, 13, 32, 9, 61, 46, 70, 0, 127, 200, 255] + Array(97...122)
        for _ in 0..<2000 {
            let length = Int.random(in: 0...300, using: &random)
            let bytes = (0..<length).map { _ in
                Bool.random(using: &random) ? alphabet.randomElement(using: &random)! : UInt8.random(in: 0...255, using: &random)
            }
            let encoded = QuotedPrintable.encode(bytes)
            #expect(Self.checkLines(encoded))
            #expect(QuotedPrintable.decode(encoded) == canonicalLineEnds(bytes))
        }
    }

    @Test func randomUnicodeTextRoundTrip() {
        var random = SeededGenerator(state: 6_7)
        let pieces = ["é", "à", "œ", "ç", "—", "«", "»", " ", "  ", "\n", "\r\n", "\t", "=", ".", "From ", "🎉", "👩🏽‍💻", "東京",
                      "a", "word", "Montréal", "\u{0301}", "=?", "_", "\u{FEFF}"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...120, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let encoded = QuotedPrintable.encode(text)
            #expect(Self.checkLines(encoded))
            #expect(QuotedPrintable.decode(encoded) == crlfNormalized(text))
        }
    }

    @Test func encodesAHundredKilobyteBodyQuickly() {
        let html = String(repeating: "<p class=\"talk\">Présentation « Swift & SQLite » — élégant 👍</p>\n", count: 1600)
        #expect(html.utf8.count > 100_000)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for _ in 0..<20 { _ = QuotedPrintable.encode(html) }
        }
        // About 1 ms per encoding in an optimized build; the bound leaves room for debug builds and busy machines.
        #expect(elapsed < .seconds(10))
    }
}
