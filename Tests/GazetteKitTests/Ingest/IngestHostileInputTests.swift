import Foundation
import Testing
@testable import GazetteKit

/// Inputs found by fuzzing: each once broke a run or lost a recap.
@Suite struct IngestHostileInputTests {
    @Test func oneBadByteInTheFrontMatterLosesNothing() throws {
        // 0x81 is undefined in Windows-1252: read as a C1 control, the YAML reader used to refuse the whole recap.
        var bytes = Array("---\ntitle: \"Caf".utf8) + [0x81] + Array("é meetup\"\ndate: 2024-01-02\n---\n".utf8)
        bytes += Array("<p>Jeanne Roy a présenté « Les index ».</p>\n".utf8)
        let result = RecapReader().read(bytes: bytes, source: "bad.md")
        #expect(result.failure == nil)
        let recap = try #require(result.recaps.first)
        #expect(recap.date?.day == CalendarDay(year: 2024, month: 1, day: 2))
        // The body was valid UTF-8 and keeps its accents; the warning says which part was misread.
        #expect(recap.blocks.first?.text == "Jeanne Roy a présenté « Les index ».")
        #expect(recap.warnings.contains { $0.message.hasPrefix("front matter:") })
        #expect(TalkExtractor().extract(recap).talks.map(\.title) == ["Les index"])
    }

    @Test func aRecapOverTheSizeLimitIsRefusedInOneLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-size-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("dump.md").path
        try String(repeating: "Lorem ipsum. ", count: 100_000).write(toFile: big, atomically: true, encoding: .utf8)
        let small = folder.appendingPathComponent("ok.md").path
        try "---\ntitle: ok\ndate: 2024-01-01\n---\nJeanne Roy a présenté « Les index ».\n".write(toFile: small, atomically: true, encoding: .utf8)
        let scan = TalkScan.run(sources: [folder.path], reader: RecapReader(maximumBytes: 1_000_000))
        #expect(scan.recaps.map(\.recap.source) == [small])
        let failure = try #require(scan.failures.first)
        #expect(failure.file == big)
        #expect(failure.message.contains("over the 1.0 MB limit") && failure.message.contains("max_recap_mb"))
        #expect(!failure.message.contains("\n"))
    }

    @Test func aSymbolicLinkOutOfTheFolderIsNotFollowed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gazette-link-\(UUID().uuidString)")
        let posts = folder.appendingPathComponent("posts")
        try FileManager.default.createDirectory(at: posts, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outside = folder.appendingPathComponent("secret.md")
        try "---\ntitle: secret\n---\nNot a recap.\n".write(to: outside, atomically: true, encoding: .utf8)
        try "---\ntitle: in\n---\nA recap.\n".write(to: posts.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: posts.appendingPathComponent("b.md").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: posts.appendingPathComponent("c.md").path,
                                                   withDestinationPath: posts.appendingPathComponent("a.md").path)
        let listing = SourceWalker().files(in: [posts.path])
        #expect(listing.files.map { URL(fileURLWithPath: $0).lastPathComponent } == ["a.md", "c.md"])
        #expect(listing.diagnostics.contains { $0.file.hasSuffix("b.md") && $0.message.contains("leads outside the source folder") })
    }
}
