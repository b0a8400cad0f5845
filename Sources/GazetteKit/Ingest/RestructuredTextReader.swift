/// Reads a reStructuredText body (Pelican and Sphinx blogs) into the same blocks as HTML: sections,
/// paragraphs, bullet items, links and emphasis, and its field list (`:date:`, `:lang:`, `:slug:`) as metadata.
///
/// Written by hand: no package here parses rST, and recaps use a small subset (no tables of cells, no
/// nested directives to render), which this covers line by line in one pass plus one pass for link targets.
struct RestructuredTextReader: Sendable {
    struct Content: Sendable {
        var blocks: [TextBlock]
        /// Field list entries, keys lowercased, first occurrence kept: Pelican's metadata.
        var fields: [String: String]
    }

    /// Punctuation rST accepts for section adornments.
    private static let adornments: Set<Character> = Set("=-~^\"'`#*+_:.<>!$%&(),/;?@[\\]{|}")

    func read(text: String) -> Content {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.hasSuffix("\r") ? line.dropLast() : line
        }
        let targets = linkTargets(lines)
        var blocks: [TextBlock] = []
        var fields: [String: String] = [:]
        var styles: [String] = []
        var paragraph: [Substring] = []
        var paragraphKind = TextBlock.Kind.paragraph
        var skipIndentedAfter: Int? = nil

        func flush() {
            defer { paragraph = []; paragraphKind = .paragraph }
            guard !paragraph.isEmpty else { return }
            var joined = paragraph.map { $0.trimmingWhitespace() }.joined(separator: " ")
            // "Paragraph::" introduces a literal block: the paragraph keeps one colon, the block is code.
            if joined.hasSuffix("::") {
                joined.removeLast()
                if joined.hasSuffix(" :") { joined.removeLast(2) }
            }
            let block = InlineMarkup.block(paragraphKind, source: joined, targets: targets)
            if !block.text.isEmpty { blocks.append(block) }
        }

