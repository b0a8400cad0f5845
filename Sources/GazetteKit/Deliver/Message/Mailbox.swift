/// An address with an optional display name, as in `From: Name <address>`.
public struct Mailbox: Sendable, Equatable {
    public var address: String
    public var displayName: String?

    public init(address: String, displayName: String? = nil) {
        self.address = address
        self.displayName = displayName
    }

    /// Parses `Name <a@b.example>`, `"Name, Jr." <a@b.example>` or `a@b.example`; throws MessageError on
    /// anything else, including CR or LF.
    public static func parse(_ text: String) throws -> Mailbox {
        fatalError("Mailbox.parse: to be written")
    }

    /// The part after the last `@`, lowercased; Message-IDs are made on the sender's domain.
    public var domain: String { fatalError("Mailbox.domain: to be written") }
}

public struct MessageError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
