/// One rendered file of an issue, as the manifest lists it.
public struct Artifact: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case emailHTML = "email-html"
        case emailText = "email-text"
        case social
    }

    public var kind: Kind
    /// `fr`, `en` or `bilingual` for emails; the post's language for social posts.
    public var language: String
    public var platform: Platform?
    /// Relative to the issue folder, e.g. `email/fr.html`, `social/x/en/roundup.txt`.
    public var path: String
    public var content: String
    /// Characters counted the platform's way (bytes for emails), and the limit it must stay under.
    public var count: Int
    public var limit: Int?
    /// The talk a social post is about; nil for roundups and emails.
    public var talkID: String?
    /// The email's subject line (emails only), so the delivery stage need not parse the HTML.
    public var subject: String?
    public var warnings: [String]

    public init(kind: Kind, language: String, platform: Platform? = nil, path: String, content: String, count: Int,
                limit: Int? = nil, talkID: String? = nil, subject: String? = nil, warnings: [String] = []) {
        self.kind = kind
        self.language = language
        self.platform = platform
        self.path = path
        self.content = content
        self.count = count
        self.limit = limit
        self.talkID = talkID
        self.subject = subject
        self.warnings = warnings
    }
}
