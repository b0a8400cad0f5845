extension StringProtocol {
    /// Text made safe inside HTML elements and quoted attributes. Hand-written: Foundation on Linux has no
    /// HTML escaping, and the rendering stage's Mustache escapes only what passes through its templates.
    public var htmlEscaped: String {
        // Most text (every unsubscribe link of a send) has nothing to escape.
        if !utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 }) { return String(self) }
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
