/// Writes an OutgoingMessage as RFC 5322 / MIME bytes with CRLF line ends, ready for SMTP DATA.
public enum MIMEWriter {
    /// `boundary` is fixed only by tests; by default one is made that cannot occur in a
    /// quoted-printable body. Throws MessageError when a header value cannot be written safely.
    public static func bytes(of message: OutgoingMessage, boundary: String? = nil) throws -> [UInt8] {
        fatalError("MIMEWriter.bytes: to be written")
    }
}
