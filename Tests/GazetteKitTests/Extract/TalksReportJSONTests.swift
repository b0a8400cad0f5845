import Foundation
import Testing
@testable import GazetteKit

/// `gazette talks --format json` is written by hand (PrettyJSONWriter): what a JSON parser reads back must
/// be every field of the recap and its talks, whatever the strings hold.
@Suite struct TalksReportJSONTests {
    static func parsed(_ document: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any])
    }

    static func expectRecord(_ record: [String: Any], matches extracted: ExtractedRecap) {
        let recap = extracted.recap
        #expect(record["source"] as? String == recap.source)
        #expect(record["key"] as? String == recap.key)
        #expect(record["language"] as? String == recap.language.rawValue)
        #expect(record["date"] as? String == recap.date?.day.description)
        #expect(record["dateSource"] as? String == recap.date?.source.rawValue)
        #expect(record["title"] as? String == recap.title)
        #expect((record["title"] is NSNull) == (recap.title == nil))
        #expect(record["warnings"] as? [String] == recap.warnings.map(\.description))
        let talks = record["talks"] as? [[String: Any]] ?? []
        #expect(talks.count == extracted.talks.count)
        for (json, talk) in zip(talks, extracted.talks) {
            #expect(json["id"] as? String == talk.id)
            #expect(json["title"] as? String == talk.title)
            #expect(json["titleTranslation"] as? String == talk.titleTranslation)
            #expect(json["kind"] as? String == talk.kind.rawValue)
            #expect(json["cities"] as? [String] == talk.cities)
            #expect(json["evidence"] as? [String] == [String](talk.evidence))
            let speakers = json["speakers"] as? [[String: Any]] ?? []
            #expect(speakers.map { $0["name"] as? String } == talk.speakers.map(\.name))
            #expect(speakers.map { $0["affiliation"] as? String } == talk.speakers.map(\.affiliation))
            let links = json["links"] as? [[String: String]] ?? []
            #expect(links == talk.links.map { ["url": $0.url, "text": $0.text, "kind": $0.kind.rawValue] })
        }
    }

    @Test func everyFieldOfTheShapesFixturesReadsBack() throws {
        let scan = TalkScan.run(sources: [packageRoot + "/Tests/GazetteKitTests/Fixtures/shapes"])
        #expect(scan.recaps.count >= 20)
        let document = try Self.parsed(TalksReport.json(scan))
        let records = try #require(document["recaps"] as? [[String: Any]])
        #expect(records.count == scan.recaps.count)
        for (record, extracted) in zip(records, scan.recaps) { Self.expectRecord(record, matches: extracted) }
        #expect(document["failures"] as? [String] == scan.failures.map(\.description))
    }

    @Test func stringsThatNeedEscapingReadBackWhole() throws {
        let awkward = "quote \" backslash \\ slash / newline \n tab \t return \r bell \u{07} nul \u{00} é « » 👩🏽‍💻 \u{2028}"
        let recap = Recap(source: "posts/\(awkward).md", key: awkward, title: nil, language: .fr, languageSource: .path,
                          date: nil, frontMatter: FrontMatter(), blocks: [])
        let talks = [
            Talk(id: "a", speakers: [Speaker(name: awkward, affiliation: nil), Speaker(name: "B", affiliation: awkward)],
                 title: awkward, titleTranslation: nil, cities: [], links: [TalkLink(url: "https://x.example/?a=1&b=\"2\"", text: awkward, kind: .slides)],
                 evidence: [awkward, ""]),
            Talk(id: "b", speakers: []),
        ]
        let extracted = ExtractedRecap(recap: recap, talks: talks)
        let document = try Self.parsed(TalksReport.jsonDocument(recaps: [TalksReport.jsonObject(extracted)], failures: []))
        let records = try #require(document["recaps"] as? [[String: Any]])
        Self.expectRecord(try #require(records.first), matches: extracted)
    }

    /// A recap with more talks than a piece holds whole is written in chunks as it is made; the document must
    /// be byte for byte what the in-memory encoding gives, and no chunk may grow with the recap.
    @Test func aRecapWithThousandsOfTalksStreamsTheSameBytesInBoundedChunks() throws {
        let recap = Recap(source: "posts/long.md", key: "long", title: "Long", language: .en, languageSource: .path,
                          date: nil, frontMatter: FrontMatter(), blocks: [TextBlock(kind: .paragraph, text: "kept")])
        let talks = (0..<5_000).map { index in
            Talk(id: "long/\(index)", speakers: [Speaker(name: "Speaker \(index)", affiliation: index % 3 == 0 ? "Firm \"\(index)\"" : nil)],
                 title: "Title \(index) é", titleTranslation: nil, cities: ["Ottawa"], links: [],
                 evidence: ["Speaker \(index) gave a talk.", "It went well."])
        }
        let extracted = ExtractedRecap(recap: recap, talks: talks)
        let piece = TalksReport.jsonPiece(extracted)
        guard case .deferred(let deferred) = piece else {
            Issue.record("a recap of 5,000 talks should be deferred")
            return
        }
        #expect(deferred.recap.blocks.isEmpty, "a deferred recap lets its blocks go")
        var chunks: [[UInt8]] = []
        TalksReport.writeJSON(piece, first: true) { chunks.append($0) }
        let streamed = String(decoding: chunks.joined(), as: UTF8.self)
        #expect(streamed == TalksReport.jsonElement(TalksReport.jsonObject(extracted), first: true))
        #expect(chunks.count > 10)
        #expect(chunks.map(\.count).max() ?? 0 < 1 << 17)

        let small = ExtractedRecap(recap: recap, talks: Array(talks.prefix(3)))
        var smallBytes: [UInt8] = []
        TalksReport.writeJSON(TalksReport.jsonPiece(small), first: false) { smallBytes += $0 }
        #expect(String(decoding: smallBytes, as: UTF8.self) == TalksReport.jsonElement(TalksReport.jsonObject(small), first: false))
    }
}
