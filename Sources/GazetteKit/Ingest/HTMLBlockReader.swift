import CLibXML2

/// Turns an HTML fragment or page into text blocks with libxml2's HTML parser,
/// which (unlike Foundation's XMLDocument) accepts real-world HTML: `&nbsp;`, unclosed tags, stray quotes.
public struct HTMLBlockReader: Sendable {
    public init() {}

    public struct Content: Sendable {
        public var blocks: [TextBlock]
        public var imageSources: [String]
        /// Problems worth telling the user (e.g. nesting too deep to read whole); no file name yet.
        public var problems: [String]
    }

    public func read(html: String) -> Content {
        let count = html.utf8.count
        // A native String is NUL-terminated UTF-8 already, so this hands over its own storage.
        return html.withCString { read(nulTerminatedHTML: $0, count: count) }
    }

    /// Reads `count` bytes of UTF-8 HTML the caller holds (cmark's output, say), without making a String of them first.
    ///
    /// libxml2 parses with its SAX callbacks pointed at the collector, so no DOM is built: a tree of a 50 MB
    /// page costs several times the page, and the collector only ever needed the events in document order.
    /// The parser pulls the page through a read callback, a few kilobytes at a time, and lets go of what it has
    /// read: `htmlCtxtReadMemory` and the push parser of libxml2 2.9 copy the whole input into one growing buffer
    /// (17 MB for a 10 MB page), the largest allocation of a long recap's reading. `chunkLimit` caps each pull
    /// (tests make it tiny, to cut tags and characters anywhere).
    func read(nulTerminatedHTML html: UnsafePointer<CChar>, count: Int, chunkLimit: Int = Int(Int32.max)) -> Content {
        _ = libxmlInitialized
        guard count > 0, count <= Int(Int32.max) else { return Content(blocks: [], imageSources: [], problems: []) }
        guard let context = htmlNewParserCtxt() else {
            return Content(blocks: [], imageSources: [], problems: ["libxml2 could not allocate a parser"])
        }
        defer { htmlFreeParserCtxt(context) }
        // The parser owns its handler table; only the events that build content are replaced. The others
        // (document start, doctype, comments) keep libxml2's defaults, which expect `userData` to be the parser,
        // so the collector travels in `_private`, which libxml2 never touches.
        let handler = context.pointee.sax!
        handler.pointee.startElement = { context, name, attributes in
            guard let name, let collector = BlockCollector.from(context) else { return }
            collector.pointee.startElement(name, attributes)
        }
        handler.pointee.endElement = { context, name in
            guard let name, let collector = BlockCollector.from(context) else { return }
            collector.pointee.endElement(name)
        }
        handler.pointee.characters = { context, characters, length in
            guard let characters, length > 0, let collector = BlockCollector.from(context) else { return }
            collector.pointee.characters(UnsafeBufferPointer(start: characters, count: Int(length)))
        }
        handler.pointee.cdataBlock = handler.pointee.characters
        // The text is UTF-8 already. Naming the encoding to libxml2 2.9 makes it convert a second copy of the
        // text; not naming it leaves the HTML parser taking the first non-ASCII byte as a cue to read Latin-1.
        // So the parser is told at the document's start, before it reads any text, and the page's own charset
        // hints are ignored (HTML_PARSE_IGNORE_ENC).
        handler.pointee.startDocument = { context in
            context?.assumingMemoryBound(to: htmlParserCtxt.self).pointee.charset = Int32(XML_CHAR_ENCODING_UTF8.rawValue)
            xmlSAX2StartDocument(context)
        }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        var collector = BlockCollector()
        var source = PageSource(base: html, count: count, chunkLimit: max(chunkLimit, 1))
        let document = withUnsafeMutablePointer(to: &collector) { collectorPointer in
            withUnsafeMutablePointer(to: &source) { sourcePointer in
                context.pointee._private = UnsafeMutableRawPointer(collectorPointer)
                defer { context.pointee._private = nil }
                return htmlCtxtReadIO(context, { source, buffer, length in
                    guard let source, let buffer else { return -1 }
                    return source.assumingMemoryBound(to: PageSource.self).pointee.copy(into: buffer, upTo: Int(length))
                }, nil, UnsafeMutableRawPointer(sourcePointer), nil, nil, options)
            }
        }
        collector.finish()
        var problems: [String] = []
        if let message = context.pointee.lastError.message {
            let text = String(cString: message).trimmingWhitespace()
            // Depth is the one parser error a reader can act on; the rest is libxml2 mending tag soup, which is normal.
            if text.contains("depth") {
                problems.append("HTML nested too deep (\(text)); text past that depth was not read")
            }
        }
        // With the content events taken, the document holds at most a doctype and comments.
        guard let document else {
            return Content(blocks: [], imageSources: [], problems: problems + ["HTML could not be parsed"])
        }
        xmlFreeDoc(document)
        return Content(blocks: collector.blocks, imageSources: collector.imageSources, problems: problems)
    }
}

