import Crypto
import Foundation

/// The per-subscriber token in unsubscribe links: HMAC-SHA256 of the lowercased address with the
/// organizers' key (`GAZETTE_UNSUBSCRIBE_KEY`), base64url without padding. The unsubscribe endpoint
/// recomputes it to check a request, so no token table needs to be kept anywhere.
public struct UnsubscribeToken: Sendable {
    // The key's bytes rather than a SymmetricKey, which is not Sendable.
    private let keyBytes: [UInt8]
    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// The key is the UTF-8 of `key` as given (not trimmed): the endpoint must use the same bytes.
    public init(key: String) {
        self.keyBytes = Array(key.utf8)
    }

    /// 43 characters of `A-Z a-z 0-9 - _`. The address is trimmed and lowercased first, so
    /// `Ana@Example.org ` and `ana@example.org` get the same token.
    public func token(for address: String) -> String {
        Self.base64URL(Data(code(for: address)))
    }

    /// Whether `token` is the one for `address`; the comparison takes the same time wherever the
    /// token differs (swift-crypto's constant-time check), so it leaks nothing to a guesser.
    public func verify(token: String, for address: String) -> Bool {
        guard token.utf8.count == 43, let decoded = Self.bytes(fromBase64URL: token) else { return false }
        return HMAC<SHA256>.isValidAuthenticationCode(decoded, authenticating: Self.normalized(address), using: key)
    }

    /// Fills a pattern such as `https://example.org/unsubscribe?token={token}`: `{token}` and, when present,
    /// `{email}` (percent-encoded) are replaced.
    public static func url(pattern: String, token: String, address: String) -> String {
        pattern
            .replacingOccurrences(of: "{token}", with: percentEncoded(token))
            .replacingOccurrences(of: "{email}", with: percentEncoded(address))
    }

    private func code(for address: String) -> HashedAuthenticationCode<SHA256> {
        HMAC<SHA256>.authenticationCode(for: Self.normalized(address), using: key)
    }

    private static func normalized(_ address: String) -> [UInt8] {
        Array(address.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().utf8)
    }

    private static func base64URL(_ data: Data) -> String {
        String(data.base64EncodedString().compactMap { character -> Character? in
            switch character {
            case "+": return "-"
            case "/": return "_"
            case "=": return nil
            default: return character
            }
        })
    }

    private static func bytes(fromBase64URL text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.utf8.count % 4) % 4)
        return Data(base64Encoded: base64)
    }

    /// RFC 3986 unreserved characters stay; every other UTF-8 byte is `%XX`, so the value is safe in a
    /// query string and in the List-Unsubscribe header alike (`+`, `@`, `&` included).
    static func percentEncoded(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var encoded: [UInt8] = []
        for byte in text.utf8 {
            if AddressSyntax.isLetterOrDigit(byte) || byte == 45 || byte == 46 || byte == 95 || byte == 126 {
                encoded.append(byte)
            } else {
                encoded += [37, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }
}
