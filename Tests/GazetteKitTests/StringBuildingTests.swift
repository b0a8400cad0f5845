import Testing
@testable import GazetteKit

/// The hand-written UTF-8 paths must give the strings the standard library gives.
@Suite struct StringBuildingTests {
    static let samples = ["", "a", "Montréal", "« déjà »", "Ω≈ç√", "👩🏽‍💻 talks", "e\u{301}", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
                          "Jean-François Côté — Kubernetes 1.31 !"]

    @Test(arguments: samples)
    func stringsFromScalarSlicesAreTheStandardOnes(text: String) {
        let scalars = Array(text.unicodeScalars)
        for start in 0...scalars.count {
            for end in start...scalars.count {
                let slice = scalars[start..<end]
                #expect(String(scalars: slice) == String(String.UnicodeScalarView(slice)))
                #expect(String(scalars: slice).utf8.elementsEqual(String(String.UnicodeScalarView(slice)).utf8))
            }
        }
    }

    @Test func foldingKeepsEveryScalarAndOneSpaceForEachRunOfWhiteSpace() {
        #expect(TextShaping.folded("  Le\u{A0}talk \n\t de  Zoë 👩🏽‍💻\u{2028}fin  ") == "Le talk de Zoë 👩🏽‍💻 fin")
        #expect(TextShaping.folded("") == "")
        #expect(TextShaping.folded(" \n ") == "")
        #expect(TextShaping.folded("e\u{301}  x") == "e\u{301} x")
    }

    @Test func everyOccurrenceIsReplacedAndNothingElse() {
        #expect("https://x/u?t={token}&again={token}".replacingEvery("{token}", with: "A.b") == "https://x/u?t=A.b&again=A.b")
        #expect("no placeholder".replacingEvery("{token}", with: "x") == "no placeholder")
        #expect("{tok}{token".replacingEvery("{token}", with: "x") == "{tok}{token")
        #expect("é{token}é".replacingEvery("{token}", with: "ç") == "éçé")
    }
}