        var index = 0
        while index < lines.count {
            let line = lines[index]
            let indent = line.prefix { $0 == " " || $0 == "\t" }.count
            let trimmed = line.trimmingWhitespace()
            if let limit = skipIndentedAfter {
                if trimmed.isEmpty || indent > limit { index += 1; continue }
                skipIndentedAfter = nil
            }
            if trimmed.isEmpty {
                flush()
                index += 1
                continue
            }
            // Directives, comments and link targets: not prose, and neither is what is indented under them.
            if trimmed.hasPrefix("..") && (trimmed == ".." || trimmed.hasPrefix(".. ")) {
                flush()
                skipIndentedAfter = indent
                index += 1
                continue
            }
            // Overlined title: adornment, text, adornment.
            if paragraph.isEmpty, isAdornment(trimmed), index + 2 < lines.count,
               isAdornment(lines[index + 2].trimmingWhitespace()), !lines[index + 1].trimmingWhitespace().isEmpty {
                let style = "over" + String(trimmed.first!)
                appendHeading(String(lines[index + 1]), style: style, styles: &styles, blocks: &blocks, targets: targets)
                index += 3
                continue
            }
            // Underlined title: one line of text, then an adornment at least about as long.
            if paragraph.isEmpty, indent == 0, index + 1 < lines.count, !isAdornment(trimmed) || trimmed.count < 4 {
                let next = lines[index + 1].trimmingWhitespace()
                if isAdornment(next), next.count >= min(trimmed.count, 3) {
                    appendHeading(String(line), style: String(next.first!), styles: &styles, blocks: &blocks, targets: targets)
                    index += 2
                    continue
                }
            }
            // A transition line (----) separates; it is no text.
            if isAdornment(trimmed), trimmed.count >= 4, paragraph.isEmpty {
                index += 1
                continue
            }
            if indent == 0, let field = fieldEntry(trimmed) {
                flush()
                // Only a field list at the top (before anything but the title) is the document's metadata, as
                // docutils reads it; one further down is text: ":Speaker: Jane Roe" under a talk's title.
                if blocks.count <= 1, blocks.allSatisfy({ if case .heading = $0.kind { true } else { false } }) {
                    if fields[field.key] == nil { fields[field.key] = field.value }
                } else {
                    paragraph = [trimmed.dropFirst().replacingFirstColon()]
                }
                index += 1
                continue
            }
            if let item = bulletText(trimmed) {
                flush()
                paragraph = [item]
                paragraphKind = .listItem
                index += 1
                continue
            }
            paragraph.append(trimmed[...])
            if trimmed.hasSuffix("::") {
                flush()
                skipIndentedAfter = indent
            }
            index += 1
        }
        flush()
        return Content(blocks: blocks, fields: fields)
    }

    private func appendHeading(_ text: String, style: String, styles: inout [String], blocks: inout [TextBlock],
                               targets: [String: String]) {
        if !styles.contains(style) { styles.append(style) }
        let level = min(styles.firstIndex(of: style)! + 1, 6)
        let block = InlineMarkup.block(.heading(level: level), source: text.trimmingWhitespace(), targets: targets)
        if !block.text.isEmpty { blocks.append(block) }
    }

    private func isAdornment(_ line: String) -> Bool {
        guard let first = line.first, line.count >= 2, Self.adornments.contains(first) else { return false }
        return line.allSatisfy { $0 == first }
    }

    private func fieldEntry(_ line: String) -> (key: String, value: String)? {
        guard line.hasPrefix(":"), let close = line.dropFirst().firstIndex(of: ":") else { return nil }
        let key = line[line.index(after: line.startIndex)..<close]
        guard !key.isEmpty, key.count <= 40, !key.contains("`"), key.first!.isLetter else { return nil }
        let value = line[line.index(after: close)...].trimmingWhitespace()
        return (key.lowercased(), value)
    }

    private func bulletText(_ line: String) -> Substring? {
        for marker in ["- ", "* ", "+ ", "• "] where line.hasPrefix(marker) {
            return line.dropFirst(marker.count)
        }
        // Enumerated lists: "1. ", "#. ", "2) ".
        let digits = line.prefix { $0.isNumber || $0 == "#" }
        if !digits.isEmpty, digits.count <= 3 {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return rest.dropFirst(2) }
        }
        return nil
    }

    /// `.. _name: url` lines, so that `` `name`_ `` references can carry their link.
    private func linkTargets(_ lines: [Substring]) -> [String: String] {
        var targets: [String: String] = [:]
        for line in lines {
            let trimmed = line.trimmingWhitespace()
            guard trimmed.hasPrefix(".. _") else { continue }
            let body = trimmed.dropFirst(4)
            // The name ends at the first colon not escaped by a backslash.
            var name = ""
            var escaped = false
            var rest: Substring?
            for (offset, character) in body.enumerated() {
                if escaped { name.append(character); escaped = false; continue }
                if character == "\\" { escaped = true; continue }
                if character == ":" {
                    rest = body.dropFirst(offset + 1)
                    break
                }
                name.append(character)
            }
            guard let url = rest?.trimmingWhitespace(), !url.isEmpty, !name.isEmpty else { continue }
            let key = InlineMarkup.referenceKey(name.hasPrefix("`") ? String(name.dropFirst().dropLast()) : name)
            if targets[key] == nil { targets[key] = url }
        }
        return targets
    }
}

