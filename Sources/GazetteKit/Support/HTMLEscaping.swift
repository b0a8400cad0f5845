extension StringProtocol {
    /// Text made safe inside HTML elements and quoted attributes. Hand-written: Foundation on Linux has no
    /// HTML escaping, and the rendering stage's Mustache escapes only what passes through its templates.
    public var htmlEscaped: String {
        // Most text (every unsubscribe link of a send) has nothing to escape.
        if !utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) { return String(self) }
        // Byte by byte: the five marks are ASCII, which UTF-8 never uses inside another character's bytes.
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 64)
        for byte in utf8 {
            switch byte {
            case 38: result += "&amp;".utf8
            case 60: result += "&lt;".utf8
            case 62: result += "&gt;".utf8
            case 34: result += "&quot;".utf8
            case 39: result += "&#39;".utf8
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }
}
