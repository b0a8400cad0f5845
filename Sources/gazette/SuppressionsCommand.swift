import ArgumentParser
import Foundation
import GazetteKit

/// Where the ledger is: `--outbox`, else the config's outbox, else `outbox` here.
struct OutboxOption: ParsableArguments {
    /// Its outbox: holds the ledger; found as every command finds its config.
    @OptionGroup var configOptions: ConfigOptions

    @Option(help: "The outbox folder (overrides the config's).")
    var outbox: String?

    func folder() throws -> String {
        if let outbox { return outbox }
        if configOptions.location != nil { return try configOptions.load().outbox }
        return "outbox"
    }
}

struct SuppressionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suppressions",
        abstract: "List, add or remove the addresses that get no more mail (unsubscribed, bounced, complained).",
        discussion: """
            Suppressions live in OUTBOX/ledger.sqlite, recorded by `gazette serve` (one-click and page \
            unsubscribes), `gazette inbox` (bounces, complaints, unsubscribe mails), `send` (5xx refusals) and \
            by hand. Every send, dry run and run leaves them out, as it does the suppression file.
            """,
        subcommands: [List.self, Add.self, Remove.self],
        defaultSubcommand: List.self
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Every suppression, oldest first.")

        @OptionGroup var location: OutboxOption

        @Option(help: "text (default) or csv (address,time,how,issue,detail).")
        var format: Format = .text

        enum Format: String, ExpressibleByArgument { case text, csv }

        func run() throws {
            try reportingErrors {
                guard let store = try SuppressionStore.open(outbox: try location.folder(), create: false) else {
                    if format == .csv { print("address,time,how,issue,detail") } else { print("no suppressions (no ledger yet)") }
                    return
                }
                let all = try store.all()
                let time = ISO8601DateFormatter()
                switch format {
                case .csv:
                    print("address,time,how,issue,detail")
                    for entry in all {
                        print([entry.address, time.string(from: entry.time), entry.how.rawValue, entry.issue ?? "", entry.detail ?? ""]
                            .map(Self.csvField).joined(separator: ","))
                    }
                case .text:
                    for entry in all {
                        let issue = entry.issue.map { " (\($0))" } ?? ""
                        let detail = entry.detail.map { ": \($0)" } ?? ""
                        print("\(entry.address)  \(time.string(from: entry.time))  \(entry.how.rawValue)\(issue)\(detail)")
                    }
                    print("\(all.count) suppressed")
                }
            }
        }

        /// RFC 4180 quoting, and a leading quote for text a spreadsheet would run as a formula.
        static func csvField(_ value: String) -> String {
            var text = value
            if let first = text.first, "=+-@".contains(first) { text = "'" + text }
            guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
            return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Suppress an address by hand.")
        @OptionGroup var location: OutboxOption
        @Argument(help: "The address.") var address: String

        func run() throws {
            try reportingErrors {
                if let problem = EmailAddress.problem(in: address) { throw DeliveryError("\(address): \(problem)") }
                let store = try SuppressionStore.open(outbox: try location.folder(), create: true)!
                print(try store.record(address, how: .byHand) ? "\(address) suppressed" : "\(address) was already suppressed")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Lift a suppression (the person asked to come back).")
        @OptionGroup var location: OutboxOption
        @Argument(help: "The address.") var address: String

        func run() throws {
            try reportingErrors {
                guard let store = try SuppressionStore.open(outbox: try location.folder(), create: false),
                      try store.remove(address) else {
                    printError("\(address) is not suppressed")
                    throw ExitCode(1)
                }
                print("\(address) may receive mail again")
            }
        }
    }
}

/// A config, ledger or input problem as one line and status 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as ConfigError {
        printError(error.description)
        throw ExitCode(1)
    } catch let error as DeliveryError {
        printError(error.description)
        throw ExitCode(1)
    }
}
