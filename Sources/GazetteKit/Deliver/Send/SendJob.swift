import Foundation
import Logging

/// A whole `gazette send` of one issue folder, shared by `send` and `run`: reads the subscribers, checks
/// the settings, takes the outbox's lock, and runs the delivery (or the dry run).
public struct SendJob {
    public var issueFolder: String
    public var settings: DeliverySettings
    public var environment: [String: String]
    /// libcurl's conversation, secrets left out; nil: none.
    public var trace: (@Sendable (String) -> Void)?
    public var logger: Logger
    public var onProgress: ((SendProgress) -> Void)?

    public init(issueFolder: String, settings: DeliverySettings, environment: [String: String] = ProcessInfo.processInfo.environment,
                logger: Logger = Logger(label: "gazette.send")) {
        self.issueFolder = issueFolder
        self.settings = settings
        self.environment = environment
        self.logger = logger
    }

    /// The subscribers file read with the suppression list applied; skipped entries are logged one line each,
    /// as warnings the first time this list is sent from `outbox`, as detail (`--verbose`) after that.
    public func loadSubscribers(reportingOnceIn outbox: String? = nil) throws -> SubscriberList {
        guard let path = settings.subscribers else {
            throw DeliveryError("no subscribers file: pass --subscribers FILE or set delivery.subscribers in the config")
        }
        var suppression = try settings.suppression.map(SuppressionList.load) ?? .empty
        // Unsubscribes, bounces and complaints recorded in the ledger count as much as the file.
        if let store = try SuppressionStore.open(outbox: self.outbox, create: false) {
            suppression = suppression.adding(try store.addresses())
        }
        let list = try SubscriberList.load(path: path, suppression: suppression)
        let problems = list.warnings + list.skipped
        let memo = outbox.map(ListWarningMemo.init)
        let fingerprint = memo == nil || problems.isEmpty ? "" : ListWarningMemo.fingerprint(of: [path] + (settings.suppression.map { [$0] } ?? []))
        if let memo, !problems.isEmpty, memo.alreadyReported(fingerprint) {
            for diagnostic in problems { logger.info("\(diagnostic.description)") }
        } else {
            for diagnostic in problems { logger.warning("\(diagnostic.description)") }
            if let memo, !problems.isEmpty { memo.record(fingerprint) }
        }
        if list.suppressedCount > 0 { logger.info("\(list.suppressedCount) suppressed addresses left out") }
        return list
    }

    /// The outbox holding the issue folder, where the ledger and its suppressions live.
    public var outbox: String { (issueFolder as NSString).deletingLastPathComponent }

    public func dryRun(sampleLimit: Int?) throws -> DryRun.Summary {
        let editions = try IssueEditions.load(folder: issueFolder, forSending: false)
        let sender = try SenderIdentity(settings: settings, environment: environment)
        var summary = try DryRun(factory: MessageFactory(editions: editions, sender: sender), sampleLimit: sampleLimit)
            .write(subscribers: try loadSubscribers().subscribers,
                   ledger: try DeliveryLedger.open(outbox: editions.outbox, create: false))
        if settings.smtpURL == nil { summary.problems.append("no SMTP server: pass --smtp URL or set smtp.url in the config") }
        return summary
    }

