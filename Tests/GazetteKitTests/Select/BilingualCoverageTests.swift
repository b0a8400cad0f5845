import Foundation
import Testing
@testable import GazetteKit

/// The twin pairs the gold files name (../shared, skipped when absent): each talk of a twin event should get
/// a text of its own in both languages, its French text from the French recap and its English from the English.
@Suite struct BilingualCoverageTests {
    static let present = FileManager.default.fileExists(atPath: sharedFolder + "/dev/posts")
        && FileManager.default.fileExists(atPath: sharedFolder + "/seeds")

    /// (French file, English file) of every pair, read from the gold files' `pair` fields.
    static func pairs() throws -> [(String, String)] {
        var pairs: [(String, String)] = []
        for (gold, folder) in [("/gold/seeds.json", "/seeds/"), ("/dev/gold-blog.json", "/dev/posts/"), ("/dev/gold-others.json", "/dev/posts/")] {
            let data = try Data(contentsOf: URL(fileURLWithPath: sharedFolder + gold))
            let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
            for recap in root?["recaps"] as? [[String: Any]] ?? [] {
                guard let file = recap["file"] as? String, let pair = recap["pair"] as? String,
                      (recap["language"] as? String) == "fr" else { continue }
                pairs.append((sharedFolder + folder + file, sharedFolder + folder + pair))
            }
        }
        return pairs
    }

    @Test(.enabled(if: present, "../shared is not beside the project"))
    func twinEventsGiveEveryTalkBothLanguages() throws {
        var total = 0
        var both = 0
        var lonely: [String] = []
        for (frenchFile, englishFile) in try Self.pairs() {
            let scan = TalkScan.run(sources: [frenchFile, englishFile])
            let french = scan.recaps.first { $0.recap.source == frenchFile }?.talks ?? []
            let english = scan.recaps.first { $0.recap.source == englishFile }?.talks ?? []
            for talk in TalkAligner().align(french: french, english: english) {
                total += 1
                if let fr = talk.versions[.fr], let en = talk.versions[.en], !fr.evidence.isEmpty, !en.evidence.isEmpty {
                    both += 1
                } else {
                    lonely.append(talk.id)
                }
            }
        }
        let coverage = Double(both) / Double(max(total, 1))
        print("bilingual coverage: \(both)/\(total) = \(coverage); one language only: \(lonely)")
        #expect(total > 0)
        #expect(coverage >= 0.95, "talks with one language only: \(lonely)")
    }
}
