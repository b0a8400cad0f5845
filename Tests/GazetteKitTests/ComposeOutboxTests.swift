import Foundation
import Testing
@testable import GazetteKit

@Suite struct ComposeOutboxTests {
    func temporaryFolder() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("gazette-compose-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    func issue(id: String, artifacts: [Artifact]) -> ComposedIssue {
        ComposedIssue(
            id: id, request: SelectionRequest(asOf: CalendarDay(year: 2019, month: 6, day: 30), period: .month(year: 2019, month: 6)),
            selection: Selection(decisions: [
                RecapDecision(source: "a.html", key: "a", language: .fr, date: CalendarDay(year: 2019, month: 6, day: 3), twin: nil,
                              selected: true, reason: .inPeriod),
            ]),
            talks: [], artifacts: artifacts, warnings: [.warning("a.html", "dated oddly")], failures: [])
    }

    @Test func writesEveryArtifactWithManifestAndPreview() throws {
        let outbox = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        let artifacts = [
            Artifact(kind: .emailHTML, language: "fr", path: "email/fr.html", content: "<html lang=\"fr\"></html>", count: 24, limit: 102_400),
            Artifact(kind: .social, language: "en", platform: .x, path: "social/x/en/roundup.txt", content: "Hello <b>", count: 9, limit: 280,
                     warnings: ["hashtags left out"]),
        ]
        let folder = try OutboxWriter(outbox: outbox).write(issue(id: "2019-06", artifacts: artifacts), dryRun: true)
        #expect(folder == outbox + "/2019-06")
        #expect(try String(contentsOfFile: folder + "/email/fr.html", encoding: .utf8) == "<html lang=\"fr\"></html>")
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/manifest.json"))) as! [String: Any]
        #expect(manifest["issue"] as? String == "2019-06")
        #expect(manifest["dryRun"] as? Bool == true)
        let listed = manifest["artifacts"] as! [[String: Any]]
        #expect(listed.map { $0["path"] as? String } == ["email/fr.html", "social/x/en/roundup.txt"])
        #expect(listed[1]["limit"] as? Int == 280)
        let warnings = manifest["warnings"] as! [String]
        #expect(warnings.contains("a.html: warning: dated oddly"))
        #expect(warnings.contains("social/x/en/roundup.txt: warning: hashtags left out"))
        let preview = try String(contentsOfFile: folder + "/preview.html", encoding: .utf8)
        #expect(preview.contains("Hello &lt;b&gt;"))
        #expect(preview.contains("iframe src=\"email/fr.html\" width=\"375\""))
    }

    @Test func manyFilesInManyFoldersAreEachWrittenWithTheirOwnText() throws {
        // Files are written a folder a job, beside the manifest: each must still land where its path says.
        let outbox = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        let folders = ["email", "social/x/fr", "social/x/en", "social/bluesky/fr", "social/mastodon/en"]
        let artifacts = folders.flatMap { folder in
            (0..<40).map { number in
                Artifact(kind: .social, language: "fr", platform: .x, path: "\(folder)/post-\(number).txt",
                         content: "\(folder) n° \(number) — « é »", count: 10, limit: 280)
            }
        }
        let folder = try OutboxWriter(outbox: outbox).write(issue(id: "2019-06", artifacts: artifacts), dryRun: false)
        for artifact in artifacts {
            #expect(try String(contentsOfFile: folder + "/" + artifact.path, encoding: .utf8) == artifact.content)
        }
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/manifest.json"))) as! [String: Any]
        #expect((manifest["artifacts"] as! [[String: Any]]).map { $0["path"] as? String } == artifacts.map(\.path), "in the issue's order")
        #expect(FileManager.default.fileExists(atPath: folder + "/preview.html"))
    }

    @Test func rewritingAnIssueReplacesItWholeAndLeavesNoScratchFolders() throws {
        let outbox = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        let writer = OutboxWriter(outbox: outbox)
        try writer.write(issue(id: "2019-06", artifacts: [
            Artifact(kind: .emailText, language: "fr", path: "email/old.txt", content: "old", count: 3),
        ]), dryRun: false)
        try writer.write(issue(id: "2019-06", artifacts: [
            Artifact(kind: .emailText, language: "fr", path: "email/fr.txt", content: "new", count: 3),
        ]), dryRun: false)
        #expect(!FileManager.default.fileExists(atPath: outbox + "/2019-06/email/old.txt"))
        #expect(try String(contentsOfFile: outbox + "/2019-06/email/fr.txt", encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outbox) == ["2019-06"])
    }

    @Test func aFailedWriteLeavesThePreviousIssueIntact() throws {
        let outbox = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        let writer = OutboxWriter(outbox: outbox)
        try writer.write(issue(id: "2019-06", artifacts: [
            Artifact(kind: .emailText, language: "fr", path: "email/fr.txt", content: "kept", count: 4),
        ]), dryRun: false)
        // A file where a folder must go makes the second write fail half-way.
        let clash = [
            Artifact(kind: .emailText, language: "fr", path: "email/fr.txt", content: "x", count: 1),
            Artifact(kind: .emailText, language: "fr", path: "email/fr.txt/inside.txt", content: "y", count: 1),
        ]
        #expect(throws: (any Error).self) { try writer.write(issue(id: "2019-06", artifacts: clash), dryRun: false) }
        #expect(try String(contentsOfFile: outbox + "/2019-06/email/fr.txt", encoding: .utf8) == "kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outbox) == ["2019-06"])
    }

    @Test func featuredRecapsAreRememberedPerIssue() throws {
        let outbox = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        #expect(try FeaturedRecord.load(outbox: outbox) == FeaturedRecord())
        try FeaturedRecord(issues: ["2019-05": ["a", "b"], "2019-06": ["c"]]).save(outbox: outbox)
        let record = try FeaturedRecord.load(outbox: outbox)
        #expect(record.featured(except: "2019-06") == ["a", "b"])
        #expect(record.featured(except: "2019-07") == ["a", "b", "c"])
    }

    @Test func configResolvesPathsBesideItselfAndNamesTheLineOfAnError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/gazette.yaml"
        try """
            sources: [recaps/, /abs/elsewhere]
            outbox: queue
            window_days: 45
            editions: [fr, bilingual]
            bilingual_order: [en, fr]
            intro: { fr: intro.fr.md }
            translation: { provider: libretranslate, url: "http://127.0.0.1:5000", api_key_env: LT_KEY }
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let config = try GazetteConfig.load(path: path)
        #expect(config.sources == [folder + "/recaps/", "/abs/elsewhere"])
        #expect(config.outbox == folder + "/queue")
        #expect(config.windowDays == 45)
        #expect(config.editions == [.fr, .bilingual])
        #expect(config.bilingualOrder == [.en, .fr])
        #expect(config.intro[.fr] == folder + "/intro.fr.md")
        #expect(config.translation?.apiKeyEnvironmentVariable == "LT_KEY")
        #expect(config.translation?.provider == .libreTranslate)

        try "outbox: queue\nwindow_days: -3\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: ConfigError.self) { try GazetteConfig.load(path: path) }
        #expect(error.line == 2)
        #expect(error.description.hasPrefix(path + ":2: error: window_days"))
    }
}