    /// Sends what the ledger says is still to send. Throws DeliveryError when a setting is missing or
    /// unsafe (before anything is sent) and HeldLock when another run holds the outbox.
    public func send() throws -> DeliveryReport {
        let editions = try IssueEditions.load(folder: issueFolder)
        let sender = try SenderIdentity(settings: settings, environment: environment)
        if let problem = sender.problems.first { throw DeliveryError("refusing to send: \(problem)") }
        let smtp = try smtpSettings()
        let subscribers = try loadSubscribers(reportingOnceIn: editions.outbox)

        let lock: SendLock
        switch try SendLock.acquire(outbox: editions.outbox) {
        case .success(let acquired): lock = acquired
        case .failure(let held): throw held
        }
        defer { withExtendedLifetime(lock) {} }

        let ledger = try DeliveryLedger.open(outbox: editions.outbox, create: true)!
        // One session per connection, each on its own thread: libcurl easy handles are not shared.
        let sessions: [SMTPSession]
        do {
            sessions = try (0..<max(1, settings.smtpConnections)).map { _ in try SMTPSession(settings: smtp) }
        } catch let error as SMTPSettingsError {
            throw DeliveryError("SMTP: \(error.description)")
        }
        let run = DeliveryRun(ledger: ledger, factory: MessageFactory(editions: editions, sender: sender), transports: sessions,
                              rate: settings.rate, policy: settings.retry, logger: logger)
        run.onProgress = onProgress
        if settings.list.suppressOn5xx {
            let store = try SuppressionStore.open(outbox: editions.outbox, create: true)!
            let issue = editions.issue
            let logger = self.logger
            run.onRefused = { address, code, reply in
                guard BounceRule.isRecipientRefusal(code: code, reply: reply) else { return }
                do {
                    if try store.record(address, how: .bounce, issue: issue, detail: reply) {
                        logger.notice("\(address): suppressed (hard bounce: \(reply))")
                    }
                } catch {
                    logger.error("\(address): could not record the suppression: \(error)")
                }
            }
        }
        let report = try run.run(subscribers: subscribers.subscribers)
        if let reply = report.loginRefused { throw LoginRefused(reply: reply, user: settings.smtpUser) }
        return report
    }

    /// `send --test ADDRESS`: each edition once to that address, subject prefixed `[TEST]`, through the
    /// configured server. Neither the ledger nor the featured record is touched, and no lock is taken: a
    /// test may go out while a real send runs. Returns one outcome per edition.
    public func sendTest(to address: String) throws -> [(edition: Edition, outcome: SMTPOutcome)] {
        let editions = try IssueEditions.load(folder: issueFolder, forSending: false)
        let sender = try SenderIdentity(settings: settings, environment: environment)
        if let problem = sender.problems.first { throw DeliveryError("refusing to send: \(problem)") }
        let checked = address.trimmingCharacters(in: .whitespaces)
        if let problem = EmailAddress.problem(in: checked) { throw DeliveryError("--test \(address): \(problem)") }
        let smtp = try smtpSettings()
        let factory = MessageFactory(editions: editions, sender: sender, subjectPrefix: "[TEST] ")
        let session: SMTPSession
        do {
            session = try SMTPSession(settings: smtp)
        } catch let error as SMTPSettingsError {
            throw DeliveryError("SMTP: \(error.description)")
        }
        var outcomes: [(Edition, SMTPOutcome)] = []
        for edition in Edition.allCases where editions.editions[edition] != nil {
            let subscriber = Subscriber(address: checked, name: nil, edition: edition)
            let bytes = try factory.bytes(for: subscriber, messageID: factory.newMessageID())
            outcomes.append((edition, session.send(bytes, from: sender.envelopeSender, to: checked)))
        }
        return outcomes
    }

    func smtpSettings() throws -> SMTPSettings {
        guard let url = settings.smtpURL else {
            throw DeliveryError("no SMTP server: pass --smtp URL or set smtp.url in the config")
        }
        if let problem = SMTPURLCheck.problem(url) { throw DeliveryError("SMTP server \(problem)") }
        if settings.smtpInsecureNoTLS {
            guard let host = URLComponents(string: url)?.host, Self.isLoopback(host) else {
                throw DeliveryError("--insecure-no-tls is only for a server on this machine (127.0.0.1, ::1, localhost), not \(url)")
            }
        }
        if let file = settings.smtpPasswordFile, let warning = SMTPSettings.passwordFileWarning(file: file) {
            logger.warning("\(warning)")
        }
        let password = try SMTPSettings.password(environment: environment, file: settings.smtpPasswordFile)
        if settings.smtpUser != nil && password == nil {
            throw DeliveryError("smtp.user is set but no password: set GAZETTE_SMTP_PASSWORD or smtp.password_file")
        }
        return SMTPSettings(url: url, allowPlaintext: settings.smtpInsecureNoTLS, user: settings.smtpUser, password: password,
                            caFile: settings.smtpCAFile, timeoutSeconds: settings.smtpTimeoutSeconds, trace: trace)
    }

    static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        return bare == "localhost" || bare == "::1" || bare.hasPrefix("127.")
    }
}
