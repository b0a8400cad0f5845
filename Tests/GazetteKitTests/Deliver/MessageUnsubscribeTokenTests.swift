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
        #expect(token.count == 43)
        #expect(token.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") })
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

    @Test(.enabled(if: MessageOracle.available, "python3 is absent"))
    func matchesAnIndependentHMAC() throws {
        let script = """
            import sys, hmac, hashlib, base64
            key, address = sys.argv[1], sys.argv[2]
            digest = hmac.new(key.encode('utf-8'), address.strip().lower().encode('utf-8'), hashlib.sha256).digest()
            print(base64.urlsafe_b64encode(digest).decode('ascii').rstrip('='), end='')
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