/// rST inline markup to plain text with link and emphasis ranges.
enum InlineMarkup {
    static func referenceKey(_ name: String) -> String {
        name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func block(_ kind: TextBlock.Kind, source: String, targets: [String: String]) -> TextBlock {
        let input = Array(source.unicodeScalars)
        var output = String.UnicodeScalarView()
        var count = 0
        var links: [InlineLink] = []
        var emphasis: [Range<Int>] = []

        func emit<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
            for scalar in scalars {
                if scalar.properties.isWhitespace {
                    if count > 0, output.last != " " { output.append(" "); count += 1 }
                    continue
                }
                output.append(scalar)
                count += 1
            }
        }
        func find(_ wanted: [Unicode.Scalar], from start: Int) -> Int? {
            guard !wanted.isEmpty, start < input.count else { return nil }
            var probe = start
            while probe + wanted.count <= input.count {
                if input[probe] == "\\" { probe += 2; continue }
                if Array(input[probe..<(probe + wanted.count)]) == wanted { return probe }
                probe += 1
            }
            return nil
        }
        func startsInline(_ index: Int) -> Bool {
            index == 0 || input[index - 1].properties.isWhitespace || "([{<\"'‘“«-/:".unicodeScalars.contains(input[index - 1])
        }

        var index = 0
        while index < input.count {
            let scalar = input[index]
            if scalar == "\\", index + 1 < input.count {
                emit([input[index + 1]])
                index += 2
                continue
            }
            // :role:`text`
            if scalar == ":", startsInline(index), let close = find([":", "`"], from: index + 1),
               close - index < 30, !input[(index + 1)..<close].contains(" "),
               let end = find(["`"], from: close + 2) {
                emit(input[(close + 2)..<end])
                index = end + 1
                continue
            }
            if scalar == "`", startsInline(index) {
                if index + 1 < input.count, input[index + 1] == "`", let end = find(["`", "`"], from: index + 2) {
                    emit(input[(index + 2)..<end])
                    index = end + 2
                    continue
                }
                if let end = find(["`"], from: index + 1) {
                    var inner = Array(input[(index + 1)..<end])
                    var after = end + 1
                    let isReference = after < input.count && input[after] == "_"
                    while after < input.count, input[after] == "_" { after += 1 }
                    var url: String?
                    if let open = inner.lastIndex(of: "<"), inner.last == ">" {
                        url = String(scalars: inner[(open + 1)..<(inner.count - 1)])
                        inner = Array(inner[..<open])
                        while inner.last?.properties.isWhitespace == true { inner.removeLast() }
                    } else if isReference {
                        url = targets[referenceKey(String(scalars: inner))]
                    }
                    if count > 0, !output.isEmpty, output.last != " ", index > 0, input[index - 1].properties.isWhitespace {
                        output.append(" "); count += 1
                    }
                    let start = count
                    emit(inner)
                    if let url, !url.isEmpty, count > start {
                        let text = String(scalars: Array(output)[start..<count])
                        links.append(InlineLink(href: url, text: text, range: start..<count))
                    }
                    index = after
                    continue
                }
            }
            if scalar == "*", startsInline(index) {
                let strong = index + 1 < input.count && input[index + 1] == "*"
                let marker: [Unicode.Scalar] = strong ? ["*", "*"] : ["*"]
                let contentStart = index + marker.count
                if contentStart < input.count, !input[contentStart].properties.isWhitespace,
                   let end = find(marker, from: contentStart + 1) {
                    if index > 0, input[index - 1].properties.isWhitespace, count > 0, output.last != " " { output.append(" "); count += 1 }
                    let start = count
                    emit(input[contentStart..<end])
                    if count > start { emphasis.append(start..<count) }
                    index = end + marker.count
                    continue
                }
            }
            // |substitution| references are images here: nothing to read.
            if scalar == "|", startsInline(index), let end = find(["|"], from: index + 1), end - index < 40,
               !input[(index + 1)..<end].contains(" ") {
                index = end + 1
                while index < input.count, input[index] == "_" { index += 1 }
                continue
            }
            emit([scalar])
            index += 1
        }
        while output.last == " " { output.removeLast(); count -= 1 }
        return TextBlock(kind: kind, text: String(output), links: links, emphasis: emphasis)
    }
}

private extension Substring {
    /// A field line without its opening colon ("Speaker:   Jane Roe" from ":Speaker:   Jane Roe") as a label
    /// line reads: the name, its colon, one space, the value.
    func replacingFirstColon() -> Substring {
        guard let colon = firstIndex(of: ":") else { return self }
        let value = self[index(after: colon)...].drop { $0 == " " || $0 == "\t" }
        return Substring(self[..<colon] + ": " + value)
    }
}
