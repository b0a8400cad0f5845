import Foundation

/// Turns a file's bytes into text, or says why they are not a recap.
///
/// Recaps come from many blogs and editors: most are UTF-8, some carry a BOM or CRLF line ends,
/// and old exports are Windows-1252. Everything downstream works on `\n`-separated Swift strings.
struct RecapTextDecoder: Sendable {
    enum Outcome: Sendable, Equatable {
        case text(String, warning: String?)
        case rejected(String)
    }

    /// How much of the file is sampled for control characters; binary formats show it in their first kilobytes.
    private static let sampleSize = 8192

    func decode(_ bytes: [UInt8]) -> Outcome {
        if let utf16 = decodeUTF16WithBOM(bytes) { return finish(utf16, warning: nil) }
        if looksBinary(bytes) { return .rejected("binary file, not a recap") }

        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        // Most files have no CR: they are validated where they lie, without a normalized copy beside them.
        let hasCR = bytes.withUnsafeBufferPointer { buffer in
            buffer.count > start && memchr(buffer.baseAddress! + start, 0x0D, buffer.count - start) != nil
        }
        if !hasCR, let text = String(validating: bytes[start...], as: UTF8.self) {
            return finish(text, warning: nil)
        }
        let normalized = normalizingLineEnds(bytes[start...])

        if hasCR, let text = String(validating: normalized, as: UTF8.self) {
            return finish(text, warning: nil)
        }
        // The front matter and the body are often written by different tools: decode each on its own, so one
        // bad byte in one does not garble (or, through a C1 control the YAML reader refuses, lose) the other.
        let split = frontMatterEnd(normalized)
        var parts: [String] = []
        var misread: [String] = []
        for (name, range) in [("front matter", 0..<split), ("body", split..<normalized.count)] where !range.isEmpty {
            let slice = normalized[range]
            if let text = String(validating: slice, as: UTF8.self) {
                parts.append(text)
            } else if mostlyUTF8(slice) {
                // A stray byte in UTF-8 text: replace it rather than read every accent as Windows-1252.
                parts.append(String(decoding: slice, as: UTF8.self))
                misread.append("\(name): invalid UTF-8 bytes replaced with �")
            } else {
                parts.append(Windows1252.decode(Array(slice)))
                misread.append("\(name): not valid UTF-8; read as Windows-1252")
            }
        }
        let text = withoutControls(parts.joined())
        let whole = "not valid UTF-8; read as Windows-1252"
        if misread.count == 2, misread.allSatisfy({ $0.hasSuffix(whole) }) || split == 0 { return finish(text, warning: whole) }
        return finish(text, warning: misread.joined(separator: "; "))
    }

    /// Where a `---` front matter ends (just past its closing line), or 0 when there is none.
    private func frontMatterEnd(_ bytes: [UInt8]) -> Int {
        guard bytes.count > 4, bytes[0] == 0x2D, bytes[1] == 0x2D, bytes[2] == 0x2D, bytes[3] == 0x0A else { return 0 }
        var index = 4
        while index + 3 <= bytes.count {
            if bytes[index - 1] == 0x0A, bytes[index] == 0x2D, bytes[index + 1] == 0x2D, bytes[index + 2] == 0x2D {
                var end = index + 3
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                return min(end + 1, bytes.count)
            }
            index += 1
        }
        return 0
    }

    /// Whether most non-ASCII bytes form valid UTF-8 sequences: then the text is UTF-8 with a few bad bytes.
    private func mostlyUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        let decoded = String(decoding: bytes, as: UTF8.self)
        let replaced = decoded.unicodeScalars.lazy.filter { $0 == "\u{FFFD}" }.count
        let nonASCII = decoded.unicodeScalars.lazy.filter { !$0.isASCII }.count
        return nonASCII > 0 && replaced * 4 < nonASCII
    }

    /// C0 and C1 controls other than tab and newline become U+FFFD: no YAML reader or template wants them.
    private func withoutControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { scalars.append(isControl(scalar) ? "\u{FFFD}" : scalar) }
        return String(scalars)
    }

    private func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    private func finish(_ text: String, warning: String?) -> Outcome {
        let warning = warning?.isEmpty == true ? nil : warning
        let hasContent = text.unicodeScalars.contains { !$0.properties.isWhitespace }
        return hasContent ? .text(text, warning: warning) : .rejected("empty file")
    }

    /// A NUL never appears in text we can read (UTF-16 was handled above); a high share of
    /// other control characters means an image, archive or office file dropped in the folder.
    private func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sampleCount = min(bytes.count, Self.sampleSize)
        // Through the buffer: iterating the array's prefix checked bounds at every byte of every file.
        let sampleIsBinary = bytes.withUnsafeBufferPointer { buffer in
            var controls = 0
            for byte in buffer[0..<sampleCount] where byte < 0x20 {
                if byte == 0 { return true }
                if byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
            }
            return sampleCount > 0 && controls * 10 > sampleCount
        }
        if sampleIsBinary { return true }
        // A NUL later in a large file still means it is not text; memchr keeps a 50 MB scan cheap.
        guard bytes.count > Self.sampleSize else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            memchr(buffer.baseAddress! + Self.sampleSize, 0, buffer.count - Self.sampleSize) != nil
        }
    }

    private func decodeUTF16WithBOM(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2 else { return nil }
        let littleEndian: Bool
        switch (bytes[0], bytes[1]) {
        case (0xFF, 0xFE): littleEndian = true
        case (0xFE, 0xFF): littleEndian = false
        default: return nil
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let low = UInt16(bytes[littleEndian ? index : index + 1])
            let high = UInt16(bytes[littleEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        let text = String(decoding: units, as: UTF16.self)
        return String(decoding: normalizingLineEnds(ArraySlice(Array(text.utf8))), as: UTF8.self)
    }

    /// CRLF and lone CR become LF, so line counting and delimiter matching see one convention.
    private func normalizingLineEnds(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        let hasCR = bytes.withUnsafeBufferPointer { buffer in
            buffer.count > 0 && memchr(buffer.baseAddress!, 0x0D, buffer.count) != nil
        }
        guard hasCR else { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
                continue
            }
            if byte == 0x0A, previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(byte)
        }
        return out
    }
}

/// Windows-1252, the encoding old Windows blog exports use when they are not UTF-8.
/// Foundation's `.windowsCP1252` is missing or incomplete on some Linux builds, so the table is here.
enum Windows1252 {
    /// 0x80–0x9F; the other bytes map to the same code point as Latin-1.
    private static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static func decode(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
