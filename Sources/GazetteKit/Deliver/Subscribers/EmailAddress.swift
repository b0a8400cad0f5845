import Foundation

/// A pragmatic check of subscriber addresses: catches typos and pasted junk before they reach an SMTP
/// server, without trying to accept everything RFC 5322 allows.
///
/// Quoted local parts (`"john doe"@example.org`) are refused: almost no mailbox uses them, most
/// providers reject them, and accepting quotes and spaces would let a crafted address carry header
/// syntax into `To:`. Non-ASCII local parts are refused too: they need SMTPUTF8 end to end, which
/// we cannot promise. Non-ASCII domains (IDN) are accepted and written in their ASCII form
/// (`asciiForm`): that is plain DNS and needs nothing of the servers on the way.
public enum EmailAddress {
    /// RFC 5321 limits: the whole path, the local part, one DNS label.
    static let maximumLength = 254
    static let maximumLocalPartLength = 64
    static let maximumLabelLength = 63

    /// A short reason the address cannot be used (e.g. `two @`), or nil when it looks deliverable.
    public static func problem(in address: String) -> String? {
        if address.isEmpty { return "empty" }
        for scalar in address.unicodeScalars {
            if let reason = forbiddenAnywhere(scalar) { return reason }
        }
        if address.utf8.count > maximumLength { return "longer than \(maximumLength) octets" }

        let parts = address.utf8.split(separator: UInt8(ascii: "@"), omittingEmptySubsequences: false).map { Substring($0) }
        switch parts.count {
        case 1: return "no @"
        case 2: break
        case 3: return "two @"
        default: return "\(parts.count - 1) @"
        }
        return localPartProblem(parts[0]) ?? domainProblem(parts[1])
    }

    /// The address with an international domain in its ASCII (IDNA, punycode) form, `user@bücher.de` →
    /// `user@xn--bcher-kva.de`; the address itself when it is all ASCII; nil when the domain has no ASCII
    /// form. Foundation's URL host encoding (UTS 46 through ICU) does the conversion, so no punycode is
    /// written by hand here. Call it on an address `problem(in:)` accepted.
    public static func asciiForm(_ address: String) -> String? {
        guard !address.utf8.allSatisfy({ $0 < 0x80 }), let at = address.lastIndex(of: "@") else { return address }
        let local = address[..<at], domain = String(address[address.index(after: at)...])
        guard local.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var components = URLComponents()
        components.host = domain
        guard let ascii = components.encodedHost, !ascii.isEmpty, ascii.utf8.allSatisfy({ $0 < 0x80 }),
              !ascii.contains("%") else { return nil }
        let converted = local + "@" + ascii.lowercased()
        return problem(in: converted) == nil ? converted : nil
    }

    /// Characters that would break a header line or a recipient list wherever they appear.
    private static func forbiddenAnywhere(_ scalar: Unicode.Scalar) -> String? {
        // Most addresses are plain ASCII letters, digits and punctuation: skip the Unicode tables for them.
        switch scalar.value {
        case 0x3C, 0x3E, 0x2C, 0x3B: break
        case 0x21..<0x7F: return nil
        default: break
        }
        switch scalar {
        case "\r", "\n", "\u{2028}", "\u{2029}": return "contains a line break"
        case "<", ">", ",", ";": return "contains \"\(scalar)\""
        default: break
        }
        if scalar.properties.isWhitespace { return "contains a space" }
        if scalar.properties.generalCategory == .control || scalar.properties.generalCategory == .format {
            return "contains a control character"
        }
        return nil
    }

    private static func localPartProblem(_ local: Substring) -> String? {
        if local.isEmpty { return "nothing before the @" }
        if local.utf8.count > maximumLocalPartLength { return "more than \(maximumLocalPartLength) octets before the @" }
        if local.first == "\"" { return "quoted names before the @ are not accepted" }
        if local.first == "." || local.last == "." { return "a dot at the start or end of the name before the @" }
        if zip(local.utf8, local.utf8.dropFirst()).contains(where: { $0 == 0x2E && $1 == 0x2E }) { return "two dots in a row" }
        for scalar in local.unicodeScalars where !isDotAtomCharacter(scalar) {
            return "\"\(scalar)\" is not allowed before the @"
        }
        return nil
    }

    /// RFC 5322 `atext` plus the dot; dot placement is checked separately.
    private static func isDotAtomCharacter(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.isASCII else { return false }
        let value = scalar.value
        if (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) { return true }
        return "!#$%&'*+-/=?^_`{|}~.".unicodeScalars.contains(scalar)
    }

    private static func domainProblem(_ domain: Substring) -> String? {
        if domain.isEmpty { return "nothing after the @" }
        if domain.first == "[" { return "IP address domains are not accepted" }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        if labels.count < 2 { return "no dot in the domain" }
        for label in labels {
            if label.isEmpty { return "empty part in the domain (two dots, or a dot at an end)" }
            if label.first == "-" || label.last == "-" { return "domain part \"\(label)\" starts or ends with a hyphen" }
            if label.utf8.count > maximumLabelLength, label.unicodeScalars.allSatisfy(\.isASCII) {
                return "domain part longer than \(maximumLabelLength) characters"
            }
            for scalar in label.unicodeScalars where !isDomainCharacter(scalar) {
                return "\"\(scalar)\" is not allowed in the domain"
            }
        }
        if let topLevel = labels.last, topLevel.allSatisfy(\.isASCIIDigit) { return "the top-level domain is all digits" }
        return nil
    }

    /// Letters, digits and hyphens; non-ASCII letters (with their combining marks) for IDN labels.
    private static func isDomainCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || scalar == "-"
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .decimalNumber:
            return true
        default:
            return false
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
