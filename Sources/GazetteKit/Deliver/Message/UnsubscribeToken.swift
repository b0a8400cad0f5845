import Crypto
import Foundation

/// The per-subscriber token in unsubscribe links and VERP bounce addresses: the subscriber's address
/// (trimmed, lowercased, base64url) and an HMAC-SHA256 of it under the organizers' key
/// (`GAZETTE_UNSUBSCRIBE_KEY`), `<address>.<mac>`, both base64url without padding. The server reads the
/// address from the token and recomputes the MAC, so no token table is kept anywhere.
///
/// Rotation: a new key signs new messages; tokens of messages already sent keep working as long as their
/// key is among the accepted old keys (`GAZETTE_UNSUBSCRIBE_OLD_KEYS`, one per line). The law asks an
/// unsubscribe link to work for 60 days after sending, so keep an old key at least that long.
public struct UnsubscribeToken: Sendable {
    // The keys' bytes rather than SymmetricKeys, which are not Sendable.
    private let keyBytes: [UInt8]
    private let oldKeyBytes: [[UInt8]]
    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// The longest token `verify` looks at: an address is at most 254 octets (RFC 5321), so its base64 is
    /// at most 340 characters, plus the dot and 43 for the MAC.
    public static let maximumLength = 340 + 1 + 43

    /// The key is the UTF-8 of `key` as given (not trimmed): the endpoint must use the same bytes.
    public init(key: String, oldKeys: [String] = []) {
        self.keyBytes = Array(key.utf8)
        self.oldKeyBytes = oldKeys.filter { !$0.isEmpty && $0 != key }.map { Array($0.utf8) }
    }

    /// The keys from the environment: `GAZETTE_UNSUBSCRIBE_KEY` and the accepted old ones in
    /// `GAZETTE_UNSUBSCRIBE_OLD_KEYS` (one per line); nil without a current key.
    public static func fromEnvironment(_ environment: [String: String]) -> UnsubscribeToken? {
        guard let key = environment["GAZETTE_UNSUBSCRIBE_KEY"], !key.isEmpty else { return nil }
        let old = (environment["GAZETTE_UNSUBSCRIBE_OLD_KEYS"] ?? "").split(whereSeparator: \.isNewline).map(String.init)
        return UnsubscribeToken(key: key, oldKeys: old)
    }

    /// `A-Z a-z 0-9 - _` and one `.`. The address is trimmed and lowercased first, so
    /// `Ana@Example.org ` and `ana@example.org` get the same token.
    public func token(for address: String) -> String {
        let normalized = Self.normalized(address)
        return Self.base64URL(normalized) + "." + Self.base64URL(HMAC<SHA256>.authenticationCode(for: normalized, using: key))
    }

    /// The address a token was made for, when its MAC is right under the current key or an accepted old
    /// one; nil for anything forged, truncated, re-keyed or malformed. Each MAC is checked in constant
    /// time (swift-crypto), so a guesser learns nothing from timing.
    public func address(in token: String) -> String? {
        guard token.utf8.count <= Self.maximumLength else { return nil }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].utf8.count == 43,
              let addressBytes = Self.bytes(fromBase64URL: String(parts[0])), !addressBytes.isEmpty,
              let mac = Self.bytes(fromBase64URL: String(parts[1])),
              let address = String(validating: Array(addressBytes), as: UTF8.self),
              Array(addressBytes) == Self.normalized(address)
        else { return nil }
        var valid = false
        // Every key is tried, not stopping at the first match, so the time does not tell which key signed.
        for bytes in [keyBytes] + oldKeyBytes {
            if HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: addressBytes, using: SymmetricKey(data: bytes)) {
                valid = true
            }
        }
        return valid ? address : nil
    }

    /// Whether `token` is the one for `address`.
    public func verify(token: String, for address: String) -> Bool {
        guard let owner = self.address(in: token) else { return false }
        return owner == String(decoding: Self.normalized(address), as: UTF8.self)
    }

    /// Fills a pattern such as `https://example.org/unsubscribe?token={token}`: `{token}` and, when present,
    /// `{email}` (percent-encoded) are replaced.
    public static func url(pattern: String, token: String, address: String) -> String {
        var url = pattern.replacingEvery("{token}", with: percentEncoded(token))
        if url.utf8.contains(123) { url = url.replacingEvery("{email}", with: percentEncoded(address)) }  // "{"
        return url
    }

    private static func normalized(_ address: String) -> [UInt8] {
        Array(address.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().utf8)
    }

    /// Base64url without padding (RFC 4648 §5), written straight from the bytes: Foundation has only the
    /// standard alphabet, and translating its output character by character cost more than the HMAC in a
    /// send, where this runs for every message.
    private static func base64URL<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var encoded: [UInt8] = []
        encoded.reserveCapacity(bytes.underestimatedCount * 4 / 3 + 4)
        var buffer: UInt32 = 0
        var pending = 0
        for byte in bytes {
            buffer = buffer << 8 | UInt32(byte)
            pending += 8
            while pending >= 6 {
                pending -= 6
                encoded.append(base64URLAlphabet[Int(buffer >> UInt32(pending) & 63)])
            }
        }
        if pending > 0 { encoded.append(base64URLAlphabet[Int(buffer << UInt32(6 - pending) & 63)]) }
        return String(decoding: encoded, as: UTF8.self)
    }

    private static let base64URLAlphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    private static func bytes(fromBase64URL text: String) -> Data? {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.utf8.count % 4) % 4)
        // Only the base64url alphabet: Foundation's decoder would skip other characters silently.
        guard text.utf8.allSatisfy({ AddressSyntax.isLetterOrDigit($0) || $0 == 45 || $0 == 95 }) else { return nil }
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
