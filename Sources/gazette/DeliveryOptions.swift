import ArgumentParser
import Foundation
import GazetteKit
import Logging

/// What `send` and `run` share: who receives, through which server, how fast. Each option overrides the
/// config's `delivery:` or `smtp:` setting of the same name. There is deliberately no password option:
/// command lines show up in `ps` and shell histories.
struct DeliveryOptions: ParsableArguments {
    @Option(help: "Subscribers file: CSV (email,name,language) or YAML.")
    var subscribers: String?

    @Option(help: "Addresses never to send to (unsubscribed, bounced), one per line.")
    var suppression: String?

    @Option(help: "SMTP server: smtp://host:587 (STARTTLS required) or smtps://host:465.")
    var smtp: String?

    @Option(help: "Sender, e.g. 'Meetup Gazette <gazette@example.org>'.")
    var from: String?

    @Option(name: .customLong("reply-to"), help: "Reply-To address.")
    var replyTo: String?

    @Option(name: .customLong("unsubscribe-url"), help: "Unsubscribe link pattern, e.g. 'https://example.org/unsubscribe?token={token}'.")
    var unsubscribeURL: String?

    @Option(help: "At most this many messages per second (also 600/min, 3600/h).")
    var rate: String?

    @Option(name: .customLong("smtp-user"), help: "SMTP AUTH user; the password comes from GAZETTE_SMTP_PASSWORD or smtp.password_file.")
    var smtpUser: String?

    @Option(name: .customLong("password-file"), help: "File holding the SMTP password (instead of GAZETTE_SMTP_PASSWORD).")
    var passwordFile: String?

    @Option(name: .customLong("ca-file"), help: "Trust the certificate authorities in this PEM file for the SMTP server.")
    var caFile: String?

    @Flag(name: .customLong("insecure-no-tls"), help: "Allow plain smtp:// without TLS, to a server on this machine only.")
    var insecureNoTLS = false

    @Option(name: .customLong("retry-delay"), help: "Seconds before retrying deferred messages (doubles each round; default 30).")
    var retryDelay: Double?

    @Option(name: .customLong("retry-rounds"), help: "Retry rounds within a run for deferred messages (default 2).")
    var retryRounds: Int?

    @Flag(name: .customLong("trace-smtp"), help: "Print the SMTP conversation (without passwords or message bodies) on stderr.")
    var traceSMTP = false

    func validate() throws {
        if let smtp, let problem = SMTPURLCheck.problem(smtp) { throw ValidationError("--smtp: \(problem).") }
        if let rate, DeliverySettings.rate(rate) == nil { throw ValidationError("--rate takes messages per second, like 10 or 10/s or 600/min.") }
        if let url = unsubscribeURL, !(url.lowercased().hasPrefix("https://") && url.contains("{token}")) {
            throw ValidationError("--unsubscribe-url takes an https:// URL containing {token}.")
        }
        if let retryDelay, retryDelay < 0 { throw ValidationError("--retry-delay takes seconds ≥ 0.") }
        if let retryRounds, retryRounds < 0 { throw ValidationError("--retry-rounds takes a number ≥ 0.") }
    }

    func apply(to settings: inout DeliverySettings) {
        if let subscribers { settings.subscribers = subscribers }
        if let suppression { settings.suppression = suppression }
        if let smtp { settings.smtpURL = smtp }
        if let from { settings.from = from }
        if let replyTo { settings.replyTo = replyTo }
        if let unsubscribeURL { settings.unsubscribeURL = unsubscribeURL }
        if let rate { settings.rate = DeliverySettings.rate(rate) }
        if let smtpUser { settings.smtpUser = smtpUser }
        if let passwordFile { settings.smtpPasswordFile = passwordFile }
        if let caFile { settings.smtpCAFile = caFile }
        if insecureNoTLS { settings.smtpInsecureNoTLS = true }
        if let retryDelay { settings.retry.delaySeconds = retryDelay }
        if let retryRounds { settings.retry.rounds = retryRounds }
    }

    /// swift-log to stderr: `quiet` commands (cron's `run`) show only warnings unless --verbose.
    func bootstrapLogging(quiet: Bool, verbose: Bool) -> Logger {
        let level: Logger.Level = verbose ? .debug : (quiet ? .warning : .notice)
        let timestamped = isatty(STDERR_FILENO) == 0
        LoggingSystem.bootstrap { _ in StandardErrorLogHandler(logLevel: level, timestamped: timestamped) }
        return Logger(label: "gazette")
    }

    func job(issueFolder: String, settings: DeliverySettings, logger: Logger) -> SendJob {
        var job = SendJob(issueFolder: issueFolder, settings: settings, logger: logger)
        if traceSMTP {
            job.trace = { line in FileHandle.standardError.write(Data("smtp: \(line)\n".utf8)) }
        }
        return job
    }
}

/// Exit statuses of `send` and `run`, documented in the README.
enum DeliveryExit {
    static let deferred: Int32 = 3
    static let failed: Int32 = 4
    static let locked: Int32 = 75
    /// The server refused TLS as configured: a config fix, not a later run, is what sends.
    static let tlsMisconfigured: Int32 = 5

    static func status(_ report: DeliveryReport) -> Int32 {
        if report.retryLater > 0 { return deferred }
        if report.failed > 0 { return failed }
        return 0
    }

    /// Runs a delivery, mapping its errors to one line and an exit status.
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as SMTPConfigurationError {
            printError(error.description)
            throw ExitCode(tlsMisconfigured)
        } catch let held as HeldLock {
            printError(held.description)
            throw ExitCode(locked)
        } catch let error as DeliveryError {
            printError(error.description)
            throw ExitCode(1)
        } catch let error as ConfigError {
            for line in error.lines { printError(line) }
            throw ExitCode(1)
        } catch let error as SubscribersFileError {
            printError(error.description)
            throw ExitCode(1)
        } catch let error as MessageError {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
