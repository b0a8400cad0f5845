import Testing
@testable import GazetteKit

@Suite struct TextShapingTests {
    /// Plain Latin text is wrapped on its bytes: widths in characters still, accents and typographic marks
    /// counting one each, a word longer than the line on a line of its own.
    @Test func plainLatinTextWrapsAtItsWidthInCharacters() {
        let text = "Déjà vu — une présentation sur l’observabilité des grappes Kubernetes à grande échelle, "
            + "avec « OpenTelemetry » et https://exemple.org/une/tres/longue/adresse/qui/depasse"
        #expect(TextShaping.wrapped(text, width: 30, indent: "  ") == """
              Déjà vu — une présentation
              sur l’observabilité des
              grappes Kubernetes à grande
              échelle, avec «
              OpenTelemetry » et
              https://exemple.org/une/tres/longue/adresse/qui/depasse
            """)
        #expect(TextShaping.wrapped("  un\n\tdeux  ", width: 72) == "un deux")
        #expect(TextShaping.wrapped("", width: 72, indent: "  ") == "")
    }

    /// Other text goes by graphemes: a combining accent or an emoji sequence is one character wide.
    @Test func otherTextWrapsByGraphemes() {
        #expect(TextShaping.wrapped("Zoe\u{308} et 👩🏽‍💻 parlent d’observabilité des grappes Kubernetes à grande échelle", width: 20)
            == "Zoe\u{308} et 👩🏽‍💻 parlent\nd’observabilité des\ngrappes Kubernetes à\ngrande échelle")
    }
}
