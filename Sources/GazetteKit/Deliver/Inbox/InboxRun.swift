import Crypto
import Foundation
import Logging

/// `gazette inbox`: every message not read before is classified and acted on once; the record of
/// what was read (by content hash) lives in the ledger database beside the suppressions.
public struct InboxRun {
    public var source: any MailboxSource
    public var store: SuppressionStore
    public var classifier: InboxClassifier
    public var deleteHandled = false
    public var logger: Logger

    public struct Summary: Sendable, Equatable {
        public var read = 0
        public var seenBefore = 0
        public var hardBounces = 0
        public var softBounces = 0
        public var complaints = 0
        public var unsubscribes = 0
        public var autoReplies = 0
        public var unmatched = 0
        public var malformed = 0
        public var other = 0
        public var suppressed = 0
        public var deleted = 0

        public var line: String {
            "inbox: \(read) new, \(seenBefore) read before; \(suppressed) suppressed (\(hardBounces) bounces, \(complaints) complaints, "
                + "\(unsubscribes) unsubscribe mails), \(softBounces) soft bounces, \(autoReplies) auto-replies ignored, "
                + "\(unmatched) unmatched, \(malformed) malformed skipped, \(other) other" + (deleted > 0 ? ", \(deleted) deleted" : "")
        }
    }

    public init(source: any MailboxSource, store: SuppressionStore, classifier: InboxClassifier, logger: Logger) {
        self.source = source
        self.store = store
        self.classifier = classifier
        self.logger = logger
    }

    /// The word recorded for a verdict; mail that was not for Gazette, or could not be used, stays.
    static func outcome(_ verdict: InboxVerdict) -> String {
        switch verdict {
        case .suppress(_, let how, _, _): return "suppress:\(how.rawValue)"
        case .softBounce: return "soft-bounce"
        case .autoReply: return "auto-reply"
        case .unmatched: return "unmatched"
        case .malformed: return "malformed"
        case .other: return "other"
        }
    }

    static func keeps(_ outcome: String) -> Bool { ["unmatched", "malformed", "other"].contains(outcome) }

    public func run() throws -> Summary {
        var summary = Summary()
        var handled: [InboxItem] = []
        for item in try source.messages() {
            let key = "sha256:" + SHA256.hash(data: item.bytes).map { String(format: "%02x", $0) }.joined()
            if let outcome = try store.seenOutcome(key) {
                summary.seenBefore += 1
                // Handled by an earlier run without --delete: this run's --delete may remove it now.
                if !Self.keeps(outcome) { handled.append(item) }
                continue
            }
            summary.read += 1
            let verdict = classifier.classify(item.bytes)
            var acted = true
            switch verdict {
            case .suppress(let address, let how, let issue, let detail):
                if try store.record(address, how: how, issue: issue, detail: detail) { summary.suppressed += 1 }
                switch how {
                case .complaint: summary.complaints += 1
                case .mail: summary.unsubscribes += 1
                default: summary.hardBounces += 1
                }
                logger.info("\(item.location): \(address) suppressed (\(how.rawValue): \(detail))")
            case .softBounce(let address, let issue, let detail):
                summary.softBounces += 1
                let counted = try store.recordSoftBounce(address, issue: issue, detail: detail)
                if counted.suppressed { summary.suppressed += 1 }
                logger.info("\(item.location): \(address) soft bounce \(counted.count) (\(detail))\(counted.suppressed ? ": suppressed" : "")")
            case .autoReply:
                summary.autoReplies += 1
            case .unmatched(let why):
                summary.unmatched += 1
                acted = false
                logger.warning("\(item.location): \(why)")
            case .malformed(let why):
                summary.malformed += 1
                acted = false
                logger.warning("\(item.location): malformed report, skipped: \(why)")
            case .other:
                summary.other += 1
                acted = false
            }
            _ = try store.markSeen(key, outcome: Self.outcome(verdict))
            if acted { handled.append(item) }
        }
        if deleteHandled && !handled.isEmpty {
            try source.delete(handled)
            summary.deleted = handled.count
        }
        return summary
    }
}
