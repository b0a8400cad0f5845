/// The per-subscriber token in unsubscribe links: HMAC-SHA256 of the lowercased address with the
/// organizers' key (`GAZETTE_UNSUBSCRIBE_KEY`), base64url without padding. The unsubscribe endpoint
/// recomputes it to check a request, so no token table needs to be kept anywhere.
public struct UnsubscribeToken: Sendable {
    public init(key: String) {
        fatalError("UnsubscribeToken.init: to be written")
    }

    public func token(for address: String) -> String {
        fatalError("UnsubscribeToken.token: to be written")
    }

    /// Fills a pattern such as `https://example.org/unsubscribe?token={token}`: `{token}` and, when present,
    /// `{email}` (percent-encoded) are replaced.
    public static func url(pattern: String, token: String, address: String) -> String {
        fatalError("UnsubscribeToken.url: to be written")
    }
}
