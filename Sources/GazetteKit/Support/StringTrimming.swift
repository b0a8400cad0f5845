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
        return ScalarClasses.classes(of: self).contains(.whitespace)
    }

    @inline(__always)
    var isUppercaseFast: Bool {
        if value < 128 { return value >= 65 && value <= 90 }
        return ScalarClasses.classes(of: self).contains(.uppercase)
    }

    @inline(__always)
    var isLowercaseFast: Bool {
        if value < 128 { return value >= 97 && value <= 122 }
        return ScalarClasses.classes(of: self).contains(.lowercase)
    }
}

extension String {
    /// Every occurrence of `target` replaced, by comparing UTF-8 bytes: Foundation's
    /// `replacingOccurrences` goes through NSString, and a send fills a link pattern for every message.
    func replacingEvery(_ target: String, with replacement: String) -> String {
        let bytes = Array(utf8), needle = Array(target.utf8)
        guard !needle.isEmpty, bytes.count >= needle.count else { return self }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + replacement.utf8.count)
        var index = 0
        var replaced = false
        while index < bytes.count {
            if bytes[index] == needle[0], index + needle.count <= bytes.count,
               bytes[index..<(index + needle.count)].elementsEqual(needle) {
                result += replacement.utf8
                index += needle.count
                replaced = true
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return replaced ? String(decoding: result, as: UTF8.self) : self
    }
}

extension String {
    /// A string of these scalars, UTF-8 encoded straight into the new string's storage.
    /// `String(String.UnicodeScalarView(slice))` appends them one at a time, re-checking and growing
    /// storage for each; the extractor makes strings from scalar slices for every token and sentence.
    init<Scalars: Collection>(scalars: Scalars) where Scalars.Element == Unicode.Scalar {
        var byteCount = 0
        for scalar in scalars { byteCount += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: byteCount) { buffer in
            var offset = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case ..<0x80:
                    buffer[offset] = UInt8(value)
                    offset += 1
                case ..<0x800:
                    buffer[offset] = UInt8(0xC0 | value >> 6)
                    buffer[offset + 1] = UInt8(0x80 | value & 0x3F)
                    offset += 2
                case ..<0x10000:
                    buffer[offset] = UInt8(0xE0 | value >> 12)
                    buffer[offset + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[offset + 2] = UInt8(0x80 | value & 0x3F)
                    offset += 3
                default:
                    buffer[offset] = UInt8(0xF0 | value >> 18)
                    buffer[offset + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    buffer[offset + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[offset + 3] = UInt8(0x80 | value & 0x3F)
                    offset += 4
                }
            }
            return offset
        }
    }
}

extension String {
    /// The first `count` bytes of the UTF-8 form, copied at once: `Array(utf8.prefix(n))` copies byte by
    /// byte through the view's iterator, which showed in reading every recap twice over (format and feed sniffing).
    func utf8Prefix(_ count: Int) -> [UInt8] {
        utf8.withContiguousStorageIfAvailable { Array($0.prefix(count)) } ?? Array(utf8.prefix(count))
    }
}

extension String {
    /// `Array(unicodeScalars)` in one pass over the UTF-8, which a native string holds well-formed:
    /// the array initializer counted the scalars first, then copied them one by one through the view.
    var unicodeScalarArray: [Unicode.Scalar] {
        var text = self
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
                var index = 0
                var count = 0
                while index < bytes.count {
                    let lead = UInt32(bytes[index])
                    var value: UInt32
                    var width: Int
                    switch lead {
                    case ..<0x80: (value, width) = (lead, 1)
                    case ..<0xE0: (value, width) = (lead & 0x1F, 2)
                    case ..<0xF0: (value, width) = (lead & 0x0F, 3)
                    default: (value, width) = (lead & 0x07, 4)
                    }
                    var offset = 1
                    while offset < width {
                        value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
                        offset += 1
                    }
                    buffer[count] = Unicode.Scalar(value).unsafelyUnwrapped
                    count += 1
                    index += width
                }
                initialized = count
            }
        }
    }
}
