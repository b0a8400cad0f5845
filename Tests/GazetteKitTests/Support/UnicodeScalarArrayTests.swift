import Testing
@testable import GazetteKit

@Suite struct UnicodeScalarArrayTests {
    @Test func decodesEveryWidthAsTheScalarViewDoes() {
        var generator = SeededGenerator(state: 41)
        let pieces = ["a", " ", "é", "ß", "’", "€", "한", "😀", "👩‍💻", "\u{301}", "\u{10FFFF}", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...20, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(text.unicodeScalarArray == Array(text.unicodeScalars), "\(text.debugDescription)")
        }
        let bridged = String(decoding: [0x61, 0xFF, 0x62], as: UTF8.self)  // repaired to a, U+FFFD, b
        #expect(bridged.unicodeScalarArray == Array(bridged.unicodeScalars))
    }
}
