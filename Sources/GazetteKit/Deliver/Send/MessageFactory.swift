import Foundation

/// Builds each subscriber's own message: their edition, their name, their unsubscribe link in the
/// headers and in both bodies.
public struct MessageFactory: Sendable {
    public let editions: IssueEditions
    public let sender: SenderIdentity
    private let messageIDs: MessageIDMaker
    /// Put before every subject, e.g. `[TEST] ` for `send --test`.
    public let subjectPrefix: String
    /// One boundary for the whole send: it only has to be absent from the bodies (MessageBoundary).
    let boundary = MessageBoundary.make()
    private let editionFields = EditionFieldsCache()

    public init(editions: IssueEditions, sender: SenderIdentity, subjectPrefix: String = "") {
        self.editions = editions
        self.sender = sender
        self.subjectPrefix = subjectPrefix
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

    /// The same bytes as `MIMEWriter.bytes(of: message(for:…), boundary: boundary)`, without redoing per
    /// subscriber what is the same for all: an edition's fixed header fields are written once, and of
    /// each body only the unsubscribe link is encoded per message. A send spends its CPU here.
    public func bytes(for subscriber: Subscriber, messageID: String, date: Date = Date()) throws -> [UInt8] {
        let bodies = editions.bodies(for: subscriber.edition)
        let fields = try editionFields.fields(for: bodies.edition) {
            let order = bodies.contentLanguage.split(separator: ",").compactMap { Language(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
            return try MIMEWriter.EditionFields(from: from(for: bodies, order: order), replyTo: sender.replyTo,
                                                subject: subjectPrefix + bodies.subject, contentLanguage: bodies.contentLanguage,
                                                listID: sender.listID, boundary: boundary)
        }
        let url = sender.unsubscribeURL(for: subscriber.address)
        return try MIMEWriter.assemble(fields, to: Mailbox(address: subscriber.address, displayName: subscriber.name),
                                       date: date, messageID: messageID, unsubscribeURL: url,
                                       unsubscribeMailto: sender.unsubscribeMailto,
                                       text: bodies.text.quotedPrintable(unsubscribeURL: url),
                                       html: bodies.html.quotedPrintable(unsubscribeURL: url))
    }
}

/// Each edition's fixed header fields, made on first use (a send may hold only one edition's readers) and
/// shared by the threads that build messages.
private final class EditionFieldsCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [Edition: MIMEWriter.EditionFields] = [:]

    func fields(for edition: Edition, make: () throws -> MIMEWriter.EditionFields) throws -> MIMEWriter.EditionFields {
        lock.lock()
        defer { lock.unlock() }
        if let known = made[edition] { return known }
        let fields = try make()
        made[edition] = fields
        return fields
    }
}
