import Foundation

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
    public static let passwordVariable = "GAZETTE_SMTP_PASSWORD"

    /// The SMTP password: the file's first line when a file is named (see `passwordFileWarning(file:)` for
    /// one readable by others), else `GAZETTE_SMTP_PASSWORD`, else nil. Errors name the file, never its content.
    public static func password(environment: [String: String], file: String?) throws -> String? {
        guard let file else {
            guard let password = environment[passwordVariable], !password.isEmpty else { return nil }
            return password
        }
        let contents: String
        do {
            contents = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            throw SMTPSettingsError("cannot read the SMTP password file \(file): \(Self.reason(error))")
        }
        // isNewline: "\r\n" is one Character in Swift, so splitting on "\n" alone would keep the "\r".
        let firstLine = contents.split(maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: \.isNewline).first ?? ""
        guard !firstLine.isEmpty else { throw SMTPSettingsError("the SMTP password file \(file) is empty on its first line") }
        return String(firstLine)
    }

    /// A warning when the password file can be read by the group or others (mode & 0o077), else nil.
    public static func passwordFileWarning(file: String) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file),
              let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue, mode & 0o077 != 0
        else { return nil }
        return "the SMTP password file \(file) is readable by other users (mode \(String(mode, radix: 8))); chmod 600 it"
    }

    private static func reason(_ error: Error) -> String {
        guard let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError, posix.domain == NSPOSIXErrorDomain
        else { return (error as NSError).localizedDescription }
        return String(cString: strerror(Int32(posix.code)))
    }
}
