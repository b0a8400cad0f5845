import Foundation
import Testing
@testable import GazetteKit

/// `manifest.json` is written by hand for speed; it must say what JSONEncoder said, key for key.
@Suite struct IssueManifestJSONTests {
    /// JSONEncoder's bytes with the settings the manifest always used; its empty lists and objects
    /// ("[\n\n  ]") read as "[]" and "{}".
    func encoderBytes(_ manifest: IssueManifest) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let text = String(decoding: try encoder.encode(manifest), as: UTF8.self)
        return text.replacingOccurrences(of: #"\[\n\n *\]"#, with: "[]", options: .regularExpression)
            .replacingOccurrences(of: #"\{\n\n *\}"#, with: "{}", options: .regularExpression)
    }

    /// Every optional member both present and absent, and text that needs escaping.
    func manifest() -> IssueManifest {
        let day = CalendarDay(year: 2026, month: 11, day: 4)
        var linked = RecapDecision(source: "content/fr/posts/a.md", key: "a", language: .fr, date: day, twin: "content/en/posts/a.md",
                                   selected: true, reason: .inPeriod)
        linked.url = "https://meetup.example/fr/posts/a/"
        let undated = RecapDecision(source: "b \"draft\".md", key: "b", language: .en, date: nil, twin: nil, selected: false, reason: .undated)
        let texts = TalkTexts(title: LocalizedText(text: "Opérateurs \\ « Kubernetes »", language: .fr, origin: .extracted),
                              summary: [LocalizedText(text: "Ligne un\nligne deux\tet\u{1}fin / 🚀", language: .fr, origin: .extracted),
                                        LocalizedText(text: "Built.", language: .en, origin: .built)],
                              note: "résumé en anglais")
        let bare = TalkTexts(title: nil, summary: [])
        return IssueManifest(
            issue: "2026-11", asOf: day, period: "2026-11", dryRun: true, recaps: [linked, undated],
            talks: [
                IssueManifest.TalkEntry(id: "2026-11-04-jane-roe", event: 0,
                                        speakers: [Speaker(name: "Jane Roe", affiliation: "Acme"), Speaker(name: "Ali Ben")],
                                        kind: .talk, cities: ["Montréal"],
                                        links: [TalkLink(url: "https://x.example/s?a=1&b=\"2\"", text: "slides", kind: .slides)],
                                        fr: texts, en: bare, missingHumanText: [.en]),
                IssueManifest.TalkEntry(id: "panel", event: 1, speakers: [], kind: .panel, cities: [], links: [],
                                        fr: nil, en: nil, missingHumanText: []),
            ],
            artifacts: [
                IssueManifest.ArtifactEntry(Artifact(kind: .emailHTML, language: "fr", path: "email/fr.html", content: "", count: 24,
                                                     limit: 100_000, subject: "La Gazette — novembre", warnings: [])),
                IssueManifest.ArtifactEntry(Artifact(kind: .social, language: "en", platform: .mastodon, path: "social/mastodon/en/a.txt",
                                                     content: "", count: 9, limit: nil, talkID: "2026-11-04-jane-roe",
                                                     warnings: ["hashtags \"left\" out"])),
            ],
            warnings: ["a.md:3: warning: odd"], notes: [], newsletterNames: ["fr": "La Gazette", "en": "The Gazette"])
    }

    @Test func everyMemberIsWrittenAsJSONEncoderWroteIt() throws {
        let manifest = manifest()
        #expect(String(decoding: manifest.jsonBytes(), as: UTF8.self) == (try encoderBytes(manifest)))
    }

    @Test func anEmptyIssueToo() throws {
        let manifest = IssueManifest(issue: "2026-12", asOf: CalendarDay(year: 2026, month: 12, day: 1), period: "2026-12", dryRun: false,
                                     recaps: [], talks: [], artifacts: [], warnings: [], notes: [], newsletterNames: [:])
        #expect(String(decoding: manifest.jsonBytes(), as: UTF8.self) == (try encoderBytes(manifest)))
    }

    /// A real composed issue: the built-in example, through every stage.
    @Test func theExampleIssue() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Examples").standardized.path
        let issue = try IssueComposer().compose(
            sources: [examples], request: SelectionRequest(asOf: CalendarDay(year: 2026, month: 11, day: 30), period: .month(year: 2026, month: 11)))
        let manifest = issue.manifest(dryRun: true)
        #expect(!manifest.talks.isEmpty)
        #expect(String(decoding: manifest.jsonBytes(), as: UTF8.self) == (try encoderBytes(manifest)))
    }
}
