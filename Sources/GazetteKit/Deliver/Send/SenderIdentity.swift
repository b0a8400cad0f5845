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
    /// Name per language, postal address, contact (`delivery.sender`).
    public var details: SenderDetails
    /// VERP pattern (`delivery.bounce_address`, `{token}` filled per subscriber); nil: `envelopeSender`.
    public var bounceAddress: String?
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
        details = settings.list.sender
        if details.postalAddress == nil {
            problems.append("no postal address: set delivery.sender.postal_address in the config (anti-spam laws ask every message to carry one)")
        }
        if let pattern = settings.list.bounceAddress {
            guard pattern.contains("{token}"), pattern.contains("@") else {
                throw DeliveryError("delivery.bounce_address \(pattern): expected an address containing {token}, like bounces+{token}@example.org")
            }
            bounceAddress = pattern
        }
        if let made = UnsubscribeToken.fromEnvironment(environment) {
            tokens = made
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

    /// MAIL FROM for one subscriber's message: their VERP address when `bounce_address` is set.
    public func envelopeSender(for address: String) -> String {
        guard let bounceAddress else { return envelopeSender }
        return bounceAddress.replacingEvery("{token}", with: tokens.token(for: address))
    }

    /// From for an edition: the organization's name in the edition's language (the English edition is not
    /// signed with the French name); the bilingual edition carries both when they differ.
    public func from(for edition: Edition, bilingualOrder: [Language] = [.fr, .en]) -> Mailbox {
        let languages = edition.languages(bilingualOrder: bilingualOrder)
        var names: [String] = []
        for language in languages {
            if let name = details.names[language], !names.contains(name) { names.append(name) }
        }
        guard !names.isEmpty else { return from }
        return Mailbox(address: from.address, displayName: names.joined(separator: " / "))
    }
}
