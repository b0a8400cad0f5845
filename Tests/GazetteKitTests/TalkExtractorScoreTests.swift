import Foundation
import Testing
@testable import GazetteKit

/// The extractor against hand-made gold files: the seeds (scored by the team's own scorer, when
/// ../shared is beside the project) and the project's fixtures (scored by the Swift port of it).
@Suite struct TalkExtractorScoreTests {
    static let seedsPresent = FileManager.default.fileExists(atPath: sharedFolder + "/seeds")
        && FileManager.default.fileExists(atPath: sharedFolder + "/tools/score_talks.py")

    @Test(.enabled(if: seedsPresent, "../shared/seeds is not beside the project"))
    func seedsMeetTheBarsOfTheTeamScorer() throws {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: sharedFolder + "/seeds").sorted()
            .map { sharedFolder + "/seeds/" + $0 }
        let scan = TalkScan.run(sources: seeds)
        #expect(scan.failures.isEmpty)
        let (status, report) = try scoreWithTeamScorer(scan, gold: sharedFolder + "/gold/seeds.json",
                                                       bars: ["--min-f1", "0.97", "--min-title", "0.95", "--min-affil", "0.95"])
        #expect(status == 0, "\(report)")
    }

    @Test(arguments: ["", "/second-set"])
    func projectFixturesMeetTheUnseenRecapBar(set: String) throws {
        let folder = packageRoot + "/Tests/GazetteKitTests/Fixtures" + set
        let scan = TalkScan.run(sources: [folder + "/recaps"])
        #expect(scan.failures.isEmpty, "\(scan.failures)")
        let score = try GoldScorer.score(goldPath: folder + "/gold.json", recaps: scan.recaps)
        #expect(score.f1 >= 0.85, "misses \(score.misses), extras \(score.extras)")
        #expect(score.titles >= 0.85)
        #expect(score.affiliations >= 0.85)
    }
}

/// The bars of real posts from other communities (../shared/dev, skipped when absent) and of the project's
/// own posts in every recap shape (Fixtures/shapes, written before the rules that read them).
@Suite struct TalkExtractorShapeScoreTests {
    static let devPresent = FileManager.default.fileExists(atPath: sharedFolder + "/dev/posts")
        && FileManager.default.fileExists(atPath: sharedFolder + "/tools/score_talks.py")

    @Test(.enabled(if: devPresent, "../shared/dev is not beside the project"),
          arguments: [("gold-blog.json", 0.95, 0.90), ("gold-others.json", 0.90, 0.90)])
    func devPostsMeetTheirBars(gold: String, minimumF1: Double, minimumTitles: Double) throws {
        let scan = TalkScan.run(sources: [sharedFolder + "/dev/posts"])
        let (status, report) = try scoreWithTeamScorer(scan, gold: sharedFolder + "/dev/" + gold,
                                                       bars: ["--min-f1", String(minimumF1), "--min-title", String(minimumTitles)])
        #expect(status == 0, "\(report)")
    }

    @Test func shapeFixturesMeetTheBar() throws {
        let folder = packageRoot + "/Tests/GazetteKitTests/Fixtures/shapes"
        let scan = TalkScan.run(sources: [folder])
        #expect(scan.failures.isEmpty, "\(scan.failures)")
        let score = try GoldScorer.score(goldPath: folder + "/gold.json", recaps: scan.recaps)
        #expect(score.f1 >= 0.95, "misses \(score.misses), extras \(score.extras)")
        #expect(score.titles >= 0.90)
        #expect(score.affiliations >= 0.80)
    }
}

/// Writes the scan as `gazette talks --format json` would and scores it with ../shared/tools/score_talks.py.
func scoreWithTeamScorer(_ scan: TalkScan, gold: String, bars: [String]) throws -> (status: Int32, report: String) {
    let prediction = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-score-\(UUID().uuidString).json")
    try TalksReport.json(scan).write(to: prediction, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: prediction) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", sharedFolder + "/tools/score_talks.py", gold, prediction.path] + bars
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))
}
