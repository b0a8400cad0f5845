/// How to reach the mail server. The password is never taken from the command line: it comes from
/// `GAZETTE_SMTP_PASSWORD` or a file (see `SMTPSettings.password(environment:file:)`).
public struct SMTPSettings: Sendable {
    /// `smtp://host:port` (STARTTLS required) or `smtps://host:port` (TLS from the first byte).
    public var url: String
    /// Plain `smtp://` without TLS; only with `--insecure-no-tls`, meant for a loopback server.
    public var allowPlaintext: Bool
    public var user: String?
    public var password: String?
    /// PEM bundle of the certificate authorities to trust instead of the system's.
    public var caFile: String?
    public var timeoutSeconds: Double
    /// Receives libcurl's verbose lines (`*` info, `<` server, `>` client), with AUTH secrets and message
    /// bodies left out. Nil: no tracing.
    public var trace: (@Sendable (String) -> Void)?

    public init(url: String, allowPlaintext: Bool = false, user: String? = nil, password: String? = nil,
                caFile: String? = nil, timeoutSeconds: Double = 30, trace: (@Sendable (String) -> Void)? = nil) {
        self.url = url
        self.allowPlaintext = allowPlaintext
        self.user = user
        self.password = password
        self.caFile = caFile
        self.timeoutSeconds = timeoutSeconds
        self.trace = trace
    }
}

extension SMTPSettings {
    /// The SMTP password: the file's first line when a file is named (it must not be readable by others:
    /// a warning otherwise), else `GAZETTE_SMTP_PASSWORD`, else nil.
    public static func password(environment: [String: String], file: String?) throws -> String? {
        fatalError("SMTPSettings.password: to be written")
    }
}
