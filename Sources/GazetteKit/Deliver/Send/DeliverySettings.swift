/// The `delivery:` and `smtp:` sections of the config, merged with the command line by the CLI.
/// Nothing secret lives here: the SMTP password comes from `GAZETTE_SMTP_PASSWORD` or `password_file`,
/// the unsubscribe key from `GAZETTE_UNSUBSCRIBE_KEY`.
public struct DeliverySettings: Sendable, Equatable {
    public var subscribers: String?
    public var suppression: String?
    /// `Name <address>` or a bare address.
    public var from: String?
    public var replyTo: String?
    /// Envelope sender (MAIL FROM, where bounces go) when it differs from From.
    public var returnPath: String?
    public var listID: String?
    /// `https://…?token={token}`; `{email}` is also filled in when present.
    public var unsubscribeURL: String?
    public var unsubscribeMailto: String?
    /// Messages per second; nil: as fast as the server takes them.
    public var rate: Double?
    public var retry = RetryPolicy()
    /// Sender identity, bounces, archive (`ListSettings.configKeys`).
    public var list = ListSettings()

    public var smtpURL: String?
    public var smtpUser: String?
    public var smtpPasswordFile: String?
    public var smtpCAFile: String?
    public var smtpInsecureNoTLS = false
    public var smtpTimeoutSeconds: Double = 30

    public init() {}
}

/// How hard a send tries before leaving a message to a later run.
public struct RetryPolicy: Sendable, Equatable {
    /// Extra passes over the messages the server deferred (4xx), within one run.
    public var rounds = 2
    /// Wait before the first extra pass, doubled at each next one; also the first wait after a dropped
    /// connection.
    public var delaySeconds: Double = 30
    /// Attempts across all runs after which a message that keeps being deferred is given up (`failed`).
    public var maxAttempts = 8
    /// Consecutive connection failures after which the run stops and leaves the rest queued.
    public var maxConnectionFailures = 4

    public init() {}

    public func delay(beforeRound round: Int) -> Double {
        delaySeconds * Double(1 << min(max(round - 1, 0), 10))
    }
}

extension DeliverySettings {
    /// Parses `10`, `10/s`, `600/min`, `3600/h` into messages per second.
    public static func rate(_ text: String) -> Double? {
        let parts = text.lowercased().replacingOccurrences(of: " ", with: "").split(separator: "/", maxSplits: 1)
        guard let count = parts.first.flatMap({ Double($0) }), count > 0, count.isFinite else { return nil }
        guard parts.count == 2 else { return count }
        switch parts[1] {
        case "s", "sec", "second": return count
        case "m", "min", "minute": return count / 60
        case "h", "hour": return count / 3600
        default: return nil
        }
    }
}
