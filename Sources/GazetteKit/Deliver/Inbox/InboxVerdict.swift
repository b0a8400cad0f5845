/// What one received message asks for.
public enum InboxVerdict: Sendable, Equatable {
    /// A hard bounce (5.x.x), a complaint, or an unsubscribe mail: the address gets no more mail.
    case suppress(address: String, how: Suppression.How, issue: String?, detail: String)
    /// A 4.x.x delivery status: counted; the third in a row suppresses.
    case softBounce(address: String, issue: String?, detail: String)
    /// An auto-reply (out of office, vacation): nothing to do.
    case autoReply
    /// A report whose subscriber cannot be told (no VERP token, no known Message-ID, no known recipient).
    case unmatched(String)
    /// A report that does not follow its RFC: reported and skipped.
    case malformed(String)
    /// Ordinary mail, not for Gazette.
    case other
}
