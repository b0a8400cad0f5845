import Foundation

/// Decides what a received message is: a delivery status notification (RFC 3464), a feedback-loop
/// complaint (RFC 5965 ARF), an auto-reply, or a mail to the `mailto:` unsubscribe address.
public struct InboxClassifier: Sendable {
    public var tokens: UnsubscribeToken?
    /// `delivery.bounce_address` (`bounces+{token}@example.org`): its token, found in the report's
    /// recipient, names the subscriber without any parsing of the report.
    public var bounceAddress: String?
    /// `delivery.unsubscribe_mailto`.
    public var unsubscribeMailto: String?
    /// Message-ID → (address, issue) from the ledger; address → whether the ledger ever mailed it.
    public var delivery: @Sendable (String) -> (address: String, issue: String)?
    public var knows: @Sendable (String) -> Bool

    public init(tokens: UnsubscribeToken?, bounceAddress: String?, unsubscribeMailto: String?,
                delivery: @escaping @Sendable (String) -> (address: String, issue: String)?, knows: @escaping @Sendable (String) -> Bool) {
        self.tokens = tokens
        self.bounceAddress = bounceAddress
        self.unsubscribeMailto = unsubscribeMailto
        self.delivery = delivery
        self.knows = knows
    }

    public func classify(_ bytes: [UInt8]) -> InboxVerdict {
        let message: MailMessage
        do {
            message = try MailMessage(bytes: bytes)
        } catch {
            return .malformed("\(error)")
        }
        if message.contentType == "multipart/report" {
            switch message.contentTypeParameter("report-type")?.lowercased() {
            case "delivery-status": return deliveryStatus(message)
            case "feedback-report": return complaint(message)
            default: return .malformed("multipart/report without report-type delivery-status or feedback-report")
            }
        }
        if isAutoReply(message) { return .autoReply }
        if let mailto = unsubscribeMailto.map(Self.bare), isAddressed(message, to: mailto) {
            guard let from = message.header("From").flatMap(MailMessage.address) else { return .malformed("unsubscribe mail without a From address") }
            return .suppress(address: from.lowercased(), how: .mail, issue: nil, detail: "mail to \(mailto): \(message.header("Subject") ?? "")")
        }
        return .other
    }

    static func bare(_ address: String) -> String {
        var text = address.lowercased()
        if text.hasPrefix("mailto:") { text.removeFirst(7) }
        if let query = text.firstIndex(of: "?") { text = String(text[..<query]) }
        return text
    }

    private func isAddressed(_ message: MailMessage, to address: String) -> Bool {
        for name in ["To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To"] {
            for value in message.headerValues(name) where value.lowercased().contains(address) { return true }
        }
        return false
    }

    /// RFC 3834 Auto-Submitted, and the older conventions vacation programs still write.
    func isAutoReply(_ message: MailMessage) -> Bool {
        if let auto = message.header("Auto-Submitted")?.lowercased(), auto != "no" { return true }
        if message.header("X-Autoreply") != nil || message.header("X-Autorespond") != nil { return true }
        if let precedence = message.header("Precedence")?.lowercased(), ["auto_reply", "bulk", "junk"].contains(precedence) { return true }
        return false
    }

    // MARK: RFC 3464

    private func deliveryStatus(_ report: MailMessage) -> InboxVerdict {
        guard let statusPart = report.allParts.first(where: { $0.contentType == "message/delivery-status" }) else {
            return .malformed("delivery report without a message/delivery-status part")
        }
        // Per-message fields, a blank line, then one block per recipient (RFC 3464 section 2).
        let blocks = statusPart.decodedBody.replacingOccurrences(of: "\r\n", with: "\n")
            .components(separatedBy: "\n\n").map(Self.fields).filter { !$0.isEmpty }
        guard let recipient = blocks.first(where: { $0["final-recipient"] != nil || $0["original-recipient"] != nil }),
              let statusText = recipient["status"], let status = DeliveryStatusCode(statusText)
        else { return .malformed("delivery status without a recipient block with Final-Recipient and a Status x.y.z") }
        let action = recipient["action"]?.lowercased() ?? ""
        let reported = (recipient["final-recipient"] ?? recipient["original-recipient"]).flatMap(Self.typedAddress)
        let diagnostic = recipient["diagnostic-code"].map { " (\($0))" } ?? ""
        let detail = "\(status.text) \(action)\(diagnostic)"
        guard let (address, issue) = whose(report, reportedRecipient: reported) else {
            return .unmatched("delivery status \(status.text) for \(reported ?? "an unnamed recipient"): neither a bounce token nor a Message-ID the ledger knows")
        }
        switch status.klass {
        case 5 where action != "delayed" && action != "delivered" && action != "relayed" && action != "expanded":
            return .suppress(address: address, how: .bounce, issue: issue, detail: detail)
        case 4:
            return .softBounce(address: address, issue: issue, detail: detail)
        default:
            return .other
        }
    }