/// The page handed to libxml2's read callback, from where the last pull ended.
private struct PageSource {
    let base: UnsafePointer<CChar>
    let count: Int
    let chunkLimit: Int
    var offset = 0

    mutating func copy(into buffer: UnsafeMutablePointer<CChar>, upTo length: Int) -> Int32 {
        let size = min(length, chunkLimit, count - offset)
        guard size > 0 else { return 0 }
        buffer.update(from: base + offset, count: size)
        offset += size
        return Int32(size)
    }
}

/// libxml2 wants one global initialization before parsers run on several threads.
private let libxmlInitialized: Void = { xmlInitParser() }()

/// Follows libxml2's parse events in document order (no recursion, so a hostile file may nest 100,000 deep),
/// cutting blocks at block-level elements and keeping link ranges.
private struct BlockCollector {
    var blocks: [TextBlock] = []
    var imageSources: [String] = []

    /// The block's text so far, UTF-8.
    private var text: [UInt8] = []
    private var count = 0
    private var pendingSpace = false
    private var links: [InlineLink] = []
    /// Each open link's start in scalars (as `count`) and in bytes (as `text`): the pending space, if any,
    /// will be its first scalar and byte.
    private var openLinks: [(href: String, start: Int, byteStart: Int)] = []
    private var blockKinds: [TextBlock.Kind] = []
    private var emphasis: [Range<Int>] = []
    private var openEmphasis: [Int] = []
    /// Tables seen so far, and the row and column reached in the innermost open table.
    private var tableCount = 0
    private var tables: [(table: Int, row: Int, column: Int)] = []
    private var currentCell: TableCell?

    /// Depth inside an element whose content is skipped (a script, an image, a line break), 0 outside one.
    private var skippedDepth = 0
    /// Text of consecutive character events, gathered whole before reading: libxml2 may cut a run anywhere.
    private var pendingCharacters: [UInt8] = []

    static func from(_ context: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<BlockCollector>? {
        guard let parser = context?.assumingMemoryBound(to: htmlParserCtxt.self), let collector = parser.pointee._private else { return nil }
        return collector.assumingMemoryBound(to: BlockCollector.self)
    }

    mutating func startElement(_ rawName: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if skippedDepth > 0 {
            skippedDepth += 1
            return
        }
        takePendingCharacters()
        if !enter(Self.lowercased(rawName), attributes) { skippedDepth = 1 }
    }

    mutating func endElement(_ rawName: UnsafePointer<xmlChar>) {
        if skippedDepth > 0 {
            skippedDepth -= 1
            return
        }
        takePendingCharacters()
        leave(Self.lowercased(rawName))
    }

    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard skippedDepth == 0 else { return }
        pendingCharacters.append(contentsOf: bytes)
    }

    mutating func finish() {
        takePendingCharacters()
        flush()
    }

    private mutating func takePendingCharacters() {
        guard !pendingCharacters.isEmpty else { return }
        append(pendingCharacters)
        pendingCharacters.removeAll(keepingCapacity: true)
    }

