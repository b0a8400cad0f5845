import Foundation
import Testing
@testable import GazetteKit

/// Each config mistake an organizer makes gets one line naming the file, the line where there is one, and
/// the fix. Library-level where the message is made; through the executable where the exit status matters.
@Suite struct ConfigMistakeTests {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "gazette-config-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ yaml: String, name: String = "gazette.yaml") throws -> String {
        let path = folder + "/" + name
        try Data(yaml.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    func loadError(_ yaml: String) throws -> ConfigError {
        let path = try write(yaml)
        do {
            _ = try GazetteConfig.load(path: path)
        } catch let error as ConfigError {
            return error
        }
        throw TestFailure("\(yaml) was accepted")
    }

    @Test func aMisspeltTopLevelKeyNamesItsLineAndTheClosestKey() throws {
        let error = try loadError("sources: [recaps]\noutbox: outbox\nwindow_day: 31\n")
        #expect(error.lines == ["\(folder)/gazette.yaml:3: error: unknown key `window_day`: did you mean `window_days`?"])
    }

    @Test func aMisspeltKeyInASectionNamesTheSectionAndTheClosestKey() throws {
        let error = try loadError("delivery:\n  subscriber: subscribers.csv\n  from: \"G <g@example.org>\"\n")
        #expect(error.description == "\(folder)/gazette.yaml:2: error: unknown key `delivery.subscriber`: did you mean `subscribers`?")
    }

    @Test func aKeyInTheWrongSectionSaysWhereItGoes() throws {
        let error = try loadError("subscriber: subscribers.csv\n")
        #expect(error.description == "\(folder)/gazette.yaml:1: error: unknown key `subscriber`: did you mean `subscribers` under `delivery:`?")
    }

    @Test func everyUnknownKeyIsReportedNotOnlyTheFirst() throws {
        let error = try loadError("window_day: 31\nsmtp:\n  url: smtp://127.0.0.1:25\n  insecure_no_tsl: true\ndelivery:\n  retry: {round: 2}\n")
        #expect(error.lines.count == 3, "\(error.lines)")
        #expect(error.lines[1] == "\(folder)/gazette.yaml:4: error: unknown key `smtp.insecure_no_tsl`: did you mean `insecure_no_tls`?")
        #expect(error.lines[2] == "\(folder)/gazette.yaml:6: error: unknown key `delivery.retry.round`: did you mean `rounds`?")
    }

    @Test func anUnknownKeyFarFromEveryKnownOneListsTheKnownKeys() throws {
        let error = try loadError("smtp:\n  colour: blue\n")
        #expect(error.description.hasPrefix("\(folder)/gazette.yaml:2: error: unknown key `smtp.colour`; known keys here: url, user,"))
    }

    @Test func everyKeyTheReaderKnowsIsDeclared() throws {
        // A config using every declared key loads: the declared list and the readers agree.
        let path = try write("""
            sources: [recaps]
            outbox: outbox
            schedule: window
            window_days: 14
            editions: [fr, en]
            bilingual_order: [en, fr]
            intro: {fr: intro.fr.md, en: intro.en.md}
            overrides: overrides.yaml
            templates: templates
            site_url: https://example.org/
            translation: {provider: libretranslate, url: "http://127.0.0.1:5000", model: m, api_key_env: K, timeout_seconds: 5}
            delivery:
              subscribers: s.csv
              suppression: x.txt
              from: "G <g@example.org>"
              reply_to: r@example.org
              return_path: b@example.org
              list_id: "G <g.example.org>"
              unsubscribe_url: "https://example.org/u?t={token}"
              unsubscribe_mailto: u@example.org
              rate: 10/s
              retry: {rounds: 1, delay_seconds: 2, max_attempts: 3}
            smtp:
              url: smtps://mail.example.org:465
              user: gazette
              password_file: pw
              ca_file: ca.pem
              insecure_no_tls: false
              timeout_seconds: 9
            """)
        let config = try GazetteConfig.load(path: path)
        #expect(config.schedule == .window(days: 14))
        #expect(config.delivery.retry.maxAttempts == 3)
        #expect(config.warnings.isEmpty)
    }

    @Test func theStarterConfigUsesOnlyDeclaredKeysAndWarnsOfNothing() throws {
        let config = try GazetteConfig.load(path: try write(StarterFiles.config))
        #expect(config.schedule == .monthly)
        #expect(config.warnings.isEmpty)
        // Its commented delivery and smtp sections, uncommented, are declared too.
        let lines = StarterFiles.config.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: "# delivery:"))
        let uncommented = lines[start...].prefix { $0.hasPrefix("#") }.map { $0.dropFirst(2) }.joined(separator: "\n")
        let full = try GazetteConfig.load(path: try write(uncommented, name: "full.yaml"))
        #expect(full.delivery.smtpURL == "smtp://mail.example.org:587")
        #expect(full.delivery.retry.maxAttempts == 8)
    }

    @Test func aMissingFileSaysWhyAndHowToMakeOne() throws {
        do {
            _ = try GazetteConfig.load(path: folder + "/nowhere.yaml")
            Issue.record("a missing file loaded")
        } catch let error as ConfigError {
            #expect(error.description == "\(folder)/nowhere.yaml: error: cannot read the config file (No such file or directory); `gazette init` writes a commented one")
        }
    }

    @Test func anUnreadablePathGivesTheSystemsReason() throws {
        // A file where a folder should be: ENOTDIR, which even root gets (unlike a permission denied).
        let file = try write("outbox: o\n", name: "plain.yaml")
        do {
            _ = try GazetteConfig.load(path: file + "/gazette.yaml")
            Issue.record("a path through a file loaded")
        } catch let error as ConfigError {
            #expect(error.description == "\(file)/gazette.yaml: error: cannot read the config file (Not a directory)")
        }
        do {
            _ = try GazetteConfig.load(path: folder)
            Issue.record("a folder loaded")
        } catch let error as ConfigError {
            #expect(error.description == "\(folder): error: cannot read the config file: it is a folder; name the gazette.yaml inside it")
        }
    }

    @Test func anSMTPURLWithoutSchemeSaysTheSchemeIsMissing() throws {
        let error = try loadError("smtp:\n  url: 127.0.0.1:8025\n  insecure_no_tls: true\n")
        #expect(error.description == "\(folder)/gazette.yaml:2: error: smtp.url: `127.0.0.1:8025` has no scheme: "
            + "write smtp://127.0.0.1:8025 (STARTTLS, port 587 or 25) or smtps://127.0.0.1:8025 (TLS from the start, port 465)")
    }

    @Test func windowDaysWithoutAWindowScheduleIsAWarningWithItsFix() throws {
        let path = try write("sources: [r]\nwindow_days: 31\n")
        let config = try GazetteConfig.load(path: path)
        #expect(config.schedule == .monthly)
        #expect(config.warnings.map(\.description) == [
            "\(path):2: warning: window_days has no effect with the default monthly schedule: remove it, or add `schedule: window`",
        ])
    }

    @Test func anUnknownScheduleNamesTheChoices() throws {
        let error = try loadError("schedule: monthy\n")
        #expect(error.description.hasPrefix("\(folder)/gazette.yaml:1: error: schedule: expected monthly"))
    }

    @Test func closestKeySuggestions() {
        #expect(ConfigKeys.closest(to: "window_day", in: "") == "window_days")
        #expect(ConfigKeys.closest(to: "Window-Days", in: "") == "window_days")
        #expect(ConfigKeys.closest(to: "subscriber", in: "delivery") == "subscribers")
        #expect(ConfigKeys.closest(to: "unsubscribe", in: "delivery") == "unsubscribe_url")
        #expect(ConfigKeys.closest(to: "colour", in: "smtp") == nil)
        #expect(ConfigKeys.editDistance("kitten", "sitting") == 3)
    }
}
