/// The commonest front matter, read without a YAML parser: one `key: value` a line, each value a plain
/// scalar of ordinary characters or a quoted string with nothing to unescape, as Hugo's and Jekyll's
/// archetypes write them (`title: "…"`, `date: 2019-06-21`, `draft: false`). Yams builds a node tree and
/// its marks for that, over a hundred thousand instructions a recap, a twentieth of reading one. Anything
/// else (lists, nesting, comments, escapes, tabs, flow or block styles) returns nil and goes to Yams,
/// whose results these must equal (`FlatYAMLFrontMatterTests` compares them).
enum FlatYAMLFrontMatter {
    static func fields(from text: String) -> [String: FrontMatterValue]? {
        var fields: [String: FrontMatterValue] = [:]
        var seen: Set<String> = []
        var failed = false
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            while lineStart < bytes.count, !failed {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                var end = lineEnd
                if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
                if end > lineStart {
                    // A key met twice goes to Yams, which decides what that means.
                    if let (key, value) = field(bytes, from: lineStart, to: end), !seen.contains(key) {
                        seen.insert(key)
                        if let value { fields[key] = .string(value) }
                    } else {
                        failed = true
                    }
                }
                lineStart = lineEnd + 1
            }
        }
        return failed ? nil : fields
    }

    /// `key: value` on bytes `start..<end`; nil when the line is not of that simple shape. The value is nil
    /// for YAML's nulls (nothing, `~`, `null`), which the front matter leaves out.
    private static func field(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (String, String?)? {
        var index = start
        while index < end, isKeyByte(bytes[index]) { index += 1 }
        guard index > start, isLetter(bytes[start]), index < end, bytes[index] == UInt8(ascii: ":"),
              !hasYAMLSpecialCharacter(bytes, from: start, to: end) else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self).lowercased()
        index += 1
        if index == end { return (key, nil) }
        guard bytes[index] == UInt8(ascii: " ") else { return nil }
        while index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        if index == end { return (key, nil) }
        let first = bytes[index]
        if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
            // Quoted: closed at the line's end, with no quote of its kind (nor a backslash) inside.
            guard end - index >= 2, bytes[end - 1] == first else { return nil }
            for byte in bytes[(index + 1)..<(end - 1)] where byte == first || byte == UInt8(ascii: "\\") || byte < 0x20 || byte == 0x7F {
                return nil
            }
            return (key, String(decoding: UnsafeBufferPointer(rebasing: bytes[(index + 1)..<(end - 1)]), as: UTF8.self))
        }
        if first == UInt8(ascii: "~"), index + 1 == end { return (key, nil) }
        // Plain: starts with a letter, a digit, a non-ASCII character or one of "/._(" (never an indicator);
        // no ": " or " #", no trailing space, and only characters that mean nothing to YAML inside a plain scalar.
        guard isLetter(first) || isDigit(first) || first >= 0x80 || "/._(".utf8.contains(first), bytes[end - 1] != UInt8(ascii: " "),
              bytes[end - 1] != UInt8(ascii: ":") else { return nil }
        var position = index
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: ":"), position + 1 < end, bytes[position + 1] == UInt8(ascii: " ") { return nil }
            if byte == UInt8(ascii: "#"), bytes[position - 1] == UInt8(ascii: " ") { return nil }
            guard byte >= 0x80 || isPlainByte(byte) else { return nil }
            position += 1
        }
        let value = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        return (key, value == "~" || value == "null" || value == "Null" || value == "NULL" ? nil : value)
    }

    /// Characters YAML reads as line breaks (NEL, LINE and PARAGRAPH SEPARATOR) or refuses (C1 controls,
    /// U+FFFE and U+FFFF), and a byte order mark: Yams decides about those.
    private static func hasYAMLSpecialCharacter(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start
        while index + 1 < end {
            switch (bytes[index], bytes[index + 1]) {
            case (0xC2, 0x80...0x9F): return true
            case (0xE2, 0x80) where index + 2 < end && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9): return true
            case (0xEF, 0xBB): return true
            case (0xEF, 0xBF) where index + 2 < end && bytes[index + 2] >= 0xBE: return true
            default: index += 1
            }
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    private static func isKeyByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// ASCII that a plain scalar may hold anywhere after its first character.
    private static func isPlainByte(_ byte: UInt8) -> Bool {
        if isLetter(byte) || isDigit(byte) { return true }
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "+"),
             UInt8(ascii: ":"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "!"), UInt8(ascii: "?"),
             UInt8(ascii: ";"), UInt8(ascii: "@"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "="), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }
}