    /// Returns whether to read the element's children.
    private mutating func enter(_ name: String, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Bool {
        if skipped.contains(name) {
            if name == "img", let source = Self.attribute("src", in: attributes), !source.isEmpty { imageSources.append(source) }
            return false
        }
        if name == "br" {
            // In a table cell a line break sets a speaker apart from their organization ("Jane Roe<br><small>Acme</small>"):
            // each line is a block of the same cell, for the table's reader to tell apart.
            if currentCell != nil { flush() } else { pendingSpace = count > 0 }
            return false
        }
        if let kind = blockKind(name) {
            flush()
            blockKinds.append(kind)
        } else if blockLevel.contains(name) {
            flush()
        }
        if name == "a" {
            let space = pendingSpace ? 1 : 0
            openLinks.append((Self.attribute("href", in: attributes) ?? "", count + space, text.count + space))
        }
        if emphasisElements.contains(name) { openEmphasis.append(count + (pendingSpace ? 1 : 0)) }
        switch name {
        case "table":
            tables.append((tableCount, -1, -1))
            tableCount += 1
        case "tr" where !tables.isEmpty:
            tables[tables.count - 1].row += 1
            tables[tables.count - 1].column = -1
        // A `where` binds to the last pattern only: each cell name needs its own, or a stray <td> outside a table crashes.
        case "td" where !tables.isEmpty, "th" where !tables.isEmpty:
            tables[tables.count - 1].column += 1
            let position = tables[tables.count - 1]
            currentCell = TableCell(table: position.table, row: max(position.row, 0), column: position.column, isHeader: name == "th")
        default:
            break
        }
        return true
    }

    private mutating func leave(_ name: String) {
        if name == "a", let open = openLinks.popLast() {
            // Only the link's own bytes are read (the block's text so far was decoded whole for each link).
            // A link whose start is past the text has nothing in it; a space scalar is the byte 0x20.
            if open.start < count, !open.href.isEmpty {
                var start = open.start, byteStart = open.byteStart
                while start < count, text[byteStart] == UInt8(ascii: " ") {
                    start += 1
                    byteStart += 1
                }
                if count > start {
                    let linkText = String(decoding: text[byteStart...], as: UTF8.self)
                    links.append(InlineLink(href: open.href, text: linkText, range: start..<count))
                }
            }
        }
        if emphasisElements.contains(name), let open = openEmphasis.popLast() {
            let start = min(open, count)
            if count > start { emphasis.append(start..<count) }
        }
        if blockKind(name) != nil {
            flush()
            _ = blockKinds.popLast()
            if name == "td" || name == "th" { currentCell = nil }
        } else if blockLevel.contains(name) {
            flush()
        }
        if name == "table" { _ = tables.popLast() }
    }

    private mutating func append(_ content: [UInt8]) {
        // Gathered as UTF-8 bytes, copied as they come: decoding each run of text into a String and
        // re-encoding it scalar by scalar cost a seventh of reading a recap. `count` stays in scalars, as the
        // link and emphasis ranges are. A byte that is not well-formed UTF-8 sends the rest to the general road.
        let decodedThrough = content.withUnsafeBufferPointer { bytes -> Int in
            // A run of characters that are not white space is copied at once when it ends.
            var runStart = 0
            var runScalars = 0
            var index = 0
            func endRun(at end: Int) {
                guard end > runStart else { return }
                if pendingSpace {
                    text.append(UInt8(ascii: " "))
                    count += 1
                    pendingSpace = false
                }
                text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end]))
                count += runScalars
            }
            while index < bytes.count {
                let lead = bytes[index]
                let width: Int
                let isSpace: Bool
                if lead < 0x80 {
                    width = 1
                    isSpace = lead == 32 || (lead >= 9 && lead <= 13)
                } else if let (scalarWidth, value) = Self.scalar(in: bytes, at: index) {
                    width = scalarWidth
                    isSpace = Unicode.Scalar(value)!.isWhitespaceFast
                } else {
                    endRun(at: index)
                    return index
                }
                if isSpace {
                    endRun(at: index)
                    runStart = index + width
                    runScalars = 0
                    pendingSpace = count > 0
                } else {
                    runScalars += 1
                }
                index += width
            }
            endRun(at: index)
            return index
        }
        guard decodedThrough < content.count else { return }
        for scalar in String(decoding: content[decodedThrough...], as: UTF8.self).unicodeScalars {
            if scalar.isWhitespaceFast {
                pendingSpace = count > 0
                continue
            }
            if pendingSpace {
                text.append(UInt8(ascii: " "))
                count += 1
                pendingSpace = false
            }
            text.append(contentsOf: scalar.utf8)
            count += 1
        }
    }

    /// The well-formed multi-byte UTF-8 sequence at `index` (its width and scalar value), else nil.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Int, UInt32)? {
        let lead = bytes[index]
        let width: Int
        var value: UInt32
        var lowest: UInt32
        switch lead {
        case 0xC2...0xDF: (width, value, lowest) = (2, UInt32(lead & 0x1F), 0x80)
        case 0xE0...0xEF: (width, value, lowest) = (3, UInt32(lead & 0x0F), 0x800)
        case 0xF0...0xF4: (width, value, lowest) = (4, UInt32(lead & 0x07), 0x10000)
        default: return nil
        }
        guard index + width <= bytes.count else { return nil }
        for offset in 1..<width {
            let byte = bytes[index + offset]
            guard byte & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // Overlong forms, surrogates and values past U+10FFFF are not well-formed.
        guard value >= lowest, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return nil }
        return (width, value)
    }

    private mutating func flush() {
        defer {
            text.removeAll(keepingCapacity: true)
            count = 0
            pendingSpace = false
            links = []
            emphasis = []
            openLinks = openLinks.map { ($0.href, 0, 0) }
            openEmphasis = openEmphasis.map { _ in 0 }
        }
        guard count > 0 else { return }
        blocks.append(TextBlock(kind: blockKinds.last ?? .paragraph, text: String(decoding: text, as: UTF8.self), links: links, emphasis: emphasis,
                                cell: currentCell))
    }

    private func blockKind(_ name: String) -> TextBlock.Kind? {
        switch name {
        case "p", "blockquote", "figcaption", "dd", "td", "th", "pre": return .paragraph
        // A definition list's term heads its definitions as a heading heads its section ("<dt>Title</dt><dd>Jane
        // Roe, Acme. She showed…</dd>"), below any real heading.
        case "dt": return .heading(level: 7)
        case "li": return .listItem
        case "h1": return .heading(level: 1)
        case "h2": return .heading(level: 2)
        case "h3": return .heading(level: 3)
        case "h4": return .heading(level: 4)
        case "h5": return .heading(level: 5)
        case "h6": return .heading(level: 6)
        default: return nil
        }
    }

    private static func lowercased(_ name: UnsafePointer<xmlChar>) -> String {
        String(cString: name).lowercased()
    }

    /// A value from SAX's attribute list (name, value, name, value, …, NULL). An attribute written without a
    /// value reads as empty, as it does in libxml2's tree.
    private static func attribute(_ wanted: String, in attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> String? {
        guard let attributes else { return nil }
        var index = 0
        while let name = attributes[index] {
            if String(cString: name).lowercased() == wanted {
                guard let value = attributes[index + 1] else { return "" }
                return String(cString: value).trimmingWhitespace()
            }
            index += 2
        }
        return nil
    }
}

private let emphasisElements: Set<String> = ["em", "i", "strong", "b"]

/// Elements whose content is not prose a reader sees.
private let skipped: Set<String> = [
    "script", "style", "iframe", "img", "noscript", "svg", "template", "object", "embed", "video", "audio",
    "head", "title", "button", "select", "textarea", "input", "map", "canvas", "picture", "source",
    // Struck-through text is what the writer took back: a talk crossed out of the programme ("~~Title~~ — ~~Jane
    // Roe~~ (cancelled)"), a name corrected in place. The page is read as amended.
    "del", "s", "strike",
]

/// Containers that separate blocks without being one.
private let blockLevel: Set<String> = [
    "div", "section", "article", "header", "footer", "main", "aside", "nav", "figure", "ul", "ol", "dl",
    "table", "tr", "tbody", "thead", "body", "html", "hr", "form", "details", "summary", "address",
]
