import Foundation
import Testing
@testable import GazetteKit

/// Answers every request with a marked echo, counting calls.
final class EchoTranslator: Translator, @unchecked Sendable {
    var calls = 0
    func translate(_ text: String, from source: Language, to target: Language) throws -> String {
        calls += 1
        return "(\(target.rawValue)) \(text)"
    }
}

private let french = Talk(
    id: "soiree/jane-roe", speakers: [Speaker(name: "Jane Roe", affiliation: "Acme")],
    title: "Observability on a Budget", titleTranslation: "L’observabilité à petit budget", kind: .lightningTalk,
    cities: ["Montréal"],
    evidence: ["Ensuite, Jane Roe, de chez Acme, a présenté « Observability on a Budget » (L’observabilité à petit budget).",
               "Elle a comparé le coût mensuel de trois piles de journalisation pour une grappe moyenne.",
               "Ses diapositives sont disponibles ici."])

@Suite struct SummarizerComposeTests {
    @Test func frenchOnlyTalkGetsBuiltEnglishSentenceThenTheFrenchSummary() {
        let composed = TalkSummarizer().compose(EventTalk(id: french.id, versions: [.fr: french]))
        let fr = composed.texts[.fr]!, en = composed.texts[.en]!
        #expect(fr.summary == [LocalizedText(text: "Elle a comparé le coût mensuel de trois piles de journalisation pour une grappe moyenne.",
                                             language: .fr, origin: .extracted)])
        #expect(fr.title == LocalizedText(text: "L’observabilité à petit budget", language: .fr, origin: .extracted))
        #expect(en.title == LocalizedText(text: "Observability on a Budget", language: .en, origin: .extracted))
        #expect(en.summary.count == 2)
        #expect(en.summary[0] == LocalizedText(text: "Jane Roe (Acme) gave a lightning talk in Montreal: “Observability on a Budget”.",
                                               language: .en, origin: .built))
        #expect(en.summary[1].language == .fr && en.summary[1].origin == .extracted)
        #expect(en.note == "summary in French")
        #expect(composed.missingHumanText == [.en])
        #expect(composed.kind == .lightningTalk)
    }

    @Test func builtFrenchSentenceUsesFrenchPhrasesAndTypography() {
        let english = Talk(id: "night/a-b", speakers: [Speaker(name: "Ann Bee", affiliation: "Hexa"), Speaker(name: "Cy Dee")],
                           title: "Boring Is a Feature", kind: .talk, cities: ["Quebec City", "Toronto"],
                           evidence: ["Ann Bee of Hexa and Cy Dee presented “Boring Is a Feature”.",
                                      "They showed how a platform nobody talks about is a successful one."])
        let composed = TalkSummarizer().compose(EventTalk(id: english.id, versions: [.en: english]))
        let fr = composed.texts[.fr]!
        #expect(fr.summary[0].text == "Ann Bee (Hexa) et Cy Dee ont présenté une conférence à Québec et à Toronto\u{00A0}: «\u{00A0}Boring Is a Feature\u{00A0}».")
        #expect(fr.summary[0].origin == .built && fr.summary[0].language == .fr)
        // An English title stays labelled English in the French edition: it is quoted, not translated.
        #expect(fr.title?.language == .en)
        #expect(fr.note == "résumé en anglais")
    }

    @Test func frenchTitleInAnEnglishPostIsLabelledFrench() {
        let english = Talk(id: "day/caroline", speakers: [Speaker(name: "Caroline Thériault")],
                           title: "Construire ou acheter sa plateforme?", titleTranslation: "Build or buy your platform?",
                           kind: .panel, evidence: ["Caroline Thériault led a panel.", "Mehdi argued for a home-grown platform, Aurélie for a commercial product."])
        let summarizer = TalkSummarizer()
        let event = EventTalk(id: english.id, versions: [.en: english])
        #expect(summarizer.title(event, entry: nil, language: .fr) == LocalizedText(text: "Construire ou acheter sa plateforme?", language: .fr, origin: .extracted))
        #expect(summarizer.title(event, entry: nil, language: .en) == LocalizedText(text: "Build or buy your platform?", language: .en, origin: .extracted))
        #expect(TitleLanguage.detect("Kubernetes : Traverser le gouffre") == .fr)
        #expect(TitleLanguage.detect("Kubernetes: Crossing the Chasm") == .en)
        #expect(TitleLanguage.detect("Kubeflow") == nil)
    }

    @Test func translatorFillsTheMissingLanguageAndLabelsIt() {
        let translator = EchoTranslator()
        let composed = TalkSummarizer(translator: translator).compose(EventTalk(id: french.id, versions: [.fr: french]))
        let en = composed.texts[.en]!
        #expect(en.summary.count == 1)
        #expect(en.summary[0].origin == .translated && en.summary[0].language == .en)
        #expect(en.summary[0].text.hasPrefix("(en) Elle a comparé"))
        #expect(en.note == "machine-translated from French")
        #expect(composed.missingHumanText == [.en])
    }

    @Test func overridesWinOverEverything() throws {
        let overrides = try Overrides.parse(yaml: """
            "soiree/jane-roe":
              title: { en: "Cheap Observability" }
              summary: { en: "Jane compared three logging stacks." }
            """, file: "overrides.yaml")
        let composed = TalkSummarizer(overrides: overrides, translator: EchoTranslator())
            .compose(EventTalk(id: french.id, versions: [.fr: french]))
        #expect(composed.texts[.en]!.summary == [LocalizedText(text: "Jane compared three logging stacks.", language: .en, origin: .override)])
        #expect(composed.texts[.en]!.title == LocalizedText(text: "Cheap Observability", language: .en, origin: .override))
        #expect(composed.missingHumanText.isEmpty)
    }

    @Test(.enabled(if: seedsPresent, "../shared/seeds is absent"))
    func seedTwinsGetHumanTextInBothLanguages() {
        let scan = TalkScan.run(sources: [sharedFolder + "/seeds/000_f77bde803349164b.txt",
                                          sharedFolder + "/seeds/002_1afff8e29ffe0288.txt"])
        let byLanguage = Dictionary(uniqueKeysWithValues: scan.recaps.map { ($0.recap.language, $0.talks) })
        let fr = byLanguage[.fr] ?? [], en = byLanguage[.en] ?? []
        #expect(fr.count == 11 && en.count == 11)
        let summarizer = TalkSummarizer()
        for talk in fr {
            let speaker = talk.id.split(separator: "/").last!
            guard let twin = en.first(where: { $0.id.hasSuffix("/" + speaker) }) else { continue }
            let composed = summarizer.compose(EventTalk(id: talk.id, versions: [.fr: talk, .en: twin]))
            #expect(composed.missingHumanText.isEmpty, "\(talk.id)")
            for language in Language.allCases {
                let texts = composed.texts[language]!
                #expect(texts.summary.allSatisfy { $0.language == language && $0.origin == .extracted })
                #expect(texts.summary.allSatisfy { $0.text.count <= ExtractiveSummarizer.maximumLength })
                if let title = texts.title { #expect(title.language == language, "\(talk.id) \(title.text)") }
            }
        }
    }
}
