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
        _ = libxmlInitialized
        var bytes = Array(html.utf8)
        if bytes.isEmpty { return Content(blocks: [], imageSources: [], problems: []) }
        guard let context = htmlNewParserCtxt() else {
            return Content(blocks: [], imageSources: [], problems: ["libxml2 could not allocate a parser"])
        }
        defer { htmlFreeParserCtxt(context) }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document = bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        var problems: [String] = []
        if let message = context.pointee.lastError.message {
            let text = String(cString: message).trimmingWhitespace()
            // Depth is the one parser error a reader can act on; the rest is libxml2 mending tag soup, which is normal.
            if text.contains("depth") {
                problems.append("HTML nested too deep (\(text)); text past that depth was not read")
            }
        }
        guard let document else {
            return Content(blocks: [], imageSources: [], problems: problems + ["HTML could not be parsed"])
        }
        defer { xmlFreeDoc(document) }
        var walker = BlockCollector()
        walker.walk(xmlDocGetRootElement(document))
        return Content(blocks: walker.blocks, imageSources: walker.imageSources, problems: problems)
    }
}

/// libxml2 wants one global initialization before parsers run on several threads.
private let libxmlInitialized: Void = { xmlInitParser() }()

/// Walks the tree in document order without recursion (a hostile file may nest 100,000 deep),
/// cutting blocks at block-level elements and keeping link ranges.
private struct BlockCollector {
    var blocks: [TextBlock] = []
    var imageSources: [String] = []

    /// The block's text so far, UTF-8.
    private var text: [UInt8] = []
    private var count = 0
    private var pendingSpace = false
    private var links: [InlineLink] = []
    private var openLinks: [(href: String, start: Int)] = []
    private var blockKinds: [TextBlock.Kind] = []
    private var emphasis: [Range<Int>] = []
    private var openEmphasis: [Int] = []
    /// Tables seen so far, and the row and column reached in the innermost open table.
    private var tableCount = 0
    private var tables: [(table: Int, row: Int, column: Int)] = []
    private var currentCell: TableCell?

    mutating func walk(_ root: xmlNodePtr?) {
        var node = root
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                descend = enter(current)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { append(content) }
            default:
                break
            }
            if descend, let child = current.pointee.children {
                node = child
                continue
            }
            if descend { leave(current) }
            // Next in document order: a sibling, else climb, closing each element we leave.
            var cursor = current
            node = nil
            while cursor != root {
                if let sibling = cursor.pointee.next {
                    node = sibling
                    break
                }
                guard let parent = cursor.pointee.parent else { break }
                if parent.pointee.type == XML_ELEMENT_NODE { leave(parent) }
                cursor = parent
            }
        }
        flush()
    }

    /// Returns whether to read the element's children.
    private mutating func enter(_ element: xmlNodePtr) -> Bool {
        let name = elementName(element)
        if skipped.contains(name) {
            if name == "img", let source = attribute("src", of: element), !source.isEmpty { imageSources.append(source) }
            return false
        }
        if name == "br" {
            pendingSpace = count > 0
            return false
        }
        if let kind = blockKind(name) {
            flush()
            blockKinds.append(kind)
        } else if blockLevel.contains(name) {
            flush()
        }
        if name == "a" {
            openLinks.append((attribute("href", of: element) ?? "", count + (pendingSpace ? 1 : 0)))
        }
        if emphasisElements.contains(name) { openEmphasis.append(count + (pendingSpace ? 1 : 0)) }
        switch name {
        case "table":
            tables.append((tableCount, -1, -1))
            tableCount += 1
        case "tr" where !tables.isEmpty:
            tables[tables.count - 1].row += 1
            tables[tables.count - 1].column = -1
        case "td", "th" where !tables.isEmpty:
            tables[tables.count - 1].column += 1
            let position = tables[tables.count - 1]
            currentCell = TableCell(table: position.table, row: max(position.row, 0), column: position.column, isHeader: name == "th")
        default:
            break
        }
        return true
    }

    private mutating func leave(_ element: xmlNodePtr) {
        let name = elementName(element)
        if name == "a", let open = openLinks.popLast() {
            let scalars = Array(String(decoding: text, as: UTF8.self).unicodeScalars)
            var start = min(open.start, count)
            while start < count, scalars[start] == " " { start += 1 }
            if count > start, !open.href.isEmpty {
                let linkText = String(scalars: scalars[start..<count])
                links.append(InlineLink(href: open.href, text: linkText, range: start..<count))
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

    private mutating func append(_ content: UnsafePointer<xmlChar>) {
        // Gathered as UTF-8 bytes: appending scalar by scalar to a String cost more than a twentieth of reading
        // a recap. `count` stays in scalars, as the link and emphasis ranges are.
        for scalar in String(cString: content).unicodeScalars {
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

    private mutating func flush() {
        defer {
            text.removeAll(keepingCapacity: true)
            count = 0
            pendingSpace = false
            links = []
            emphasis = []
            openLinks = openLinks.map { ($0.href, 0) }
            openEmphasis = openEmphasis.map { _ in 0 }
        }
        guard count > 0 else { return }
        blocks.append(TextBlock(kind: blockKinds.last ?? .paragraph, text: String(decoding: text, as: UTF8.self), links: links, emphasis: emphasis,
                                cell: currentCell))
    }

    private func blockKind(_ name: String) -> TextBlock.Kind? {
        switch name {
        case "p", "blockquote", "figcaption", "dd", "dt", "td", "th", "pre": return .paragraph
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

    private func elementName(_ element: xmlNodePtr) -> String {
        guard let name = element.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    private func attribute(_ name: String, of element: xmlNodePtr) -> String? {
        guard let value = xmlGetProp(element, name) else { return nil }
        defer { gazette_xml_free(value) }
        return String(cString: value).trimmingWhitespace()
    }
}

private let emphasisElements: Set<String> = ["em", "i", "strong", "b"]

/// Elements whose content is not prose a reader sees.
private let skipped: Set<String> = [
    "script", "style", "iframe", "img", "noscript", "svg", "template", "object", "embed", "video", "audio",
    "head", "title", "button", "select", "textarea", "input", "map", "canvas", "picture", "source",
]

/// Containers that separate blocks without being one.
private let blockLevel: Set<String> = [
    "div", "section", "article", "header", "footer", "main", "aside", "nav", "figure", "ul", "ol", "dl",
    "table", "tr", "tbody", "thead", "body", "html", "hr", "form", "details", "summary", "address",
]
