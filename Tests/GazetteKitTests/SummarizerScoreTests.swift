import Foundation
import Testing
@testable import GazetteKit

/// A talk's evidence with a summary a person wrote for it.
struct ReferenceCase {
    var talk: Talk
    var language: Language
    var reference: String
}

/// The baseline the issue names: the first sentence or two after the introduction, trimmed.
func baselineSummary(_ talk: Talk) -> String {
    let sentences = talk.evidence.count > 1 ? [String](talk.evidence.dropFirst()) : [String](talk.evidence)
    guard let first = sentences.first else { return "" }
    var text = first
    if sentences.count > 1, first.count + 1 + sentences[1].count <= ExtractiveSummarizer.maximumLength {
        text += " " + sentences[1]
    }
    return ExtractiveSummarizer.fit(text, limit: ExtractiveSummarizer.maximumLength)
}

/// ROUGE-1 F1: unigram overlap (with multiplicity) between a summary and its reference.
func rouge1(_ candidate: String, _ reference: String) -> Double {
    let a = SummaryWords.tokens(candidate), b = SummaryWords.tokens(reference)
    guard !a.isEmpty, !b.isEmpty else { return 0 }
    var counts: [String: Int] = [:]
    for word in b { counts[word, default: 0] += 1 }
    var overlap = 0
    for word in a where counts[word, default: 0] > 0 {
        overlap += 1
        counts[word]! -= 1
    }
    let precision = Double(overlap) / Double(a.count), recall = Double(overlap) / Double(b.count)
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
}

private let summariesFolder = packageRoot + "/Tests/GazetteKitTests/Fixtures/summaries"

private struct FixtureFile: Decodable {
    struct Entry: Decodable {
        var id: String
        var language: Language
        var speakers: [Speaker]
        var title: String?
        var titleTranslation: String?
        var evidence: [String]
        var reference: String
    }
    var talks: [Entry]
}

private struct SeedFile: Decodable { var references: [String: String] }

func fixtureCases() throws -> [ReferenceCase] {
    let data = try Data(contentsOf: URL(fileURLWithPath: summariesFolder + "/fixture-references.json"))
    return try JSONDecoder().decode(FixtureFile.self, from: data).talks.map {
        ReferenceCase(talk: Talk(id: $0.id, speakers: $0.speakers, title: $0.title, titleTranslation: $0.titleTranslation,
                                 evidence: SentenceList($0.evidence)),
                      language: $0.language, reference: $0.reference)
    }
}

let seedsPresent = FileManager.default.fileExists(atPath: sharedFolder + "/seeds/000_f77bde803349164b.txt")

func seedCases() throws -> [ReferenceCase] {
    let data = try Data(contentsOf: URL(fileURLWithPath: summariesFolder + "/seed-references.json"))
    let references = try JSONDecoder().decode(SeedFile.self, from: data).references
    let scan = TalkScan.run(sources: [sharedFolder + "/seeds/000_f77bde803349164b.txt",
                                      sharedFolder + "/seeds/002_1afff8e29ffe0288.txt"])
    return scan.recaps.flatMap { recap in
        recap.talks.compactMap { talk in
            references[talk.id].map { ReferenceCase(talk: talk, language: recap.recap.language, reference: $0) }
        }
    }
}

private func measure(_ cases: [ReferenceCase], label: String) -> (baseline: Double, ours: Double) {
    var baseline = 0.0, ours = 0.0
    for item in cases {
        let mine = ExtractiveSummarizer().summarize(item.talk, language: item.language) ?? ""
        let base = baselineSummary(item.talk)
        baseline += rouge1(base, item.reference)
        ours += rouge1(mine, item.reference)
        if ProcessInfo.processInfo.environment["GAZETTE_SHOW_SUMMARIES"] != nil {
            print("[\(item.talk.id)] base \(rouge1(base, item.reference)) ours \(rouge1(mine, item.reference))\n  \(mine)")
        }
    }
    let count = Double(max(cases.count, 1))
    print("\(label): ROUGE-1 F1 baseline \(baseline / count), summarizer \(ours / count) over \(cases.count) talks")
    return (baseline / count, ours / count)
}

private func assertFaithful(_ cases: [ReferenceCase]) {
    for item in cases {
        guard let summary = ExtractiveSummarizer().summarize(item.talk, language: item.language) else { continue }
        let source = Set(item.talk.evidence.flatMap(SummaryWords.tokens))
        let added = SummaryWords.tokens(summary).filter { !source.contains($0) }
        #expect(added.isEmpty, "\(item.talk.id) adds \(added)")
        #expect(summary.count <= ExtractiveSummarizer.maximumLength, "\(item.talk.id) is \(summary.count) characters")
    }
}

@Suite struct SummarizerScoreTests {
    @Test func fixtureReferencesBeatTheBaseline() throws {
        let cases = try fixtureCases()
        #expect(cases.count >= 25)
        let score = measure(cases, label: "fixtures")
        #expect(score.ours >= score.baseline)
    }

    @Test func fixtureSummariesOnlyUseEvidenceWords() throws {
        assertFaithful(try fixtureCases())
    }

    @Test(.enabled(if: seedsPresent, "../shared/seeds is absent"))
    func seedReferencesBeatTheBaseline() throws {
        let cases = try seedCases()
        #expect(cases.count == 22)
        let score = measure(cases, label: "seeds")
        #expect(score.ours >= score.baseline)
    }

    @Test(.enabled(if: seedsPresent, "../shared/seeds is absent"))
    func seedSummariesOnlyUseEvidenceWords() throws {
        assertFaithful(try seedCases())
    }
}
