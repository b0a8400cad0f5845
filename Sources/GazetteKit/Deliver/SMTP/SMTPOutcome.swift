/// What became of one message handed to the server.
public enum SMTPOutcome: Sendable, Equatable {
    /// 2xx after DATA. `reply` is the server's last line, e.g. `250 2.0.0 Ok: queued as 4F2`.
    case accepted(reply: String)
    /// 4xx at any step: try again later.
    case deferred(code: Int, reply: String)
    /// 5xx at any step: permanent, never retried.
    case rejected(code: Int, reply: String)
    /// No usable reply: could not connect, TLS failed, connection dropped, timeout. Retried later.
    case connectionFailed(reason: String)
    /// The server refused TLS as the settings ask for it (no STARTTLS, TLS on a plain port, an untrusted
    /// certificate): no retry can fix that, so the send stops at once. `reason` ends with the fix.
    case misconfigured(reason: String)
}

/// A send stopped because the server refused TLS as configured; the CLI gives it an exit status of its own.
public struct SMTPConfigurationError: Error, CustomStringConvertible {
    public var reason: String
    public init(reason: String) { self.reason = reason }
    public var description: String { "SMTP settings: \(reason)" }
}
