/// The addresses Gazette writes: `local@domain` in printable ASCII, the local part made of RFC 5322
/// atext and dots, the domain of letters, digits, hyphens and dots.
///
/// Stricter than RFC 5322 on purpose: quoted local parts (`"john doe"@example.org`) and domain
/// literals (`a@[192.0.2.1]`) are refused, as are non-ASCII addresses: sending to `josé@exemple.fr` or
/// `a@café.fr` needs SMTPUTF8 (RFC 6531) and punycode, which this writer does not support. Addresses
/// are never encoded (RFC 2047 forbids encoded words there), so an address that passes this check is
/// written as it is.
enum AddressSyntax {
    static func check(_ address: String, field: String) throws {
        let described = "\(field) \"\(address)\""
        if address.unicodeScalars.contains(where: HeaderValuePolicy.isBreaking) {
            throw MessageError("\(field) contains a line break or control character")
        }
        guard let at = address.lastIndex(of: "@") else { throw MessageError("\(described) has no @") }
        let local = address[..<at], domain = address[address.index(after: at)...]
        guard !local.isEmpty, !domain.isEmpty else { throw MessageError("\(described) is not of the form local@domain") }
        if !address.unicodeScalars.allSatisfy(\.isASCII) {
            throw MessageError("\(described) is not ASCII; SMTPUTF8 (RFC 6531) is not supported")
        }
        guard local.utf8.allSatisfy({ isAtext($0) || $0 == 46 }) else {
            throw MessageError("\(described) has characters that are not allowed in an unquoted local part")
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.allSatisfy({ label in
            !label.isEmpty && label.utf8.allSatisfy { isLetterOrDigit($0) || $0 == 45 }
        }) else {
            throw MessageError("\(described) has an invalid domain")
        }
    }

    /// RFC 5322 atext: letters, digits and ! # $ % & ' * + - / = ? ^ _ ` { | } ~
    static func isAtext(_ byte: UInt8) -> Bool {
        isLetterOrDigit(byte) || "!#$%&'*+-/=?^_`{|}~".utf8.contains(byte)
    }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
    }
}
