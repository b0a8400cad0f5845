import Foundation
import Testing
@testable import GazetteKit

@Suite struct OverridesFileTests {
    @Test func loadsTitlesAndSummariesByTalkId() throws {
        let path = NSTemporaryDirectory() + "overrides-\(UUID().uuidString).yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try """
            "journee-cloud-native-2019/ian-crosby":
              title: { fr: "Kubernetes : traverser le gouffre", en: "Kubernetes: Crossing the Chasm" }
              summary:
                fr: "Comment Kubernetes a traversé le gouffre."
                en: ""
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let overrides = try Overrides.load(path: path)
        let entry = try #require(overrides.entries["journee-cloud-native-2019/ian-crosby"])
        #expect(entry.title == [.fr: "Kubernetes : traverser le gouffre", .en: "Kubernetes: Crossing the Chasm"])
        #expect(entry.summary == [.fr: "Comment Kubernetes a traversé le gouffre."])
    }

    @Test func errorsNameTheFileAndLine() {
        func message(_ yaml: String) -> String {
            do {
                _ = try Overrides.parse(yaml: yaml, file: "o.yaml")
                return "no error"
            } catch { return "\(error)" }
        }
        #expect(message("\"a/b\":\n  summary:\n    de: \"Hallo\"\n").hasPrefix("o.yaml:3: error: unknown language \"de\""))
        #expect(message("\"a/b\":\n  resume: {fr: x}\n").hasPrefix("o.yaml:2: error: unknown field"))
        #expect(message("\"a/b\":\n  summary: {fr: \"x\"\n").hasPrefix("o.yaml:"))
        #expect(message("- a\n- b\n").hasPrefix("o.yaml:1: error: expected a mapping"))
    }

    @Test func missingFileIsAnError() {
        #expect(throws: OverridesError.self) { try Overrides.load(path: "/nonexistent/overrides.yaml") }
    }

    @Test func skeletonListsTalksLackingHumanTextAndParsesBack() throws {
        let talk = Talk(id: "soiree/jane-roe", speakers: [Speaker(name: "Jane Roe", affiliation: "Acme")], title: "Boring: \"yes\"",
                        evidence: ["Jane Roe from Acme presented “Boring”.", "She showed why boring platforms win."])
        let composed = TalkSummarizer().compose(EventTalk(id: talk.id, versions: [.en: talk]))
        let yaml = Overrides.skeleton(for: [composed])
        #expect(yaml.contains("\"soiree/jane-roe\":\n  summary:\n"))
        #expect(yaml.contains("    fr: \"\""))
        #expect(!yaml.contains("    en: \"\""))
        let parsed = try Overrides.parse(yaml: yaml, file: "skeleton.yaml")
        #expect(parsed.entries["soiree/jane-roe"] == Overrides.Entry())
    }
}
