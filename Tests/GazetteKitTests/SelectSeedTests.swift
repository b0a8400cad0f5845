import Foundation
import Testing
@testable import GazetteKit

/// Selection over real posts: the five seeds beside the project, and the project's own twin fixtures.
@Suite struct SelectSeedTests {
    static let seedsFolder = sharedFolder + "/seeds"
    static let seedsPresent = FileManager.default.fileExists(atPath: seedsFolder + "/000_f77bde803349164b.txt")

    static func scan(_ paths: [String]) throws -> [ExtractedRecap] {
        let scan = TalkScan.run(sources: paths)
        #expect(!scan.hasFailures)
        return scan.recaps
    }

    static func key(_ prefix: String, in recaps: [ExtractedRecap]) throws -> String {
        try #require(recaps.first { ($0.recap.source as NSString).lastPathComponent.hasPrefix(prefix) }).recap.key
    }

    @Test(.enabled(if: seedsPresent, "../shared/seeds is not beside the project"))
    func cloudNativeDayIsOneBilingualEvent() throws {
        let recaps = try Self.scan([Self.seedsFolder])
        #expect(recaps.count == 5)
        let request = SelectionRequest(asOf: selectDay("2019-06-30"), period: .month(year: 2019, month: 6))
        let selection = RecapSelector().select(recaps, request: request)
        let french = try Self.key("000", in: recaps), english = try Self.key("002", in: recaps)

        #expect(selection.events.count == 1)
        let event = try #require(selection.events.first)
        #expect(event.recaps[.fr]?.recap.key == french)
        #expect(event.recaps[.en]?.recap.key == english)
        #expect(event.talks.count == 11)
        #expect(event.talks.allSatisfy { $0.versions[.fr] != nil && $0.versions[.en] != nil })
        #expect(event.talks.allSatisfy { $0.id.hasPrefix(french + "/") })
        // Each pair names the same first speaker in both languages.
        #expect(event.talks.allSatisfy { $0.versions[.fr]?.speakers.first == $0.versions[.en]?.speakers.first })

        #expect(selection.selectDecision(french)?.reason == .inPeriod)
        #expect(selection.selectDecision(french)?.twin?.hasSuffix("002_1afff8e29ffe0288.txt") == true)
        #expect(selection.selectDecision(english)?.reason == .twinOfSelected)
        #expect(selection.selectDecision(english)?.selected == true)
        #expect(selection.selectDecision(english)?.twin?.hasSuffix("000_f77bde803349164b.txt") == true)
        let warning = try #require(selection.warnings.first { $0.file.hasSuffix("002_1afff8e29ffe0288.txt") })
        #expect(warning.message == "dated 2018-06-21 but its French twin 000_f77bde803349164b.txt is dated 2019-06-21")
        #expect(selection.warnings.count == 1)

        // 001 is dated 2019-09-12, after the as-of day: not published yet on 2019-06-30.
        #expect(selection.selectDecision(try Self.key("001", in: recaps))?.reason == .future)
        #expect(selection.selectDecision(try Self.key("003", in: recaps))?.reason == .outsideWindow)
        #expect(selection.selectDecision(try Self.key("004", in: recaps))?.reason == .undated)
        #expect(selection.selectDecision(try Self.key("004", in: recaps))?.selected == false)
        // 001 and 003 share a speaker (Anthony Dahanne) but are both French and distinct events.
        #expect(selection.decisions.filter { $0.twin != nil }.count == 2)

        let withUndated = RecapSelector().select(recaps, request: SelectionRequest(
            asOf: selectDay("2019-06-30"), period: .month(year: 2019, month: 6), includeUndated: true))
        #expect(withUndated.events.count == 2)
        #expect(withUndated.selectDecision(try Self.key("004", in: recaps))?.selected == true)
        #expect(withUndated.events.last?.recaps[.fr]?.recap.key == (try Self.key("004", in: recaps)))
    }

    @Test(.enabled(if: seedsPresent, "../shared/seeds is not beside the project"))
    func theDefaultWindowFindsTheSameEvent() throws {
        let recaps = try Self.scan([Self.seedsFolder])
        let selection = RecapSelector().select(recaps, request: SelectionRequest(asOf: selectDay("2019-07-21")))
        #expect(selection.events.count == 1)
        #expect(selection.events.first?.talks.count == 11)
        // A day later, 000 (2019-06-21) is the 32nd day back: nothing is left.
        let later = RecapSelector().select(recaps, request: SelectionRequest(asOf: selectDay("2019-07-22")))
        #expect(later.events.count == 0)
        #expect(later.decisions.filter(\.selected).map(\.key) == [])
    }

    @Test func fixtureTwinsDatedThreeDaysApart() throws {
        let folder = packageRoot + "/Tests/GazetteKitTests/Fixtures/recaps/"
        let recaps = try Self.scan([folder + "005-journee-infonuagique-quebec.html", folder + "006-quebec-city-cloud-day.html"])
        // 005 is dated 2025-05-22 and 006 2025-05-19: a window starting on 2025-05-21 holds only the French one.
        let selection = RecapSelector().select(recaps, request: SelectionRequest(asOf: selectDay("2025-06-20")))
        #expect(selection.decisions.map(\.reason) == [.inPeriod, .twinOfSelected])
        #expect(selection.warnings.map(\.message) == [
            "dated 2025-05-19 but its French twin 005-journee-infonuagique-quebec.html is dated 2025-05-22",
        ])
        let event = try #require(selection.events.first)
        #expect(event.talks.count == 8)
        #expect(event.talks.allSatisfy { $0.versions.count == 2 })
        // The event is dated by the post selected on its own, not by its twin's disagreeing date.
        #expect(event.date == selectDay("2025-05-22"))
    }

    @Test func fixtureTwinsPairAmongTheOtherFixtures() throws {
        let folder = packageRoot + "/Tests/GazetteKitTests/Fixtures/recaps"
        let recaps = try Self.scan([folder, packageRoot + "/Examples"])
        let pairs = TwinMatcher().pairs(recaps).map { pair in
            [pair.french, pair.english].map { (recaps[$0].recap.source as NSString).lastPathComponent }
        }
        #expect(pairs.contains(["005-journee-infonuagique-quebec.html", "006-quebec-city-cloud-day.html"]))
        #expect(pairs.contains(["montreal-novembre-2026.html", "montreal-november-2026.html"]))
        // The Ottawa and Toronto examples are different events.
        #expect(!pairs.contains { $0.contains("ottawa-octobre-2026.html") || $0.contains("toronto-october-2026.html") })
    }
}
