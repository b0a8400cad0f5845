import ArgumentParser
import Foundation
import GazetteKit
import Logging

struct InboxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inbox",
        abstract: "Read the bounce and unsubscribe mailbox: suppress bounced, complaining and unsubscribing addresses.",
        discussion: """
            Delivery reports (RFC 3464): a 5.x.x status suppresses the address; 4.x.x counts a soft bounce, and \
            three suppress it. Complaints (RFC 5965 ARF) suppress at once; a mail to delivery.unsubscribe_mailto \
            suppresses its sender; auto-replies are ignored; a malformed report is reported and skipped. Each \
            message is handled once (OUTBOX/ledger.sqlite records what was read) and never deleted unless \
            --delete is given. The IMAP password comes from GAZETTE_IMAP_PASSWORD or --password-file. \
            Prints one summary line. Exit status: 0 read, 1 the mailbox or the settings could not be read.
            """
    )

    /// Outbox, delivery.bounce_address and delivery.unsubscribe_mailto, from the config every command finds alike.
    @OptionGroup var configOptions: ConfigOptions

    @Option(help: "A Maildir folder (new/ and cur/).")
    var maildir: String?

    @Option(help: "An mbox file.")
    var mbox: String?

    @Option(help: "An IMAP mailbox: imaps://host/INBOX.")
    var imap: String?

    @Option(name: .customLong("imap-user"), help: "IMAP user.")
    var imapUser: String?

    @Option(name: .customLong("password-file"), help: "File holding the IMAP password (instead of GAZETTE_IMAP_PASSWORD).")
    var passwordFile: String?

    @Option(name: .customLong("ca-file"), help: "Trust the certificate authorities in this PEM file for the IMAP server.")
    var caFile: String?

    @Flag(name: .customLong("insecure-no-tls"), help: "Allow plain imap:// without TLS, to a server on this machine only.")
    var insecureNoTLS = false

    @Flag(help: "Delete the messages acted on (reports, complaints, unsubscribe mails, auto-replies).")
    var delete = false

    func validate() throws {
        let given = [maildir, mbox, imap].compactMap { $0 }
        if given.count != 1 { throw ValidationError("Name one mailbox: --maildir DIR, --mbox FILE or --imap URL.") }
    }

    func run() throws {
        let timestamped = isatty(STDERR_FILENO) == 0
        let level: Logger.Level = configOptions.verbose ? .info : .warning
        LoggingSystem.bootstrap { _ in StandardErrorLogHandler(logLevel: level, timestamped: timestamped) }
        let logger = Logger(label: "gazette.inbox")
        do {
            let loaded = try configOptions.load(required: true)
            let source: any MailboxSource
            if let maildir {
                source = MaildirSource(folder: maildir)
            } else if let mbox {
                source = MboxSource(file: mbox)
            } else {
                let environment = ProcessInfo.processInfo.environment
                var password = environment[IMAPSource.passwordVariable].flatMap { $0.isEmpty ? nil : $0 }
                if let passwordFile {
                    guard let first = (try? String(contentsOfFile: passwordFile, encoding: .utf8))?
                        .split(whereSeparator: \.isNewline).first else {
                        throw InboxError("cannot read the IMAP password file \(passwordFile)")
                    }
                    password = String(first)
                }
                source = try IMAPSource(url: imap!, user: imapUser, password: password, caFile: caFile, allowPlaintext: insecureNoTLS)
            }
            let store = try SuppressionStore.open(outbox: loaded.outbox, create: true)!
            let classifier = InboxClassifier(
                tokens: UnsubscribeToken.fromEnvironment(ProcessInfo.processInfo.environment),
                bounceAddress: loaded.delivery.list.bounceAddress, unsubscribeMailto: loaded.delivery.unsubscribeMailto,
                delivery: { id in try? store.delivery(messageID: id) }, knows: { address in (try? store.knowsAddress(address)) ?? false })
            var inbox = InboxRun(source: source, store: store, classifier: classifier, logger: logger)
            inbox.deleteHandled = delete
            print(try inbox.run().line)
        } catch let error as ConfigError {
            printError(error.description)
            throw ExitCode(1)
        } catch let error as InboxError {
            printError(error.description)
            throw ExitCode(1)
        }
    }
}
