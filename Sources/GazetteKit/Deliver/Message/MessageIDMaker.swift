import Foundation

/// Unique Message-IDs on the sender's domain: `<issue.time.random@domain>`, e.g.
/// `<2026-11-meetup.t3z9k1.9f86d081884c7d65@gazette.example.org>`: the issue slug, the Unix time in
/// base 36 and 64 random bits from SystemRandomNumberGenerator, so two processes sending the same
/// issue in the same second still differ.
public struct MessageIDMaker: Sendable {
    let issueSlug: String
    let domain: String

    /// The domain is lowercased. Message-IDs must be ASCII and no punycode encoder is at hand, so a
    /// non-ASCII domain keeps only its ASCII letters, digits, hyphens and dots (`café.example` →
    /// `caf.example`), and `localhost.invalid` stands in when nothing usable is left. The right side
    /// of a Message-ID needs only to be unique-ish, not deliverable, so this is safe.
    public init(domain: String, issue: String) {
        let asciiDomain = domain.lowercased().unicodeScalars
            .filter { $0.isASCII && (AddressSyntax.isLetterOrDigit(UInt8($0.value)) || $0 == "-" || $0 == ".") }
        let labels = String(scalars: asciiDomain).split(separator: ".")
        self.domain = labels.isEmpty ? "localhost.invalid" : labels.joined(separator: ".")
        let slug = Slug.make(issue)
        self.issueSlug = slug.isEmpty ? "issue" : slug
    }

    public func make() -> String { make(at: Date()) }

    public func make(at date: Date) -> String {
        var generator = SystemRandomNumberGenerator()
        let seconds = max(0, Int64(date.timeIntervalSince1970.rounded(.down)))
        return "<\(issueSlug).\(String(seconds, radix: 36)).\(MessageBoundary.hex(generator.next()))@\(domain)>"
    }
}
