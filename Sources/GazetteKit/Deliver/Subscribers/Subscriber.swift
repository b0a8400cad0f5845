/// One person on the mailing list, as read from the subscribers file.
public struct Subscriber: Sendable, Equatable {
    /// The address as written in the file (trimmed).
    public var address: String
    public var name: String?
    /// `fr` → `.fr`, `en` → `.en`, `both` → `.bilingual`.
    public var edition: Edition
    /// Extra columns (CSV) or keys (YAML), kept for templates and tools.
    public var attributes: [String: String]
    /// Where the subscriber was read, for messages about them.
    public var file: String
    public var line: Int

    public init(address: String, name: String?, edition: Edition, attributes: [String: String] = [:], file: String = "", line: Int = 0) {
        self.address = address
        self.name = name
        self.edition = edition
        self.attributes = attributes
        self.file = file
        self.line = line
    }

    /// The ledger's identity for this subscriber: addresses differing only in case are one person.
    public var key: String { address.lowercased() }
}
