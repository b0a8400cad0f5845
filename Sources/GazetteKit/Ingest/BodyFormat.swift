/// What a post's body is written in, judged by its content: the seeds are `.txt` files holding HTML,
/// and Markdown posts often carry HTML too.
enum BodyFormat: Sendable, Equatable {
    case html
    case markdown
    case plainText
    case restructuredText

    /// Signs are looked for in the first part only: enough for any real post, and a 50 MB file stays cheap.
    private static let sampleSize = 65_536

    private static let blockTags: [[UInt8]] = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "br", "blockquote",
        "figure", "section", "article", "img", "iframe", "pre", "hr", "span", "a",
    ].map { Array($0.utf8) }

    static func detect(body: String, hasFrontMatter: Bool, path: String) -> BodyFormat {
        let sample = body.utf8Prefix(sampleSize)
        let html = startsWithTag(sample) || containsBlockTag(sample)
        let markdown = hasMarkdownSigns(sample)
        if html { return markdown ? .markdown : .html }
        if isRestructuredTextFileName(path) || (!markdown && hasRestructuredTextSigns(sample)) { return .restructuredText }
        if hasFrontMatter || markdown || isMarkdownFileName(path) { return .markdown }
        return .plainText
    }

    private static func startsWithTag(_ bytes: [UInt8]) -> Bool {
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), bytes[first] == UInt8(ascii: "<"),
              first + 1 < bytes.count else { return false }
        let next = bytes[first + 1]
        return isLetter(next) || next == UInt8(ascii: "!")
    }

    private static func containsBlockTag(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while index < bytes.count {
            defer { index += 1 }
            guard bytes[index] == UInt8(ascii: "<") else { continue }
            for tag in blockTags where index + 1 + tag.count < bytes.count {
                let end = index + 1 + tag.count
                guard zip(bytes[(index + 1)..<end], tag).allSatisfy({ asciiLower($0) == $1 }) else { continue }
                let after = bytes[end]
                if after == UInt8(ascii: ">") || after == UInt8(ascii: "/") || isSpace(after) { return true }
            }
        }
        return false
    }

    /// Signs no plain-text writer produces by accident. Bullet lines (`- item`) are not among them:
    /// plain-text recaps use them too, and the plain-text reader turns them into list items.
    private static func hasMarkdownSigns(_ bytes: [UInt8]) -> Bool {
        // Through the buffer: the scan reads every byte of every file, and the array checked bounds at each.
        bytes.withUnsafeBufferPointer { hasMarkdownSigns(in: $0) }
    }

    private static func hasMarkdownSigns(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lineStart = true
        var index = 0
        while index < bytes.count {
            if lineStart {
                var probe = index
                while probe < bytes.count, bytes[probe] == 0x20, probe - index < 3 { probe += 1 }
                if startsATXHeading(bytes, at: probe) || hasPrefix(bytes, at: probe, "```") || hasPrefix(bytes, at: probe, "~~~")
                    || hasPrefix(bytes, at: probe, "> ") || hasPrefix(bytes, at: probe, "===") || isTableDelimiterRow(bytes, at: probe) {
                    return true
                }
            }
            // Only a line break, "](" and "**" matter between line starts: the bytes between are skipped in a
            // tight loop (every byte of every file goes through it).
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0A || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "*") { break }
                index += 1
            }
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            if byte == UInt8(ascii: "]"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "(") { return true }
            if byte == UInt8(ascii: "*"), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "*"),
               !isSpace(bytes[index + 2]) { return true }
            lineStart = byte == 0x0A
            index += 1
        }
        return false
    }

    /// "|------|:---:|" or "--- | ---": the line under a GFM table's header, only pipes, dashes, colons and spaces,
    /// with at least one pipe and one dash. Nothing else writes it (a rule of dashes alone has no pipe).
    private static func isTableDelimiterRow(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var probe = index
        var pipes = 0, dashes = 0
        while probe < bytes.count, bytes[probe] != 0x0A {
            switch bytes[probe] {
            case UInt8(ascii: "|"): pipes += 1
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: ":"), 0x20, 0x09, 0x0D: break
            default: return false
            }
            probe += 1
        }
        return pipes > 0 && dashes > 0
    }

    private static func startsATXHeading(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var probe = index
        while probe < bytes.count, bytes[probe] == UInt8(ascii: "#"), probe - index < 6 { probe += 1 }
        return probe > index && probe < bytes.count && bytes[probe] == 0x20
    }

    /// Compares bytes in place: it runs at every line of every file, and making an array of the prefix each
    /// time cost more than the rest of the scan.
    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let wanted = prefix.utf8Start
        for offset in 0..<count where bytes[index + offset] != wanted[offset] { return false }
        return true
    }

    private static func isRestructuredTextFileName(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".rst") || lowered.hasSuffix(".rest")
    }

    /// "`text <url>`_" links, or a title underlined with "====" on its first lines: no other format writes these.
    private static func hasRestructuredTextSigns(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        if text.contains(">`_") { return true }
        let lines = text.split(separator: "\n", maxSplits: 12, omittingEmptySubsequences: true).prefix(12)
        for (index, line) in lines.enumerated() where index + 1 < lines.count {
            let next = lines[lines.index(lines.startIndex, offsetBy: index + 1)].trimmingWhitespace()
            if let first = next.first, "=#~*".contains(first), next.count >= 3, next.allSatisfy({ $0 == first }),
               line.trimmingWhitespace().count >= 2, next.count >= line.trimmingWhitespace().count - 2 { return true }
        }
        return false
    }

    private static func isMarkdownFileName(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") || lowered.hasSuffix(".mdown")
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C }
    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
}
