import Foundation

/// The mistakes an SMTP URL can have before any connection is tried, each with its fix. Checked where the
/// URL is read (config line, `--smtp`), so `127.0.0.1:8025` is reported as a missing scheme rather than
/// as whatever the URL parser makes of it.
public enum SMTPURLCheck {
    public static func problem(_ url: String) -> String? {
        let shown = redacted(url)
        guard let schemeEnd = url.range(of: "://") else {
            return "`\(shown)` has no scheme: write smtp://\(shown) (STARTTLS, port 587 or 25) or smtps://\(shown) (TLS from the start, port 465)"
        }
        let scheme = url[..<schemeEnd.lowerBound].lowercased()
        guard scheme == "smtp" || scheme == "smtps" else {
            return "`\(shown)`: the scheme \(scheme):// is not supported; use smtp:// (STARTTLS) or smtps:// (port 465)"
        }
        guard let host = URLComponents(string: url)?.host, !host.isEmpty else {
            return "`\(shown)` names no host; expected \(scheme)://host:port"
        }
        return nil
    }

    /// The URL without any `user:password@` part, for messages.
    static func redacted(_ url: String) -> String {
        var shown = url
        if let at = shown.lastIndex(of: "@") {
            let start = shown.range(of: "://")?.upperBound ?? shown.startIndex
            if start <= at { shown.replaceSubrange(start...at, with: "…@") }
        }
        return shown
    }
}