    /// `rfc822; ana@example.org` → the address.
    static func typedAddress(_ value: String) -> String? {
        let parts = value.split(separator: ";", maxSplits: 1)
        let address = (parts.count == 2 ? parts[1] : parts[0]).trimmingCharacters(in: .whitespaces)
        return address.contains("@") ? MailMessage.address(in: address)?.lowercased() : nil
    }

    static func fields(_ block: String) -> [String: String] {
        var fields: [String: String] = [:]
        var last: String?
        for line in block.split(separator: "\n") {
            if let first = line.first, first == " " || first == "\t", let last {
                fields[last, default: ""] += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
                fields[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                last = name
            }
        }
        return fields
    }

    /// Whose report this is: the VERP token in the address the report came back to, else the original
    /// message's Message-ID in the ledger, else the recipient the report names if the ledger mailed it.
    private func whose(_ report: MailMessage, reportedRecipient: String?) -> (String, String?)? {
        if let tokens, let pattern = bounceAddress, let token = verpToken(report, pattern: pattern),
           let address = tokens.address(in: token) {
            let issue = originalMessageID(report).flatMap(delivery)?.issue
            return (address, issue)
        }
        if let messageID = originalMessageID(report), let found = delivery(messageID) {
            return (found.address.lowercased(), found.issue)
        }
        if let reportedRecipient, knows(reportedRecipient) { return (reportedRecipient, nil) }
        return nil
    }

    private func verpToken(_ message: MailMessage, pattern: String) -> String? {
        let lower = pattern.lowercased()
        guard let range = lower.range(of: "{token}") else { return nil }
        let prefix = String(lower[..<range.lowerBound]), suffix = String(lower[range.upperBound...])
        for name in ["Delivered-To", "X-Original-To", "To", "Envelope-To"] {
            for value in message.headerValues(name) {
                guard let address = MailMessage.address(in: value) else { continue }
                let lowered = address.lowercased()
                guard lowered.hasPrefix(prefix), lowered.hasSuffix(suffix), lowered.count > prefix.count + suffix.count else { continue }
                // The token keeps its case: base64url is case-sensitive.
                let start = address.index(address.startIndex, offsetBy: prefix.count)
                let end = address.index(address.endIndex, offsetBy: -suffix.count)
                return String(address[start..<end])
            }
        }
        return nil
    }

    /// The Message-ID of the message the report is about, from its returned copy or headers.
    private func originalMessageID(_ report: MailMessage) -> String? {
        for part in report.allParts {
            switch part.contentType {
            case "message/rfc822":
                if let inner = part.parts.first, let id = inner.header("Message-ID") { return id }
            case "text/rfc822-headers", "message/rfc822-headers":
                if let id = (try? MailMessage(text: part.decodedBody + "\n\n", depth: 1))?.header("Message-ID") { return id }
            default: continue
            }
        }
        return nil
    }

    // MARK: RFC 5965

    private func complaint(_ report: MailMessage) -> InboxVerdict {
        guard let feedback = report.allParts.first(where: { $0.contentType == "message/feedback-report" }) else {
            return .malformed("complaint without a message/feedback-report part")
        }
        let fields = Self.fields(feedback.decodedBody.replacingOccurrences(of: "\r\n", with: "\n"))
        guard let type = fields["feedback-type"] else { return .malformed("feedback report without Feedback-Type") }
        let reported = (fields["original-rcpt-to"] ?? fields["removal-recipient"]).flatMap { MailMessage.address(in: $0)?.lowercased() }
        let originalTo = report.allParts.first { $0.contentType == "message/rfc822" || $0.contentType == "text/rfc822-headers" }
            .flatMap { part -> String? in
                let inner = part.parts.first ?? (try? MailMessage(text: part.decodedBody + "\n\n", depth: 1))
                return inner?.header("To").flatMap(MailMessage.address)?.lowercased()
            }
        guard let (address, issue) = whose(report, reportedRecipient: reported ?? originalTo) else {
            return .unmatched("\(type) complaint for \(reported ?? originalTo ?? "a redacted recipient"): no Message-ID the ledger knows")
        }
        return .suppress(address: address, how: .complaint, issue: issue, detail: "feedback-type \(type)")
    }
}

/// An RFC 3463 status `class.subject.detail`.
struct DeliveryStatusCode {
    var klass: Int
    var text: String

    init?(_ value: String) {
        let word = value.split(separator: " ").first.map(String.init) ?? ""
        let numbers = word.split(separator: ".")
        guard numbers.count == 3, numbers.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              let first = Int(numbers[0]), [2, 4, 5].contains(first) else { return nil }
        klass = first
        text = word
    }
}
