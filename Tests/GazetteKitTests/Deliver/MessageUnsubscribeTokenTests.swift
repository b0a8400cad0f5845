import Foundation
import Testing
@testable import GazetteKit

@Suite struct MessageUnsubscribeTokenTests {
    let tokens = UnsubscribeToken(key: "clé secrète des organisateurs")

    @Test func tokensAreStablePerAddressAndKeyAndIgnoreCase() {
        let token = tokens.token(for: "ana@example.net")
        #expect(token == tokens.token(for: "ana@example.net"))
        #expect(token == tokens.token(for: "  Ana@EXAMPLE.net\n"))
        #expect(token != tokens.token(for: "bob@example.net"))
        #expect(token != UnsubscribeToken(key: "another key").token(for: "ana@example.net"))
        #expect(token.split(separator: ".").count == 2 && token.split(separator: ".")[1].count == 43)
        #expect(token.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == ".") })
    }

    @Test func verifyAcceptsOnlyTheAddresssOwnToken() {
        let token = tokens.token(for: "ana@example.net")
        #expect(tokens.verify(token: token, for: "ANA@example.net"))
        #expect(!tokens.verify(token: token, for: "bob@example.net"))
        #expect(!UnsubscribeToken(key: "another key").verify(token: token, for: "ana@example.net"))
        #expect(!tokens.verify(token: String(token.dropLast()) + (token.last == "A" ? "B" : "A"), for: "ana@example.net"))
        #expect(!tokens.verify(token: "", for: "ana@example.net"))
        #expect(!tokens.verify(token: String(repeating: "!", count: 43), for: "ana@example.net"))
    }

    @Test func theTokenNamesItsSubscriberAndRefusesForgeries() {
        let token = tokens.token(for: "Ana.Lévesque@Example.NET")
        #expect(tokens.address(in: token) == "ana.lévesque@example.net")
        let parts = token.split(separator: ".").map(String.init)
        // Another address with the MAC of the first: forged.
        let otherAddress = Data("bob@example.net".utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
        #expect(tokens.address(in: otherAddress + "." + parts[1]) == nil)
        // Truncated anywhere, an extra part, nothing, oversized, not base64url.
        for cut in [1, 5, 30, token.count - 1] { #expect(tokens.address(in: String(token.prefix(cut))) == nil, "cut at \(cut)") }
        #expect(tokens.address(in: token + ".x") == nil)
        #expect(tokens.address(in: "") == nil && tokens.address(in: ".") == nil)
        #expect(tokens.address(in: String(repeating: "A", count: 5000) + "." + parts[1]) == nil)
        #expect(tokens.address(in: parts[0] + "!." + parts[1]) == nil)
        // Made under another key: re-keyed, refused unless that key is an accepted old one.
        let rekeyed = UnsubscribeToken(key: "another key").token(for: "ana@example.net")
        #expect(tokens.address(in: rekeyed) == nil)
        let rotated = UnsubscribeToken(key: "new key", oldKeys: ["clé secrète des organisateurs"])
        #expect(rotated.address(in: tokens.token(for: "ana@example.net")) == "ana@example.net")
        #expect(rotated.token(for: "ana@example.net") != tokens.token(for: "ana@example.net"), "new messages are signed with the new key")
        let environment = UnsubscribeToken.fromEnvironment(["GAZETTE_UNSUBSCRIBE_KEY": "new key",
                                                            "GAZETTE_UNSUBSCRIBE_OLD_KEYS": "older\nclé secrète des organisateurs\n"])
        #expect(environment?.address(in: tokens.token(for: "ana@example.net")) == "ana@example.net")
        #expect(UnsubscribeToken.fromEnvironment([:]) == nil)
    }

    @Test(.enabled(if: MessageOracle.available, "python3 is absent"))
    func matchesAnIndependentHMAC() throws {
        let script = """
            import sys, hmac, hashlib, base64
            key, address = sys.argv[1], sys.argv[2]
            normalized = address.strip().lower().encode('utf-8')
            digest = hmac.new(key.encode('utf-8'), normalized, hashlib.sha256).digest()
            b64 = lambda data: base64.urlsafe_b64encode(data).decode('ascii').rstrip('=')
            print(b64(normalized) + '.' + b64(digest), end='')
            """
        for address in ["Ana.Lévesque+gazette@Example.NET", "bob@example.org"] {
            let expected = try MessageOracle.run(script: script, arguments: ["clé secrète des organisateurs", address])
            #expect(tokens.token(for: address) == String(decoding: expected, as: UTF8.self))
        }
    }

    @Test func urlPatternIsFilledWithPercentEncodedValues() {
        let url = UnsubscribeToken.url(pattern: "https://example.org/unsubscribe?token={token}&email={email}",
                                       token: "abc_DEF-123", address: "ana+news@example.net")
        #expect(url == "https://example.org/unsubscribe?token=abc_DEF-123&email=ana%2Bnews%40example.net")
        #expect(UnsubscribeToken.url(pattern: "https://example.org/u/{token}", token: "t0k", address: "a@b.c")
            == "https://example.org/u/t0k")
        #expect(UnsubscribeToken.url(pattern: "https://x.org/?e={email}", token: "t", address: "josé &=?@x.org")
            == "https://x.org/?e=jos%C3%A9%20%26%3D%3F%40x.org")
    }
}
