/// What happens to a value that would break a header apart.
///
/// A CR or LF reaching a header would start a new header line (`Subject: Hi\r\nBcc: victim@…`), so no
/// value is written as it came. The policy is per field:
/// - free text (Subject, display names, the List-Id description): every run of control characters
///   (CR, LF, tab, NUL, DEL, C1 controls) and of Unicode line or paragraph separators becomes a single
///   space. The text stays readable and the message still goes out: a stray newline in a recap title
///   should not stop a send.
/// - identifiers (addresses, Message-ID, List-Id, unsubscribe URLs, Content-Language): throw a
///   MessageError naming the field. A line break there is a bug or an attack, and "repairing" an
///   identifier would silently address something else.
enum HeaderValuePolicy {
    static func flattened(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var inBreak = false
        for scalar in text.unicodeScalars {
            if isBreaking(scalar) {
                if !inBreak { result.append(" ") }
                inBreak = true
            } else {
                result.append(scalar)
                inBreak = false
            }
        }
        return String(result).trimmingSpaces
    }

    static func isBreaking(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }

    /// Unsubscribe URLs: printable ASCII only (a URL must be percent-encoded already), and none of the
    /// characters that end or split the `<…>, <…>` list of RFC 2369.
    static func checkedURI(_ uri: String, field: String) throws -> String {
        guard !uri.isEmpty else { throw MessageError("\(field) is empty") }
        for scalar in uri.unicodeScalars {
            if isBreaking(scalar) { throw MessageError("\(field) contains a line break or control character") }
            if scalar == " " { throw MessageError("\(field) contains whitespace") }
            if !scalar.isASCII { throw MessageError("\(field) contains non-ASCII characters; percent-encode them") }
            if "<>,\"".unicodeScalars.contains(scalar) {
                throw MessageError("\(field) contains \"\(scalar)\", which cannot appear in List-Unsubscribe")
            }
        }
        return uri
    }

    /// `<left@right>`, printable ASCII without whitespace or further angle brackets.
    static func checkedMessageID(_ id: String) throws -> String {
        try checkedIdentifier(id, field: "Message-ID")
        let inner = id.utf8.dropFirst().dropLast()
        guard id.hasPrefix("<"), id.hasSuffix(">"), id.utf8.count > 2,
              !inner.contains(60), !inner.contains(62),
              let at = inner.firstIndex(of: 64), at != inner.startIndex, inner.index(after: at) != inner.endIndex
        else { throw MessageError("Message-ID \"\(id)\" is not of the form <left@right>") }
        return id
    }

    /// `fr`, `en`, `fr, en`: language tags (letters, digits, hyphens) separated by commas.
    static func checkedLanguages(_ languages: String) throws -> String {
        try checkedIdentifier(languages, field: "Content-Language")
        let tags = languages.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        for tag in tags where tag.isEmpty || !tag.unicodeScalars.allSatisfy({
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-")
        }) {
            throw MessageError("Content-Language \"\(languages)\" is not a list of language tags")
        }
        return tags.joined(separator: ", ")
    }

    static func checkedIdentifier(_ value: String, field: String) throws {
        if value.unicodeScalars.contains(where: isBreaking) {
            throw MessageError("\(field) contains a line break or control character")
        }
    }
}

extension StringProtocol {
    /// Trims spaces only: control characters have been dealt with by the policy above.
    var trimmingSpaces: String {
        guard let first = firstIndex(where: { $0 != " " }), let last = lastIndex(where: { $0 != " " }) else { return "" }
        return String(self[first...last])
    }
}
