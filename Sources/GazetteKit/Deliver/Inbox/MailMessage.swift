import Foundation

/// A received message read just enough to act on reports: unfolded headers, and MIME parts split by
/// boundary, recursively. Written by hand because none of the available Swift packages parses MIME;
/// reports (RFC 3464, 5965) are 7-bit text in practice, so quoted-printable and base64 are decoded
/// only for text parts, and anything odd becomes a `MalformedMessage` naming what was wrong.
public struct MailMessage: Sendable {
    public var headers: [(name: String, value: String)]
    public var body: String
    public var parts: [MailMessage]

    /// The first header of that name, case-insensitive.
    public func header(_ name: String) -> String? {
        headers.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }

    public func headerValues(_ name: String) -> [String] {
        headers.filter { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map(\.value)
    }

    /// `type/subtype` lowercased, `text/plain` when absent (RFC 2045).
    public var contentType: String {
        (header("Content-Type") ?? "text/plain").split(separator: ";")[0].trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// A parameter of Content-Type, unquoted (`boundary`, `report-type`).
    public func contentTypeParameter(_ name: String) -> String? {
        Self.parameter(name, in: header("Content-Type") ?? "")
    }

    static func parameter(_ name: String, in value: String) -> String? {
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name.lowercased() else { continue }
            var text = pair[1].trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("\""), text.hasSuffix("\""), text.count >= 2 { text = String(text.dropFirst().dropLast()) }
            return text
        }
        return nil
    }

    /// Every part, depth first, this one included.
    public var allParts: [MailMessage] { [self] + parts.flatMap(\.allParts) }

    public init(bytes: [UInt8]) throws {
        // Latin-1 for the few 8-bit bytes a bounce may quote: headers and report fields are ASCII.
        let text = String(validating: bytes, as: UTF8.self) ?? String(bytes.map { Character(Unicode.Scalar($0)) })
        try self.init(text: text, depth: 0)
    }

    init(text: String, depth: Int) throws {
        guard depth < 10 else { throw MalformedMessage("MIME parts nested more than 10 deep") }
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        let headerText: Substring
        if let split = normalized.range(of: "\n\n") {
            headerText = normalized[..<split.lowerBound]
            body = String(normalized[split.upperBound...])
        } else {
            headerText = normalized[...]
            body = ""
        }
        var headers: [(String, String)] = []
        for line in headerText.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first == " " || first == "\t" {
                guard !headers.isEmpty else { continue }
                headers[headers.count - 1].1 += " " + line.trimmingCharacters(in: .whitespaces)
            } else if let colon = line.firstIndex(of: ":") {
                headers.append((String(line[..<colon]).trimmingCharacters(in: .whitespaces),
                                String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
            }
        }
        self.headers = headers.map { (name: $0.0, value: $0.1) }
        parts = []
        if contentType.hasPrefix("multipart/") {
            guard let boundary = contentTypeParameter("boundary"), !boundary.isEmpty else {
                throw MalformedMessage("\(contentType) without a boundary")
            }
            let delimiter = "--" + boundary
            var pieces: [String] = []
            var current: [Substring]?
            var closed = false
            for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed == delimiter + "--" {
                    if let current { pieces.append(current.joined(separator: "\n")) }
                    current = nil
                    closed = true
                    break
                } else if trimmed == delimiter {
                    if let current { pieces.append(current.joined(separator: "\n")) }
                    current = []
                } else {
                    current?.append(line)
                }
            }
            guard closed else { throw MalformedMessage("\(contentType): the closing boundary is missing") }
            parts = try pieces.map { try MailMessage(text: $0, depth: depth + 1) }
        } else if contentType == "message/rfc822" {
            parts = [try MailMessage(text: body, depth: depth + 1)]
        }
    }

    /// The body as text, transfer encoding undone.
    public var decodedBody: String {
        switch header("Content-Transfer-Encoding")?.lowercased() {
        case "base64":
            let data = Data(base64Encoded: body.filter { !$0.isWhitespace }) ?? Data()
            return String(decoding: data, as: UTF8.self)
        case "quoted-printable":
            return Self.decodeQuotedPrintable(body)
        default:
            return body
        }
    }

    static func decodeQuotedPrintable(_ text: String) -> String {
        var bytes: [UInt8] = []
        let source = Array(text.utf8)
        var index = 0
        while index < source.count {
            let byte = source[index]
            if byte == UInt8(ascii: "="), index + 1 < source.count {
                if source[index + 1] == UInt8(ascii: "\n") { index += 2; continue }
                if index + 2 < source.count, let value = UInt8(String(decoding: source[(index + 1)...(index + 2)], as: UTF8.self), radix: 16) {
                    bytes.append(value)
                    index += 3
                    continue
                }
            }
            bytes.append(byte)
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The bare address of a header such as `From: Ana <ana@example.org>`.
    public static func address(in value: String) -> String? {
        if let open = value.lastIndex(of: "<"), let close = value[open...].firstIndex(of: ">") {
            let inner = value[value.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            return inner.contains("@") ? inner : nil
        }
        let word = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).first { $0.contains("@") }
        return word.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "<>\"'()")) }
    }
}

public struct MalformedMessage: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
