import Foundation
import Testing

/// `gazette compose` and `gazette preview` as an organizer runs them, on the project's examples.
@Suite struct ComposeCommandTests {
    let cli = TalksCommandTests()

    func manifest(_ folder: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder + "/manifest.json"))) as! [String: Any]
    }

    func decisions(_ manifest: [String: Any]) -> [String: String] {
        var byFile: [String: String] = [:]
        for recap in manifest["recaps"] as! [[String: Any]] {
            byFile[((recap["source"] as! String) as NSString).lastPathComponent] = recap["reason"] as? String
        }
        return byFile
    }

    @Test(.enabled(if: TalksCommandTests.executable != nil, "the gazette executable is not built"))
    func timingsNameEveryStageOnStandardErrorOnly() throws {
        let outbox = (NSTemporaryDirectory() as NSString).appendingPathComponent("gazette-outbox-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        let run = try cli.gazette(["compose", "--timings", "--period", "window", "--as-of", "2026-11-20", "--out", outbox,
                                   packageRoot + "/Examples"])
        #expect(run.status == 0, "\(run.errors)")
        let line = try #require(run.errors.split(separator: "\n").first { $0.contains("timings:") })
        let stages = ["read and extract", "select", "summarize", "render emails", "render social posts", "write"]
        for stage in stages { #expect(line.contains("\(stage) "), "\(line)") }
        // In the order they ran, each with its seconds.
        let positions = stages.compactMap { line.range(of: "\($0) ")?.lowerBound }
        #expect(positions == positions.sorted())
        #expect(line.matches(of: /\d+\.\d\d s \(\d+\.\d cores, \d+ MB\)/).count == stages.count, "\(line)")
        #expect(!run.output.contains("timings"))
        let quiet = try cli.gazette(["compose", "--period", "window", "--as-of", "2026-11-20", "--out", outbox, packageRoot + "/Examples"])
        #expect(!quiet.errors.contains("timings"), "only when asked for")
    }

    @Test(.enabled(if: TalksCommandTests.executable != nil, "the gazette executable is not built"))
    func aRecapFeaturedForRealIsNotFeaturedAgainAndDryRunsRecordNothing() throws {
        let outbox = (NSTemporaryDirectory() as NSString).appendingPathComponent("gazette-outbox-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: outbox) }
        let examples = packageRoot + "/Examples"

        let preview = try cli.gazette(["preview", "--period", "window", "--as-of", "2026-11-20", "--out", outbox + "/scratch", examples])
        #expect(preview.status == 0, "\(preview.errors)")
        #expect(preview.output.contains("Preview: \(outbox)/scratch/2026-11/preview.html"))
        #expect(!FileManager.default.fileExists(atPath: outbox + "/featured.json"))

        let november = try cli.gazette(["compose", "--period", "window", "--as-of", "2026-11-20", "--out", outbox, examples])
        #expect(november.status == 0, "\(november.errors)")
        let first = decisions(try manifest(outbox + "/2026-11"))
        #expect(first["montreal-novembre-2026.html"] == "in-period")
        #expect(first["ottawa-octobre-2026.html"] == "in-period")
        #expect(first["toronto-october-2026.html"] == "outside-window")

        let december = try cli.gazette(["compose", "--period", "window", "--as-of", "2026-12-05", "--out", outbox, examples])
        #expect(december.status == 0, "\(december.errors)")
        let second = decisions(try manifest(outbox + "/2026-12"))
        #expect(second["montreal-novembre-2026.html"] == "already-featured")
        #expect(second["montreal-november-2026.html"] == "already-featured")

        // Composing the same issue again keeps its own recaps.
        let again = try cli.gazette(["compose", "--period", "window", "--as-of", "2026-11-20", "--out", outbox, examples])
        #expect(again.status == 0)
        #expect(decisions(try manifest(outbox + "/2026-11"))["montreal-novembre-2026.html"] == "in-period")
    }

    @Test(.enabled(if: TalksCommandTests.executable != nil, "the gazette executable is not built"))
    func strictPreviewFailsOnWarningsAndBadOptionsAreUsageErrors() throws {
        let scratch = (NSTemporaryDirectory() as NSString).appendingPathComponent("gazette-strict-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        // An undated recap among the sources gives a warning.
        try FileManager.default.createDirectory(atPath: scratch + "/recaps", withIntermediateDirectories: true)
        try "Retour sur la soirée\nLéa Fontaine de chez Osier a présenté « Grappes sobres ».\n"
            .write(toFile: scratch + "/recaps/notes.txt", atomically: true, encoding: .utf8)
        let strict = try cli.gazette(["preview", "--strict", "--include-undated", "--as-of", "2026-11-20", "--out", scratch + "/out", scratch + "/recaps"])
        #expect(strict.status == 2, "\(strict.output)")
        #expect(strict.output.contains("no date"))
        let both = try cli.gazette(["compose", "--month", "2026-11", "--window", "10", scratch + "/recaps"])
        #expect(both.status == 64)
        let period = try cli.gazette(["compose", "--period", "monthly", "--window", "10", scratch + "/recaps"])
        #expect(period.status == 64)
    }

    @Test(.enabled(if: TalksCommandTests.executable != nil, "the gazette executable is not built"))
    func strictPassesOnTheExamplesWhereOnlyPostsWereShortenedToFit() throws {
        let scratch = (NSTemporaryDirectory() as NSString).appendingPathComponent("gazette-strict-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let run = try cli.gazette(["preview", "--strict", "--as-of", "2026-12-01", "--out", scratch, packageRoot + "/Examples"])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("To act on: 0\n"))
        let notes = run.output.split(separator: "\n").filter { $0.contains(": note: left out ") && $0.contains(" to fit ") }
        #expect(!notes.isEmpty, "the examples' posts are shortened to fit: \(run.output)")
        #expect(run.output.contains("Summary: 0 warnings to act on, \(notes.count) note"))
        let page = try String(contentsOfFile: scratch + "/2026-11/preview.html", encoding: .utf8)
        #expect(page.contains("<h2 id=\"notes\">Notes: shortened to fit a platform</h2>"))
        #expect(!page.contains("id=\"to-act-on\""))
        #expect(page.contains("3 talks in 1 event;"), "singular event")
    }

    @Test(.enabled(if: TalksCommandTests.executable != nil, "the gazette executable is not built"))
    func strictFailsOnARecapWithATalkMissingALanguage() throws {
        let scratch = (NSTemporaryDirectory() as NSString).appendingPathComponent("gazette-strict-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        try FileManager.default.createDirectory(atPath: scratch + "/recaps", withIntermediateDirectories: true)
        // A French recap of November with no English twin: its talk has no English text of its own.
        try """
            ---
            title: "Retour sur la rencontre de Québec"
            date: 2026-11-24
            ---
            <p>Léa Fontaine de chez Osier a présenté « Grappes sobres ». Elle a montré comment éteindre la nuit les nœuds \
            inutilisés d’une grappe Kubernetes pour réduire la facture de moitié.</p>
            """.write(toFile: scratch + "/recaps/quebec-novembre-2026.html", atomically: true, encoding: .utf8)
        let run = try cli.gazette(["preview", "--strict", "--as-of", "2026-12-01", "--out", scratch + "/out",
                                   packageRoot + "/Examples", scratch + "/recaps"])
        #expect(run.status == 2, "\(run.output)")
        #expect(run.output.contains("To act on: 1\n"), "\(run.output)")
        #expect(run.output.contains("no human-written en text"), "\(run.output)")
        #expect(run.output.contains("Summary: 1 warning to act on, "))
        let page = try String(contentsOfFile: scratch + "/out/2026-11/preview.html", encoding: .utf8)
        #expect(page.contains("<h2 id=\"to-act-on\">To act on before sending</h2>"))
        let lenient = try cli.gazette(["preview", "--as-of", "2026-12-01", "--out", scratch + "/out2", packageRoot + "/Examples", scratch + "/recaps"])
        #expect(lenient.status == 0)
    }
}
