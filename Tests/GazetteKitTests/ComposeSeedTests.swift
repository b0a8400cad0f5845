import Foundation
import Testing
@testable import GazetteKit

/// The composition bar on the real seeds: `gazette compose --as-of 2019-06-30 --month 2019-06 ../shared/seeds`.
@Suite struct ComposeSeedTests {
    static let seedsPresent = FileManager.default.fileExists(atPath: sharedFolder + "/seeds")

    @Test(.enabled(if: seedsPresent, "../shared/seeds is not beside the project"))
    func cloudNativeDayHasElevenTalksInBothEditionsWithEnglishFromTheTwin() throws {
        let outbox = (NSTemporaryDirectory() as NSString).appendingPathComponent("gazette-seeds-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        let request = SelectionRequest(asOf: CalendarDay(year: 2019, month: 6, day: 30), period: .month(year: 2019, month: 6))
        let issue = try IssueComposer().compose(sources: [sharedFolder + "/seeds"], request: request)
        let folder = try OutboxWriter(outbox: outbox).write(issue, dryRun: false)
        #expect(folder.hasSuffix("/2019-06"))

        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/manifest.json"))) as! [String: Any]
        let recaps = manifest["recaps"] as! [[String: Any]]
        let english = try #require(recaps.first { ($0["source"] as! String).hasSuffix("002_1afff8e29ffe0288.txt") })
        #expect(english["selected"] as? Bool == true)
        #expect(english["reason"] as? String == "twin-of-selected")

        let talks = manifest["talks"] as! [[String: Any]]
        #expect(talks.count == 11)
        let frenchHTML = try String(contentsOfFile: folder + "/email/fr.html", encoding: .utf8)
        let englishHTML = try String(contentsOfFile: folder + "/email/en.html", encoding: .utf8)
        let englishSource = try String(contentsOfFile: sharedFolder + "/seeds/002_1afff8e29ffe0288.txt", encoding: .utf8)
            .replacingOccurrences(of: "&nbsp;", with: " ")
        for talk in talks {
            let speakers = (talk["speakers"] as! [[String: Any]]).map { $0["name"] as! String }
            for name in speakers {
                #expect(frenchHTML.contains(name), "\(name) in the French edition")
                #expect(englishHTML.contains(name), "\(name) in the English edition")
            }
            for language in ["fr", "en"] {
                let texts = try #require(talk[language] as? [String: Any], "\(speakers) has \(language) texts")
                let summary = try #require(texts["summary"] as? [[String: Any]])
                #expect(!summary.isEmpty)
                // Each edition's summary is in its own language, drawn from that language's recap.
                #expect(summary.allSatisfy { $0["language"] as? String == language }, "\(speakers) \(language): \(summary)")
                #expect(summary.allSatisfy { $0["origin"] as? String == "extracted" })
            }
            let englishSummary = ((talk["en"] as! [String: Any])["summary"] as! [[String: Any]]).map { $0["text"] as! String }
            let sourceWords = Set(words(englishSource))
            for sentence in englishSummary {
                // Extracted from 002 (maybe compressed by deleting words): every word is the English post's.
                for word in words(sentence) { #expect(sourceWords.contains(word), "“\(word)” of “\(sentence)” comes from the English twin") }
            }
        }
        for artifact in issue.artifacts where artifact.kind == .social {
            #expect(artifact.count <= artifact.limit!, "\(artifact.path): \(artifact.count) > \(artifact.limit!)")
        }
        for artifact in issue.artifacts where artifact.kind == .emailHTML {
            #expect(artifact.count < 100_000, "\(artifact.path) is \(artifact.count) bytes")
        }
    }

    private func words(_ text: String) -> [String] {
        text.lowercased().components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }
    }
}
