import Foundation

/// An address with an optional display name, as in `From: Name <address>`.
public struct Mailbox: Sendable, Equatable {
    public var address: String
    public var displayName: String?

    public init(address: String, displayName: String? = nil) {
        self.address = address
        self.displayName = displayName
    }

    /// Parses `Name <a@b.example>`, `"Name, Jr." <a@b.example>` or `a@b.example`; throws MessageError on
    /// anything else, including CR or LF. The address must pass the same check as when it is written
    /// (AddressSyntax: ASCII, no quoted local part), so a bad address fails when it is read, not mid-send.
    public static func parse(_ text: String) throws -> Mailbox {
        if text.unicodeScalars.contains(where: HeaderValuePolicy.isBreaking) {
            throw MessageError("mailbox \"\(text)\" contains a line break or control character")
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(">") else {
            if trimmed.contains(where: { "<>\" ,".contains($0) }) {
                throw MessageError("\"\(text)\" is neither an address nor Name <address>")
            }
            try AddressSyntax.check(trimmed, field: "address")
            return Mailbox(address: trimmed)
        }
        guard let open = trimmed.lastIndex(of: "<") else {
            throw MessageError("\"\(text)\" has a > without a <")
        }
        let address = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            .trimmingCharacters(in: .whitespaces)
        try AddressSyntax.check(address, field: "address")
        let namePart = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        let name: String
        if namePart.hasPrefix("\"") {
            name = try unquoted(namePart, in: text)
        } else if namePart.contains(where: { "<>\"".contains($0) }) {
            throw MessageError("\"\(text)\": the name needs quotes around it")
        } else {
            name = namePart
        }
        return Mailbox(address: address, displayName: name.isEmpty ? nil : name)
    }

    /// The part after the last `@`, lowercased; Message-IDs are made on the sender's domain.
    public var domain: String {
        guard let at = address.lastIndex(of: "@") else { return "" }
        return address[address.index(after: at)...].lowercased()
    }

    /// The content of a quoted-string, which must be all of `quoted`: `"Name, Jr."` → `Name, Jr.`.
    private static func unquoted(_ quoted: String, in text: String) throws -> String {
        var name = ""
        var escaped = false
        var closed = false
        for character in quoted.dropFirst() {
            if closed { throw MessageError("\"\(text)\": text after the quoted name") }
            if escaped {
                name.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                closed = true
            } else {
                name.append(character)
            }
        }
        guard closed else { throw MessageError("\"\(text)\": the quoted name is not closed") }
        return name
    }
}

public struct MessageError: Error, CustomStringConvertible, Equatable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
