import Foundation

/// Builds each subscriber's own message: their edition, their name, their unsubscribe link in the
/// headers and in both bodies.
public struct MessageFactory: Sendable {
    public var editions: IssueEditions
    public var sender: SenderIdentity
    private let messageIDs: MessageIDMaker
    /// Put before every subject, e.g. `[TEST] ` for `send --test`.
    public var subjectPrefix = ""

    public init(editions: IssueEditions, sender: SenderIdentity) {
        self.editions = editions
        self.sender = sender
        messageIDs = MessageIDMaker(domain: sender.from.domain, issue: editions.issue)
    }

    public func newMessageID() -> String { messageIDs.make() }

    public func message(for subscriber: Subscriber, messageID: String, date: Date = Date()) throws -> OutgoingMessage {
        let bodies = editions.bodies(for: subscriber.edition)
        let url = sender.unsubscribeURL(for: subscriber.address)
        let order = bodies.contentLanguage.split(separator: ",").compactMap { Language(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
        return OutgoingMessage(
            from: from(for: bodies, order: order), to: Mailbox(address: subscriber.address, displayName: subscriber.name),
            replyTo: sender.replyTo, subject: subjectPrefix + bodies.subject, date: date, messageID: messageID, listID: sender.listID,
            unsubscribeURL: url, unsubscribeMailto: sender.unsubscribeMailto, contentLanguage: bodies.contentLanguage,
            textBody: bodies.text.filled(unsubscribeURL: url), htmlBody: bodies.html.filled(unsubscribeURL: url))
    }

    /// The English edition signed with the English name: when the configured sender's name is the
    /// newsletter's name in some language (or there is none), each edition carries its own language's.
    /// A person's name, or any other, stays as configured.
    /// `delivery.sender.name` per language when set; else the newsletter's own name in the edition's language
    /// when the configured From name is one of its names (the English edition is not signed in French).
    func from(for bodies: IssueEditions.EditionBodies, order: [Language]) -> Mailbox {
        let named = sender.from(for: bodies.edition, bilingualOrder: order.count == 2 ? order : [.fr, .en])
        return named != sender.from ? named : from(for: bodies)
    }

    func from(for bodies: IssueEditions.EditionBodies) -> Mailbox {
        guard let name = bodies.newsletterName else { return sender.from }
        if let configured = sender.from.displayName, !editions.newsletterNames.contains(configured) { return sender.from }
        return Mailbox(address: sender.from.address, displayName: name)
    }

    public func bytes(for subscriber: Subscriber, messageID: String, date: Date = Date()) throws -> [UInt8] {
        try MIMEWriter.bytes(of: message(for: subscriber, messageID: messageID, date: date))
    }
}
