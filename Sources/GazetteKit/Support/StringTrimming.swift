extension StringProtocol {
    /// Trims Unicode white space including no-break spaces.
    public func trimmingWhitespace() -> String {
        let scalars = String(self).unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// White space test with an ASCII fast path; no-break spaces count as white space.
    @inline(__always)
    var isWhitespaceFast: Bool {
        if value < 128 { return value == 32 || (value >= 9 && value <= 13) }
        return properties.isWhitespace
    }

    @inline(__always)
    var isUppercaseFast: Bool {
        if value < 128 { return value >= 65 && value <= 90 }
        return properties.isUppercase
    }

    @inline(__always)
    var isLowercaseFast: Bool {
        if value < 128 { return value >= 97 && value <= 122 }
        return properties.isLowercase
    }
}
