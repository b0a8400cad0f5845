/// Who sends the newsletter, as anti-spam laws ask every message to say (CASL, CAN-SPAM): the
/// organization's name in each language, a postal address and a contact. From `delivery.sender`.
public struct SenderDetails: Sendable, Equatable {
    public var names: [Language: String] = [:]
    /// As written in the config; lines are kept (the footer joins them with commas in text).
    public var postalAddress: String?
    /// An email address or a URL.
    public var contact: String?

    public init(names: [Language: String] = [:], postalAddress: String? = nil, contact: String? = nil) {
        self.names = names
        self.postalAddress = postalAddress
        self.contact = contact
    }

    public var isEmpty: Bool { names.isEmpty && postalAddress == nil && contact == nil }

    /// The name in `language`, else in the other one: an organization has one name at least.
    public func name(in language: Language) -> String? {
        names[language] ?? Language.allCases.lazy.compactMap { names[$0] }.first
    }

    /// The postal address on one line.
    public var postalAddressLine: String? {
        postalAddress.map { address in
            address.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: ", ")
        }
    }

    /// `mailto:` for an address, the URL itself otherwise, for the footer's link.
    public var contactLink: String? {
        guard let contact else { return nil }
        if contact.contains("@") && !contact.contains("://") && !contact.lowercased().hasPrefix("mailto:") {
            return "mailto:" + contact
        }
        return contact
    }
}
