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

    @Test(arguments: samples)
    func escapingByBytesIsEscapingByCharacters(text: String) {
        let marked = text + "<a href=\"x?a=1&b='2'\">\(text)</a> > &amp;"
        var expected = ""
        for character in marked {
            switch character {
            case "&": expected += "&amp;"
            case "<": expected += "&lt;"
            case ">": expected += "&gt;"
            case "\"": expected += "&quot;"
            case "'": expected += "&#39;"
            default: expected.append(character)
            }
        }
        #expect(marked.htmlEscaped == expected)
        #expect(text.replacingOccurrences(of: "&", with: "").htmlEscaped == text.replacingOccurrences(of: "&", with: ""))
    }

    @Test func slugsFoldAccentsCaseAndEverythingElseToOneDash() {
        #expect(Slug.make("Félix Roberge") == "felix-roberge")
        #expect(Slug.make("  Jean-François   CÔTÉ  ") == "jean-francois-cote")
        #expect(Slug.make("O’Connor & D'Souza") == "oconnor-dsouza")
        #expect(Slug.make("Zoe\u{308} Ærø 1.31") == "zoe-aero-1-31", "a combining mark goes, a ligature spells out")
        #expect(Slug.make("Ωmega λ") == "mega", "a letter with no Latin base is a break")
        #expect(Slug.make("👩🏽‍💻 — ") == "")
        #expect(Slug.make("2019-06-21-kubernetes-montreal") == "2019-06-21-kubernetes-montreal")
    }

    @Test(arguments: samples)
    func aUTF8PrefixIsTheViewsPrefix(text: String) {
        for count in [0, 1, 3, 8, 1_000] {
            #expect(text.utf8Prefix(count) == Array(text.utf8.prefix(count)))
        }
    }
}
