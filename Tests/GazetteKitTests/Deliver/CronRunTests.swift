import Foundation
import Testing
@testable import GazetteKit

/// `gazette run` as the README's crontab runs it (`0 9-17 1 * *`: hourly on the 1st), on a fake clock
/// (`--as-of`), against the project's SMTP server on loopback.
@Suite(.serialized, .enabled(if: GazetteProcess.executable != nil, "the gazette executable is not built"))
struct CronRunTests {
    /// `HH:MM:SSZ` timestamps start each summary line when the output is a log file.
    func summary(_ output: String) -> String {
        let line = output.trimmingCharacters(in: .newlines)
        let parts = line.split(separator: " ", maxSplits: 1)
        #expect(parts.count == 2 && parts[0].count == 20 && parts[0].hasSuffix("Z"), "timestamped: \(line)")
        return parts.count == 2 ? String(parts[1]) : line
    }

    @Test func acrossAMonthBoundaryTheFinishedMonthIsComposedTitledForItAndSentOnceOverThreeRuns() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, list) = try fixture.subscribers(9)
        let replies = fixture.root + "/replies.txt"
        try Data().write(to: URL(fileURLWithPath: replies))
        let server = try TestSMTPServer.start(options: ["--reply-file", replies])
        defer { server.stop() }
        let project = fixture.root + "/srv-gazette"
        try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        // The README's config: no schedule, so the default monthly one.
        try Data("""
            sources: [\(packageRoot)/Examples]
            outbox: outbox
            delivery:
              subscribers: \(csv)
              from: "La Gazette des meetups <gazette@example.org>"
              unsubscribe_url: "https://example.org/u?token={token}"
              retry: {rounds: 0, delay_seconds: 0.05}
            smtp:
              url: \(server.url)
              insecure_no_tls: true
            """.utf8).write(to: URL(fileURLWithPath: project + "/gazette.yaml"))
        // The crontab line: `cd /srv/gazette && … gazette run --config gazette.yaml`.
        func cron(_ day: String) throws -> GazetteProcess.Result {
            try GazetteProcess.run(["run", "--config", "gazette.yaml", "--as-of", day], environment: DeliveryFixture.environment,
                                   currentDirectory: project)
        }

        // The last day of October's successor: October is the month that has ended.
        let before = try cron("2026-11-30")
        #expect(before.status == 0, "\(before.errors)")
        #expect(summary(before.output) == "2026-10: composed 5 talks; sent 9, 0 to retry later, 0 failed")

        // 1 December, 9:00: November's issue; one reader's server says "try later".
        try Data("\(list[4].address) 451".utf8).write(to: URL(fileURLWithPath: replies))
        let nine = try cron("2026-12-01")
        #expect(nine.status == 3, "some left for a later run: \(nine.errors)")
        #expect(summary(nine.output) == "2026-11: composed 3 talks; sent 8, 1 to retry later, 0 failed")
        try Data().write(to: URL(fileURLWithPath: replies))
        let ten = try cron("2026-12-01")
        #expect(ten.status == 0, "\(ten.errors)")
        #expect(summary(ten.output) == "2026-11: composed before; sent 1, 0 to retry later, 0 failed")
        let eleven = try cron("2026-12-01")
        #expect(eleven.status == 0, "\(eleven.errors)")
        #expect(summary(eleven.output) == "2026-11: composed before; sent 0, 0 to retry later, 0 failed")
        #expect(eleven.errors.isEmpty, "quiet when all is well: \(eleven.errors)")

        let outbox = project + "/outbox"
        #expect(try FileManager.default.contentsOfDirectory(atPath: outbox).filter { $0.hasPrefix("20") }.sorted() == ["2026-10", "2026-11"])
        let parsed = try ParsedMessage.parse([server.storeFolder])
        let november = parsed.filter { $0.subject.contains("ovember") || $0.subject.contains("novembre") }
        #expect(november.count == 9, "each subscriber once: \(parsed.map(\.subject))")
        #expect(Set(november.compactMap(\.toAddress)) == Set(list.map(\.address)))
        for message in november {
            let subscriber = try #require(list.first { $0.address == message.toAddress })
            switch subscriber.edition {
            // Signed in the edition's language: the config's French newsletter name becomes the English one.
            case .fr:
                #expect(message.subject.hasSuffix("novembre 2026"), "\(message.subject)")
                #expect(message.fromName == "La Gazette des meetups")
            case .en:
                #expect(message.subject.hasSuffix("November 2026"), "\(message.subject)")
                #expect(message.fromName == "The Meetup Gazette")
            case .bilingual:
                #expect(message.subject.contains("novembre 2026"), "\(message.subject)")
                #expect(message.fromName == "La Gazette des meetups")
            }
            #expect(message.parts[1].content.contains("novembre 2026") || message.parts[1].content.contains("November 2026"))
        }
        #expect(parsed.filter { $0.subject.contains("octobre") || $0.subject.contains("October") }.count == 9)
        // The talks of November are not those of October's issue.
        let record = try FeaturedRecord.load(outbox: outbox)
        #expect(Set(record.issues["2026-11"] ?? []).isDisjoint(with: record.issues["2026-10"] ?? []))
    }

    @Test func aRunKilledMidSendIsFinishedByTheNextHoursRunWithoutComposingAgain() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let (csv, list) = try fixture.subscribers(40)
        let server = try TestSMTPServer.start(options: ["--delay-ms", "20"])
        defer { server.stop() }
        let config = fixture.root + "/gazette.yaml"
        try Data("""
            sources: [\(packageRoot)/Examples]
            outbox: \(fixture.root)/cron-outbox
            delivery:
              subscribers: \(csv)
              from: "La Gazette des meetups <gazette@example.org>"
              unsubscribe_url: "https://example.org/u?token={token}"
            smtp:
              url: \(server.url)
              insecure_no_tls: true
            """.utf8).write(to: URL(fileURLWithPath: config))
        let arguments = ["run", "--config", config, "--as-of", "2026-12-01"]

        let doomed = try GazetteProcess(arguments, environment: DeliveryFixture.environment)
        let deadline = Date().addingTimeInterval(60)
        while try server.messages().count < 10 && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        doomed.kill()
        #expect(doomed.wait().status == SIGKILL)
        let manifest = fixture.root + "/cron-outbox/2026-11/manifest.json"
        let composedAt = try FileManager.default.attributesOfItem(atPath: manifest)[.modificationDate] as? Date

        let next = try GazetteProcess.run(arguments, environment: DeliveryFixture.environment)
        #expect(next.status == 0, "\(next.errors)")
        #expect(summary(next.output).hasPrefix("2026-11: composed before; sent "), "\(next.output)")
        #expect(try FileManager.default.attributesOfItem(atPath: manifest)[.modificationDate] as? Date == composedAt, "not composed again")
        let received = try server.messages().flatMap(\.recipients).reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        #expect(Set(received.keys) == Set(list.map(\.address)))
        #expect(received.values.reduce(0) { $0 + $1 - 1 } <= 1, "at most the message in flight twice")
    }

    @Test func aBadAddressIsReportedOncePerChangeOfTheListNotAtEveryHourlyRun() throws {
        let fixture = try DeliveryFixture()
        defer { fixture.remove() }
        let server = try TestSMTPServer.start()
        defer { server.stop() }
        let csv = fixture.root + "/subscribers.csv"
        try Data("email,name,language\nami@example.org,Ami,fr\nnot-an-address,Oups,en\n".utf8).write(to: URL(fileURLWithPath: csv))
        let config = fixture.root + "/gazette.yaml"
        try Data("""
            sources: [\(packageRoot)/Examples]
            outbox: \(fixture.root)/cron-outbox
            delivery:
              subscribers: \(csv)
              from: "Gazette <gazette@example.org>"
              unsubscribe_url: "https://example.org/u?token={token}"
            smtp:
              url: \(server.url)
              insecure_no_tls: true
            """.utf8).write(to: URL(fileURLWithPath: config))
        func run() throws -> GazetteProcess.Result {
            try GazetteProcess.run(["run", "--config", config, "--as-of", "2026-12-01"], environment: DeliveryFixture.environment)
        }
        func badAddressLines(_ result: GazetteProcess.Result) -> Int {
            result.errors.split(separator: "\n").filter { $0.contains("subscribers.csv:3") }.count
        }
        let first = try run()
        #expect(first.status == 0, "\(first.errors)")
        #expect(badAddressLines(first) == 1, "\(first.errors)")
        let second = try run()
        #expect(second.status == 0)
        #expect(badAddressLines(second) == 0, "said once: \(second.errors)")
        #expect(second.errors.isEmpty)
        let verbose = try GazetteProcess.run(["run", "--verbose", "--config", config, "--as-of", "2026-12-01"], environment: DeliveryFixture.environment)
        #expect(badAddressLines(verbose) == 1, "--verbose still shows it")

        try Data("email,name,language\nami@example.org,Ami,fr\nnot-an-address,Oups,en\nzoe@example.org,Zoë,en\n".utf8)
            .write(to: URL(fileURLWithPath: csv))
        let changed = try run()
        #expect(changed.status == 0)
        #expect(badAddressLines(changed) == 1, "a new list: said again: \(changed.errors)")
        #expect(Set(try server.messages().flatMap(\.recipients)) == ["ami@example.org", "zoe@example.org"])
        #expect(try server.messages().count == 2)
    }

    @Test func aWeeklyScheduleComposesTheWeekThatEndedTitledForIt() throws {
        let folder = try TestSMTPServer.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Thursday 19 November 2026: the week that ended is Monday 9 to Sunday 15 November (ISO week 46),
        // which holds the Montréal meetup of the 12th.
        let run = try GazetteProcess.run(["compose", "--period", "weekly", "--as-of", "2026-11-19", "--out", folder,
                                          packageRoot + "/Examples"])
        #expect(run.status == 0, "\(run.errors)")
        let html = try String(contentsOfFile: folder + "/2026-W46/email/fr.html", encoding: .utf8)
        #expect(html.contains("semaine du 9 novembre 2026"))
        let english = try String(contentsOfFile: folder + "/2026-W46/email/en.html", encoding: .utf8)
        #expect(english.contains("week of November 9, 2026"))
    }
}
