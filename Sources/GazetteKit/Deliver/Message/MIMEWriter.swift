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
        let header = try headerFields(of: message, boundary: chosenBoundary)
        return try assemble(message, header: header, boundary: chosenBoundary, checkBoundary: boundary != nil)
    }

    private static func headerFields(of message: OutgoingMessage, boundary: String) throws -> String {
        var fields: [HeaderField] = [
            HeaderField("Date", MessageDate.format(message.date)),
            try mailboxField("From", message.from),
            try mailboxField("To", message.to),
        ]
        if let replyTo = message.replyTo { fields.append(try mailboxField("Reply-To", replyTo)) }
        fields += [
            HeaderField("Subject", segments: HeaderWords.unstructured(message.subject, firstLineRoom: 78 - "Subject:".count)),
            HeaderField("Message-ID", try HeaderValuePolicy.checkedMessageID(message.messageID)),
            HeaderField("MIME-Version", "1.0"),
            HeaderField("Content-Language", try HeaderValuePolicy.checkedLanguages(message.contentLanguage)),
            try listIDField(message.listID),
            try listUnsubscribeField(url: message.unsubscribeURL, mailto: message.unsubscribeMailto),
            HeaderField("List-Unsubscribe-Post", "List-Unsubscribe=One-Click", foldable: false),
            HeaderField("Content-Type", segments: [" multipart/alternative;", " boundary=\"\(boundary)\""]),
        ]
        return try fields.map { try $0.lines() }.joined()
    }

    private static func assemble(_ message: OutgoingMessage, header: String, boundary: String,
                                 checkBoundary: Bool) throws -> [UInt8] {
        let text = QuotedPrintable.encode(message.textBody)
        let html = QuotedPrintable.encode(message.htmlBody)
        // A made boundary cannot occur in quoted-printable (see MessageBoundary); one given by a caller might.
        if checkBoundary, contains(text, Array(boundary.utf8)) || contains(html, Array(boundary.utf8)) {
            throw MessageError("multipart boundary \"\(boundary)\" occurs in a body")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(header.utf8.count + text.count + html.count + 512)
        bytes += header.utf8
        bytes += "\r\n".utf8
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
