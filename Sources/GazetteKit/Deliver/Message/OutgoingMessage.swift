import Foundation

/// Everything one subscriber's message holds, before it is written as MIME.
public struct OutgoingMessage: Sendable {
    public var from: Mailbox
    public var to: Mailbox
    public var replyTo: Mailbox?
    public var subject: String
    public var date: Date
    /// With angle brackets: `<…@domain>`.
    public var messageID: String
    /// `List-Id` value, e.g. `The Meetup Gazette <gazette.example.org>`.
    public var listID: String
    /// The subscriber's own https unsubscribe URL (RFC 8058 one-click).
    public var unsubscribeURL: String
    /// `mailto:` address for unsubscribing, optional.
    public var unsubscribeMailto: String?
    /// `fr`, `en`, or `fr, en` for the bilingual edition (Content-Language).
    public var contentLanguage: String
    public var textBody: String
    public var htmlBody: String

    public init(from: Mailbox, to: Mailbox, replyTo: Mailbox? = nil, subject: String, date: Date, messageID: String,
                listID: String, unsubscribeURL: String, unsubscribeMailto: String? = nil, contentLanguage: String,
                textBody: String, htmlBody: String) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.listID = listID
        self.unsubscribeURL = unsubscribeURL
        self.unsubscribeMailto = unsubscribeMailto
        self.contentLanguage = contentLanguage
        self.textBody = textBody
        self.htmlBody = htmlBody
    }
}
