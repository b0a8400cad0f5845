/// Who the issue comes from and how subscribers leave, checked once before anything is built.
public struct SenderIdentity: Sendable {
    public var from: Mailbox
    public var replyTo: Mailbox?
    /// MAIL FROM: where bounces go.
    public var envelopeSender: String
    public var listID: String
    public var unsubscribePattern: String
    public var unsubscribeMailto: String?
    public var tokens: UnsubscribeToken
    /// Problems a real send refuses to start with; a dry run shows them and carries on with placeholders.
    public var problems: [String]

    /// The unsubscribe pattern a dry run uses when none is configured: `.invalid` never resolves.
    public static let placeholderUnsubscribePattern = "https://unsubscribe.invalid/?token={token}"
    static let placeholderFrom = Mailbox(address: "newsletter@sender.invalid", displayName: "Gazette")

    /// Builds the identity from the settings and the environment (`GAZETTE_UNSUBSCRIBE_KEY`).
    public init(settings: DeliverySettings, environment: [String: String]) throws {
        var problems: [String] = []
        if let text = settings.from {
            from = try Mailbox.parse(text)
        } else {
            problems.append("no sender: set delivery.from in the config or pass --from")
            from = Self.placeholderFrom
        }
        replyTo = try settings.replyTo.map(Mailbox.parse)
        envelopeSender = try settings.returnPath.map { try Mailbox.parse($0).address } ?? from.address
        if let id = settings.listID {
            listID = id
        } else {
            // RFC 2919: a label unique to the list, under a domain the sender controls.
            listID = "\(from.displayName ?? "Gazette") <gazette.\(from.domain)>"
        }
        if let pattern = settings.unsubscribeURL {
            guard pattern.lowercased().hasPrefix("https://"), pattern.contains("{token}") else {
                throw DeliveryError("unsubscribe URL \(pattern): expected an https:// URL containing {token}")
            }
            unsubscribePattern = pattern
        } else {
            problems.append("no unsubscribe URL: set delivery.unsubscribe_url in the config or pass --unsubscribe-url 'https://…?token={token}'")
            unsubscribePattern = Self.placeholderUnsubscribePattern
        }
        unsubscribeMailto = settings.unsubscribeMailto
        if let key = environment["GAZETTE_UNSUBSCRIBE_KEY"], !key.isEmpty {
            tokens = UnsubscribeToken(key: key)
        } else {
            problems.append("GAZETTE_UNSUBSCRIBE_KEY is not set: unsubscribe tokens cannot be made; make a key once with "
                + "`gazette key > unsubscribe-key` (or `openssl rand -base64 32`), keep it, and set "
                + "GAZETTE_UNSUBSCRIBE_KEY=$(cat unsubscribe-key)")
            tokens = UnsubscribeToken(key: "gazette-dry-run-placeholder-key")
        }
        self.problems = problems
    }

    public func unsubscribeURL(for address: String) -> String {
        UnsubscribeToken.url(pattern: unsubscribePattern, token: tokens.token(for: address), address: address)
    }
}
