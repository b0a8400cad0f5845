/// One libcurl easy handle kept for a whole send, so the SMTP connection (and its TLS session and AUTH)
/// is reused from message to message; libcurl reconnects by itself when the server dropped it.
/// Not thread-safe: one sender thread owns it.
public final class SMTPSession {
    /// Throws SMTPSettingsError for settings that must not be used (plain smtp:// without
    /// allowPlaintext, unknown scheme, unreadable CA file).
    public init(settings: SMTPSettings) throws {
        fatalError("SMTPSession.init: to be written")
    }

    /// Sends one message to one recipient (one RCPT TO, so the reply belongs to that recipient).
    public func send(_ message: [UInt8], from envelopeSender: String, to recipient: String) -> SMTPOutcome {
        fatalError("SMTPSession.send: to be written")
    }
}

public struct SMTPSettingsError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
