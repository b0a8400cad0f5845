import Foundation

/// Splits a post into its front matter (YAML `---`, TOML `+++` or a JSON object, as Hugo accepts)
/// and its body, and parses the front matter into `FrontMatter`.
struct FrontMatterParser: Sendable {
    struct Parsed: Sendable {
        var frontMatter: FrontMatter
        var body: String
        /// The front matter's own text, kept to point at the line of a key in warnings.
        var rawText: String
        /// 1-based file line of the first line of `rawText`.
        var rawFirstLine: Int

        /// 1-based file line where `key` is set, found by looking for it at the start of a line
        /// (works the same for `key:`, `key =` and `"key":`).
        func line(ofKey key: String) -> Int? {
            let wanted = Array(key.lowercased().utf8)
            var lineNumber = rawFirstLine
            for line in rawText.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
                var bytes = line.drop { $0 == 0x20 || $0 == 0x09 }
                if bytes.first == UInt8(ascii: "\"") || bytes.first == UInt8(ascii: "'") { bytes = bytes.dropFirst() }
                if bytes.count > wanted.count,
                   zip(bytes, wanted).allSatisfy({ asciiLower($0) == $1 }) {
                    let rest = bytes.dropFirst(wanted.count).drop { $0 == 0x20 || $0 == 0x22 || $0 == 0x27 }
                    if rest.first == UInt8(ascii: ":") || rest.first == UInt8(ascii: "=") { return lineNumber }
                }
                lineNumber += 1
            }
            return nil
        }
    }

    /// Broken front matter: the file cannot be trusted, so it gives no recap.
    struct Failure: Error, Sendable, Equatable {
        var line: Int
        var message: String
    }

    func parse(_ text: String) -> Result<Parsed, Failure> {
        // Read in place: a copy of a 50 MB recap's bytes beside its text and body was a third of reading's peak.
        var text = text
        let parsed = text.withUTF8 { bytes -> Result<Parsed, Failure>? in
            switch bytes.first {
            case UInt8(ascii: "-"): return parseDelimited(bytes, delimiter: "---", format: .yaml)
            case UInt8(ascii: "+"): return parseDelimited(bytes, delimiter: "+++", format: .toml)
            case UInt8(ascii: "{"): return parseJSON(bytes)
            default: return nil
            }
        }
        return parsed ?? .success(Parsed(frontMatter: FrontMatter(), body: text, rawText: "", rawFirstLine: 1))
    }

    /// nil when the first line is not the delimiter alone: then there is no front matter at all.
    private func parseDelimited(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: String, format: FrontMatter.Format) -> Result<Parsed, Failure>? {
        let opener = Array(delimiter.utf8)
        var lines = LineCursor(bytes)
        guard let first = lines.next(), trimmed(first, in: bytes).elementsEqual(opener) else { return nil }
        // YAML documents may also end with `...`.
        let closers = format == .yaml ? [opener, Array("...".utf8)] : [opener]
        var lineNumber = 1
        var closing: (number: Int, range: Range<Int>)?
        while let line = lines.next() {
            lineNumber += 1
            let content = trimmed(line, in: bytes)
            if closers.contains(where: { content.elementsEqual($0) }) {
                closing = (lineNumber, line)
                break
            }
        }
        guard let closing else {
            return .failure(Failure(line: 1, message: "front matter opened with \(delimiter) on line 1 is never closed"))
        }
        let rawStart = first.upperBound < bytes.count ? first.upperBound + 1 : bytes.count
        let rawEnd = max(rawStart, closing.range.lowerBound - 1)
        let rawText = String(decoding: bytes[rawStart..<rawEnd], as: UTF8.self)
        let bodyStart = min(bytes.count, closing.range.upperBound + 1)
        let body = String(decoding: bytes[bodyStart...], as: UTF8.self)

        let fields: Result<[String: FrontMatterValue], Failure>
        switch format {
        case .yaml: fields = YAMLFrontMatter.fields(from: rawText, firstLine: 2)
        case .toml: fields = TOMLFrontMatter.fields(from: rawText, firstLine: 2)
        case .json: return nil
        }
        return fields.map { fields in
            Parsed(frontMatter: FrontMatter(format: format, fields: fields, bodyStartLine: closing.number + 1),
                   body: body, rawText: rawText, rawFirstLine: 2)
        }
    }

    private func trimmed(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Slice<UnsafeBufferPointer<UInt8>> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        return bytes[lower..<upper]
    }

    private func parseJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<Parsed, Failure> {
        guard let end = JSONFrontMatter.objectEnd(in: bytes) else {
            return .failure(Failure(line: 1, message: "JSON front matter opened with { on line 1 is never closed"))
        }
        let rawText = String(decoding: bytes[...end], as: UTF8.self)
        var bodyStart = end + 1
        var newlines = bytes[...end].reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        // The rest of the closing brace's line belongs to the front matter when it is blank.
        var probe = bodyStart
        while probe < bytes.count, bytes[probe] == 0x20 || bytes[probe] == 0x09 { probe += 1 }
        if probe == bytes.count || bytes[probe] == 0x0A {
            bodyStart = min(bytes.count, probe + 1)
            newlines += 1
        }
        let body = String(decoding: bytes[bodyStart...], as: UTF8.self)
        return JSONFrontMatter.fields(from: rawText, firstLine: 1).map { fields in
            Parsed(frontMatter: FrontMatter(format: .json, fields: fields, bodyStartLine: newlines + 1),
                   body: body, rawText: rawText, rawFirstLine: 1)
        }
    }
}

@inline(__always) func asciiLower(_ byte: UInt8) -> UInt8 {
    byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
}

/// Walks the lines of a byte buffer lazily (ranges exclude the newline), so finding a closing
/// delimiter near the top of a 50 MB file does not index the whole file.
struct LineCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func next() -> Range<Int>? {
        guard position < bytes.count, let base = bytes.baseAddress else { return nil }
        let start = position
        let end: Int
        if let found = memchr(base + start, 0x0A, bytes.count - start) {
            end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        } else {
            end = bytes.count
        }
        position = end + 1
        return start..<end
    }
}
