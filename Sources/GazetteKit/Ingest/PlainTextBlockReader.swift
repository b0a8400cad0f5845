/// Reads a plain-text recap (no front matter, no markup) where each line is a paragraph,
/// as text copied out of a blog page comes: headings are the short lines that do not end a sentence.
struct PlainTextBlockReader: Sendable {
    /// Longer lines are sentences even without final punctuation.
    static let maximumHeadingLength = 80

    func read(text: String) -> [TextBlock] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { InlineText.normalizedWhitespace($0) }
            .filter { !$0.isEmpty }
        var blocks: [TextBlock] = []
        var sawHeading = false
        for (index, line) in lines.enumerated() {
            if let item = listItemText(line) {
                blocks.append(InlineText.block(.listItem, text: item))
                continue
            }
            // A sentence wrapped onto the next line: the line before does not end it and this one goes on in lowercase.
            if let last = blocks.last, last.kind == .paragraph, !endsSentence(last.text), startsLowercase(line) {
                blocks[blocks.count - 1] = InlineText.block(.paragraph, text: last.text + " " + line)
                continue
            }
            let continues = index + 1 < lines.count && startsLowercase(lines[index + 1]) && listItemText(lines[index + 1]) == nil
            if line.unicodeScalars.count < Self.maximumHeadingLength, !endsSentence(line), !continues {
                // The first heading is the post's title; the others are its sections.
                blocks.append(InlineText.block(.heading(level: sawHeading ? 2 : 1), text: line))
                sawHeading = true
                continue
            }
            blocks.append(InlineText.block(.paragraph, text: line))
        }
        return blocks
    }

    private func listItemText(_ line: String) -> String? {
        for marker in ["- ", "* ", "• ", "– "] where line.hasPrefix(marker) {
            let rest = InlineText.normalizedWhitespace(line.dropFirst(marker.count))
            return rest.isEmpty ? nil : rest
        }
        return nil
    }

    private func endsSentence(_ text: String) -> Bool {
        let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "»", "”", "’", "]"]
        let terminal: Set<Unicode.Scalar> = [".", "!", "?", ":", "…", ";"]
        for scalar in text.unicodeScalars.reversed() {
            if closers.contains(scalar) || scalar == " " { continue }
            return terminal.contains(scalar)
        }
        return false
    }

    private func startsLowercase(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }
}

/// Text-block building shared by the plain-text and feed paths.
enum InlineText {
    /// Runs of white space (no-break spaces included) become one space, with none at either end,
    /// as `TextBlock.text` promises.
    static func normalizedWhitespace(_ text: some StringProtocol) -> String {
        // A UTF-8 byte scan; outside ASCII, white space is one of a few known two- or three-byte sequences.
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let spaceLength = whitespaceLength(bytes, at: index)
            if spaceLength > 0 {
                pendingSpace = !out.isEmpty
                index += spaceLength
                continue
            }
            if pendingSpace {
                out.append(0x20)
                pendingSpace = false
            }
            out.append(bytes[index])
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Byte length of the white space (or zero-width space) starting at `index`, 0 when there is none.
    @inline(__always) private static func whitespaceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) { return 1 }
        guard byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3, index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        if byte == 0xC2 { return second == 0xA0 || second == 0x85 ? 2 : 0 }
        guard index + 2 < bytes.count else { return 0 }
        let third = bytes[index + 2]
        switch (byte, second) {
        case (0xE1, 0x9A): return third == 0x80 ? 3 : 0 // U+1680
        case (0xE2, 0x80): return (third >= 0x80 && third <= 0x8B) || third == 0xA8 || third == 0xA9 || third == 0xAF ? 3 : 0
        case (0xE2, 0x81): return third == 0x9F ? 3 : 0 // U+205F
        case (0xE3, 0x80): return third == 0x80 ? 3 : 0 // U+3000
        default: return 0
        }
    }

    /// A block whose bare `http(s)://` URLs are links, so the extractor sees slides and videos
    /// named in plain text the same way as in HTML.
    static func block(_ kind: TextBlock.Kind, text: String) -> TextBlock {
        TextBlock(kind: kind, text: text, links: bareLinks(in: text))
    }

    static func bareLinks(in text: String) -> [InlineLink] {
        guard text.utf8.count > 8, containsHTTP(text) else { return [] }
        let scalars = Array(text.unicodeScalars)
        var links: [InlineLink] = []
        var index = 0
        let trailing: Set<Unicode.Scalar> = [".", ",", ";", ":", "!", "?", ")", "]", "»", "”", "’", "\"", "'"]
        while index < scalars.count {
            guard startsURL(scalars, at: index), index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "(" else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, scalars[end] != " " { end += 1 }
            var linkEnd = end
            while linkEnd > index, trailing.contains(scalars[linkEnd - 1]) { linkEnd -= 1 }
            let url = String(scalars: scalars[index..<linkEnd])
            links.append(InlineLink(href: url, text: url, range: index..<linkEnd))
            index = end
        }
        return links
    }

    /// Most lines hold no URL; a byte check spares them the scalar array below.
    private static func containsHTTP(_ text: String) -> Bool {
        var matched = 0
        let wanted: [UInt8] = Array("http".utf8)
        for byte in text.utf8 {
            matched = byte == wanted[matched] ? matched + 1 : (byte == wanted[0] ? 1 : 0)
            if matched == wanted.count { return true }
        }
        return false
    }

    private static func startsURL(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        for prefix in ["https://", "http://"] {
            let wanted = Array(prefix.unicodeScalars)
            if index + wanted.count < scalars.count, Array(scalars[index..<(index + wanted.count)]) == wanted { return true }
        }
        return false
    }
}
