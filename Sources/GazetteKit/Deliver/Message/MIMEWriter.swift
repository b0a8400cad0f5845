import Foundation

/// Writes an OutgoingMessage as RFC 5322 / MIME bytes with CRLF line ends, ready for SMTP DATA.
///
/// The message is `multipart/alternative` with the text/plain part first and text/html last (readers
/// show the last part they can), both UTF-8 and quoted-printable. Header values go through
/// HeaderValuePolicy: free text is flattened, identifiers that could break a header throw.
public enum MIMEWriter {
    /// `boundary` is fixed only by tests; by default one is made that cannot occur in a
    /// quoted-printable body. Throws MessageError when a header value cannot be written safely.
    public static func bytes(of message: OutgoingMessage, boundary: String? = nil) throws -> [UInt8] {
        let chosenBoundary = try boundary.map(MessageBoundary.checked) ?? MessageBoundary.make()
        let edition = try EditionFields(from: message.from, replyTo: message.replyTo, subject: message.subject,
                                        contentLanguage: message.contentLanguage, listID: message.listID,
                                        boundary: chosenBoundary)
        let text = QuotedPrintable.encode(message.textBody)
        let html = QuotedPrintable.encode(message.htmlBody)
        // A made boundary cannot occur in quoted-printable (see MessageBoundary); one given by a caller might.
        if boundary != nil, contains(text, Array(chosenBoundary.utf8)) || contains(html, Array(chosenBoundary.utf8)) {
            throw MessageError("multipart boundary \"\(chosenBoundary)\" occurs in a body")
        }
        return try assemble(edition, to: message.to, date: message.date, messageID: message.messageID,
                            unsubscribeURL: message.unsubscribeURL, unsubscribeMailto: message.unsubscribeMailto,
                            text: text, html: html)
    }

    /// The header fields that are the same in every subscriber's copy of an edition, written once: the
    /// runs between the per-subscriber fields, in the order the header has them.
    struct EditionFields: Sendable {
        let boundary: String
        /// From.
        let afterDate: [UInt8]
        /// Reply-To, Subject.
        let afterTo: [UInt8]
        /// MIME-Version, Content-Language, List-Id.
        let afterMessageID: [UInt8]
        /// List-Unsubscribe-Post, Content-Type, the blank line ending the header.
        let afterUnsubscribe: [UInt8]

        init(from: Mailbox, replyTo: Mailbox?, subject: String, contentLanguage: String, listID: String,
             boundary: String) throws {
            self.boundary = boundary
            afterDate = Array(try mailboxField("From", from).lines().utf8)
            var replyAndSubject = try replyTo.map { try mailboxField("Reply-To", $0).lines() } ?? ""
            replyAndSubject += try HeaderField("Subject", segments: HeaderWords.unstructured(subject, firstLineRoom: 78 - "Subject:".count)).lines()
            afterTo = Array(replyAndSubject.utf8)
            afterMessageID = Array(try [
                HeaderField("MIME-Version", "1.0"),
                HeaderField("Content-Language", try HeaderValuePolicy.checkedLanguages(contentLanguage)),
                try listIDField(listID),
            ].map { try $0.lines() }.joined().utf8)
            afterUnsubscribe = Array(try [
                HeaderField("List-Unsubscribe-Post", "List-Unsubscribe=One-Click", foldable: false),
                HeaderField("Content-Type", segments: [" multipart/alternative;", " boundary=\"\(boundary)\""]),
            ].map { try $0.lines() }.joined().utf8) + Array("\r\n".utf8)
        }
    }

    /// One subscriber's message from an edition's fixed fields and both bodies already quoted-printable.
    static func assemble(_ edition: EditionFields, to: Mailbox, date: Date, messageID: String, unsubscribeURL: String,
                         unsubscribeMailto: String?, text: [UInt8], html: [UInt8]) throws -> [UInt8] {
        let boundary = edition.boundary
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.count + html.count + 1024)
        bytes += try HeaderField("Date", MessageDate.format(date)).lines().utf8
        bytes += edition.afterDate
        bytes += try mailboxField("To", to).lines().utf8
        bytes += edition.afterTo
        bytes += try HeaderField("Message-ID", try HeaderValuePolicy.checkedMessageID(messageID)).lines().utf8
        bytes += edition.afterMessageID
        bytes += try listUnsubscribeField(url: unsubscribeURL, mailto: unsubscribeMailto).lines().utf8
        bytes += edition.afterUnsubscribe
        for (subtype, body) in [("plain", text), ("html", html)] {
            bytes += "--\(boundary)\r\n".utf8
            bytes += "Content-Type: text/\(subtype); charset=utf-8\r\n".utf8
            bytes += "Content-Transfer-Encoding: quoted-printable\r\n\r\n".utf8
            bytes += body
            // This CRLF belongs to the next delimiter (RFC 2046 §5.1.1), not to the body.
            bytes += "\r\n".utf8
        }
        bytes += "--\(boundary)--\r\n".utf8
        return bytes
    }

    private static func mailboxField(_ name: String, _ mailbox: Mailbox) throws -> HeaderField {
        try AddressSyntax.check(mailbox.address, field: "\(name) address")
        let nameSegments = HeaderWords.phrase(mailbox.displayName ?? "", firstLineRoom: 78 - name.count - 1)
        let address = nameSegments.isEmpty ? " " + mailbox.address : " <\(mailbox.address)>"
        return HeaderField(name, segments: nameSegments + [address])
    }

    /// `Description <list.id.example>` (RFC 2919) or a bare id, which is then put in angle brackets.
    private static func listIDField(_ listID: String) throws -> HeaderField {
        try HeaderValuePolicy.checkedIdentifier(listID, field: "List-Id")
        let trimmed = listID.trimmingSpaces
        var description = "", id = trimmed
        if trimmed.hasSuffix(">"), let open = trimmed.lastIndex(of: "<") {
            description = String(trimmed[..<open])
            id = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        }
        let labels = id.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy(AddressSyntax.isAtext) }) else {
            throw MessageError("List-Id \"\(listID)\" needs an id such as <gazette.example.org>")
        }
        let descriptionSegments = HeaderWords.phrase(description, firstLineRoom: 78 - "List-Id:".count)
        return HeaderField("List-Id", segments: descriptionSegments + [" <\(id)>"])
    }

    /// RFC 2369 + RFC 8058: the https URL first (one-click readers use it), then the optional mailto.
    private static func listUnsubscribeField(url: String, mailto: String?) throws -> HeaderField {
        let url = try HeaderValuePolicy.checkedURI(url, field: "unsubscribe URL")
        guard url.lowercased().hasPrefix("https://") else {
            throw MessageError("unsubscribe URL \"\(url)\" must be https (RFC 8058 one-click unsubscribe)")
        }
        var value = "<\(url)>"
        if let mailto, !mailto.isEmpty {
            let uri = mailto.lowercased().hasPrefix("mailto:") ? mailto : "mailto:" + mailto
            value += ", <\(try HeaderValuePolicy.checkedURI(uri, field: "unsubscribe mailto"))>"
        }
        return HeaderField("List-Unsubscribe", value, foldable: false)
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            (0...(hay.count - needle.count)).contains { start in
                hay[start] == needle[0] && (1..<needle.count).allSatisfy { hay[start + $0] == needle[$0] }
            }
        }
    }
}
