import Yams

extension DeliverySettings {
    /// Reads one of `ListSettings.configKeys` under `delivery:`.
    mutating func read(listKey key: String, _ value: Node, fail: (String, String) -> ConfigError) throws {
        switch key {
        case "sender":
            guard let mapping = value.mapping else { throw fail(key, "expected name, postal_address and contact") }
            var sender = SenderDetails()
            for (subKey, subValue) in mapping {
                switch subKey.string {
                case "name":
                    // One name for both languages, or `fr:` and `en:`.
                    if let name = subValue.string, !name.isEmpty {
                        for language in Language.allCases { sender.names[language] = name }
                    } else if let names = subValue.mapping {
                        for (languageNode, nameNode) in names {
                            guard let language = languageNode.string.flatMap(Language.init(rawValue:)),
                                  let name = nameNode.string, !name.isEmpty
                            else { throw fail(key, "name: expected text, or fr: and en: names") }
                            sender.names[language] = name
                        }
                    } else {
                        throw fail(key, "name: expected text, or fr: and en: names")
                    }
                case "postal_address":
                    guard let text = subValue.string, !text.trimmingWhitespace().isEmpty else {
                        throw fail(key, "postal_address: expected the organization's mailing address")
                    }
                    sender.postalAddress = text.trimmingWhitespace()
                case "contact":
                    guard let text = subValue.string, !text.isEmpty else { throw fail(key, "contact: expected an email address or a URL") }
                    sender.contact = text
                default:
                    throw fail(key, "\(subKey.string ?? "?"): unknown key (expected \(ListSettings.senderKeys.joined(separator: ", ")))")
                }
            }
            list.sender = sender
        case "bounce_address":
            guard let text = value.string, text.contains("@") else { throw fail(key, "expected an address such as bounces+{token}@example.org") }
            list.bounceAddress = text
        case "suppress_on_5xx":
            guard let flag = value.bool else { throw fail(key, "expected true or false") }
            list.suppressOn5xx = flag
        case "archive_url":
            guard let text = value.string, text.lowercased().hasPrefix("http") else { throw fail(key, "expected an https:// URL") }
            list.archiveURL = text.hasSuffix("/") ? text : text + "/"
        default:
            break
        }
    }
}
