import Foundation
import Testing
@testable import GazetteKit

/// Extraction stays linear in a paragraph's length: doubling a hostile paragraph must not quadruple the time.
/// A ratio, not a time: it holds on a slow or busy machine (the figures are in scripts/bench_talks.sh).
@Suite struct ExtractionGrowthTests {
    private func seconds(_ body: String) -> Double {
        let recap = Recap(source: "r.html", key: "r", title: nil, language: .fr, languageSource: .frontMatter, date: nil,
                          frontMatter: FrontMatter(), blocks: [TextBlock(kind: .paragraph, text: body)])
        var best = Double.infinity
        for _ in 0..<3 {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = TalkExtractor().extract(recap)
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        return best
    }

    @Test(arguments: ["'", "« ", "\" ", "“", "Ab "])
    func doublingAHostileParagraphAtMostDoublesTheTime(_ unit: String) {
        let prefix = "Jeanne Roy a présenté "
        let small = seconds(prefix + String(repeating: unit, count: 8_000))
        let large = seconds(prefix + String(repeating: unit, count: 16_000))
        #expect(large < max(small, 0.002) * 3.2, "8k: \(small)s, 16k: \(large)s")
    }
}

@Test func aTalkKeepsABoundedNumberOfEvidenceSentences() {
    let body = "Jeanne Roy a présenté « Les index ». " + String(repeating: "Elle a montré un exemple de plus. ", count: 5_000)
    let found = talks(html: "<p>\(body)</p>")
    #expect(found.count == 1)
    #expect(found.first.map { $0.evidence.count <= TalkDraft.evidenceLimit && $0.evidence.count >= 2 } == true)
}
