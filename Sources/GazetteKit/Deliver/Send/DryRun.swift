import Foundation

/// What a dry run shows: the exact message the first subscribers would receive, as `.eml` files, and
/// who would get which edition. It connects to nothing and changes no ledger.
public struct DryRun {
    public var factory: MessageFactory
    /// How many `.eml` files to write; nil: one per subscriber.
    public var sampleLimit: Int?

    public init(factory: MessageFactory, sampleLimit: Int?) {
        self.factory = factory
        self.sampleLimit = sampleLimit
    }

    public struct Summary: Sendable {
        public var folder: String
        public var wouldSend: [Edition: Int] = [:]
        public var alreadySent = 0
        public var messagesWritten = 0
        public var problems: [String] = []

        public var total: Int { wouldSend.values.reduce(0, +) }

        public var line: String {
            let editions = Edition.allCases.compactMap { edition in wouldSend[edition].map { "\(edition.rawValue) \($0)" } }
            var line = "dry run: would send \(total) messages"
            if !editions.isEmpty { line += " (\(editions.joined(separator: ", ")))" }
            if alreadySent > 0 { line += ", \(alreadySent) already sent" }
            line += "; \(messagesWritten) written to \(folder)"
            return line
        }
    }

    /// Writes `<issue>/dry-run/` afresh: `NNNN-address.eml` for the first messages and `summary.txt`.
    /// `ledger`, when there is one, leaves out who was already sent this issue, as a real run would.
    public func write(subscribers: [Subscriber], ledger: DeliveryLedger?) throws -> Summary {
        let issue = factory.editions.issue
        let folder = (factory.editions.folder as NSString).appendingPathComponent("dry-run")
        let manager = FileManager.default
        if manager.fileExists(atPath: folder) { try manager.removeItem(atPath: folder) }
        try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)

        var summary = Summary(folder: folder, problems: factory.sender.problems)
        var lines = ""
        // One query for the whole list, not one per subscriber.
        let finished = try ledger?.finishedStatuses(issue: issue) ?? [:]
        for subscriber in subscribers {
            if let status = finished[subscriber.key] {
                if status == .sent { summary.alreadySent += 1 }
                continue
            }
            let edition = factory.editions.bodies(for: subscriber.edition).edition
            summary.wouldSend[edition, default: 0] += 1
            lines += "\(subscriber.address)\t\(edition.rawValue)\n"
            if sampleLimit.map({ summary.messagesWritten < $0 }) ?? true {
                summary.messagesWritten += 1
                let bytes = try factory.bytes(for: subscriber, messageID: factory.newMessageID())
                let name = String(format: "%04d-", summary.messagesWritten) + Self.fileSafe(subscriber.address) + ".eml"
                try Data(bytes).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(name)))
            }
        }
        var text = "# \(summary.line)\n"
        for problem in summary.problems { text += "# a real send would refuse to start: \(problem)\n" }
        text += "# address\tedition\n" + lines
        try Data(text.utf8).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("summary.txt")))
        return summary
    }

    static func fileSafe(_ address: String) -> String {
        String(address.lowercased().unicodeScalars.map { scalar in
            CharacterSet.alphanumerics.contains(scalar) || "@.-_+".unicodeScalars.contains(scalar) ? Character(scalar) : "_"
        })
    }
}
