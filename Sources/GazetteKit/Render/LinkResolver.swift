import Foundation

/// Makes recap links absolute: an email has no page to be relative to.
struct LinkResolver: Sendable {
    var base: URL?

    init(siteURL: String?) {
        base = siteURL.flatMap { URL(string: $0.trimmingWhitespace()) }.flatMap { $0.scheme == nil ? nil : $0 }
    }

    /// The absolute http(s) or mailto form of `href`, or nil when it cannot be made one (a relative link
    /// without a site, `javascript:`), so nothing unusable or unsafe reaches a mail client.
    func absolute(_ href: String) -> String? {
        let trimmed = href.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        let url: URL?
        if let parsed = URL(string: trimmed), parsed.scheme != nil {
            url = parsed
        } else if let base {
            url = URL(string: trimmed, relativeTo: base)?.absoluteURL
        } else {
            url = nil
        }
        guard let url, let scheme = url.scheme?.lowercased(), ["http", "https", "mailto"].contains(scheme) else { return nil }
        return url.absoluteString
    }
}
