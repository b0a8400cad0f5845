import CLibXML2

/// Reads RSS 2.0, RSS 1.0 (RDF), Atom and JSON Feed feeds: each item or entry is one recap.
///
/// libxml2's XML parser is used with network access forbidden and without entity substitution
/// or DTD loading, so a hostile feed can neither fetch anything nor blow up through entities.
struct FeedReader: Sendable {
    /// One item or entry, before it becomes a `Recap`.
    struct Item: Sendable {
        var number: Int
        var line: Int
        var title: String?
        var link: String?
        var guid: String?
        var rawDate: String?
        var html: String
        var declaredLanguage: String?
        /// Only a summary (`description` without `content:encoded`, Atom `summary` without `content`):
        /// the talks of the post may well not be in it.
        var summaryOnly: Bool = false
    }

    struct Feed: Sendable {
        var items: [Item]
    }

    enum Kind: Sendable { case rss, rdf, atom, json }

    /// libxml2 must initialize its globals once before threads use it.
    private static let libraryInitialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// A feed is recognized by its root element, whatever the file is called.
    static func kind(of text: String) -> Kind? {
        let bytes = text.utf8Prefix(4096)
        // JSON front matter also opens with `{`: a JSON Feed says what it is in its `version`.
        if let first = bytes.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }),
           first == UInt8(ascii: "{") {
            return String(decoding: bytes, as: UTF8.self).contains("jsonfeed.org/version") ? .json : nil
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1; continue }
            guard byte == UInt8(ascii: "<"), index + 1 < bytes.count else { return nil }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
                // Prolog, comment or DOCTYPE: skip to its end.
                let closer: [UInt8] = next == UInt8(ascii: "!") && index + 3 < bytes.count && bytes[index + 2] == UInt8(ascii: "-")
                    ? Array("-->".utf8) : [UInt8(ascii: ">")]
                guard let end = find(closer, in: bytes, from: index + 2) else { return nil }
                index = end + closer.count
                continue
            }
            var end = index + 1
            while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
            let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            let local = name.split(separator: ":").last.map(String.init) ?? name
            switch local {
            case "rss": return .rss
            case "RDF": return .rdf
            case "feed": return .atom
            default: return nil
            }
        }
        return nil
    }

    enum Outcome {
        case feed(Feed)
        case broken(line: Int?, message: String)
    }

    func read(_ text: String, kind: Kind) -> Outcome {
        if kind == .json { return JSONFeedReader.read(text) }
        _ = Self.libraryInitialized
        guard let context = xmlNewParserCtxt() else { return .broken(line: nil, message: "cannot create an XML parser") }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue | XML_PARSE_BIG_LINES.rawValue)
        // libxml2 keeps only the last error, usually "premature end of data" at the end of the file;
        // the first one is where the feed actually breaks, so it is caught as it is raised.
        let firstError = FirstXMLError()
        context.pointee._private = Unmanaged.passUnretained(firstError).toOpaque()
        context.pointee.sax.pointee.serror = { userData, error in
            guard let userData, let error else { return }
            let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
            guard let box = context.pointee._private else { return }
            let first = Unmanaged<FirstXMLError>.fromOpaque(box).takeUnretainedValue()
            guard first.first == nil else { return }
            let message = error.pointee.message.map { String(cString: $0).trimmingWhitespace() } ?? "not well-formed XML"
            first.first = (Int(error.pointee.line), message)
        }
        var source = text
        let document = source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(context, chars.baseAddress, Int32(clamping: chars.count), "feed.xml", "UTF-8", options)
            }
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            if let first = firstError.first {
                return .broken(line: first.line, message: "feed is not well-formed XML: \(first.message)")
            }
            return .broken(line: nil, message: "feed is not well-formed XML")
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return .broken(line: nil, message: "feed has no root element") }

        var items: [Item] = []
        switch kind {
        case .rss:
            for channel in children(of: root, named: "channel") {
                let language = childText(channel, "language")
                for node in children(of: channel, named: "item") {
                    items.append(rssItem(node, number: items.count + 1, channelLanguage: language))
                }
            }
        case .rdf:
            let language = children(of: root, named: "channel").first.flatMap { childText($0, "language") }
            for node in children(of: root, named: "item") {
                items.append(rssItem(node, number: items.count + 1, channelLanguage: language))
            }
        case .atom:
            for node in children(of: root, named: "entry") {
                items.append(atomEntry(node, number: items.count + 1))
            }
        case .json:
            break
        }
        return .feed(Feed(items: items))
    }

    // MARK: - Items

    private func rssItem(_ node: xmlNodePtr, number: Int, channelLanguage: String?) -> Item {
        // content:encoded holds the full post; description is often only a teaser.
        let encoded = childText(node, "encoded")
        let html = encoded ?? childText(node, "description") ?? ""
        return Item(
            number: number, line: Int(xmlGetLineNo(node)),
            title: childText(node, "title").map(InlineText.normalizedWhitespace),
            link: childText(node, "link")?.trimmingWhitespace(),
            guid: childText(node, "guid")?.trimmingWhitespace(),
            rawDate: childText(node, "pubDate") ?? childText(node, "date"),
            html: html,
            declaredLanguage: childText(node, "language") ?? xmlLanguage(of: node) ?? channelLanguage,
            summaryOnly: encoded == nil && !html.trimmingWhitespace().isEmpty)
    }

    private func atomEntry(_ node: xmlNodePtr, number: Int) -> Item {
        var link: String?
        for candidate in children(of: node, named: "link") {
            let rel = attribute(candidate, "rel")
            if rel == nil || rel == "alternate" {
                link = attribute(candidate, "href")
                break
            }
        }
        let content = children(of: node, named: "content").first
        let body = content ?? children(of: node, named: "summary").first
        return Item(
            number: number, line: Int(xmlGetLineNo(node)),
            title: childText(node, "title").map(InlineText.normalizedWhitespace),
            link: link?.trimmingWhitespace(),
            guid: childText(node, "id")?.trimmingWhitespace(),
            rawDate: childText(node, "published") ?? childText(node, "updated"),
            html: body.map(atomHTML) ?? "",
            declaredLanguage: (body.flatMap { xmlLanguage(of: $0) }) ?? xmlLanguage(of: node),
            summaryOnly: content == nil && body != nil)
    }

    /// Atom says how its text is written: `html` (escaped), `xhtml` (inline elements) or `text`.
    private func atomHTML(_ node: xmlNodePtr) -> String {
        switch attribute(node, "type") {
        case "xhtml":
            guard let buffer = xmlBufferCreate() else { return "" }
            defer { xmlBufferFree(buffer) }
            var child = node.pointee.children
            while let current = child {
                xmlNodeDump(buffer, node.pointee.doc, current, 0, 0)
                child = current.pointee.next
            }
            return xmlBufferContent(buffer).map { String(cString: $0) } ?? ""
        case "html", "text/html":
            return text(of: node)
        default:
            return text(of: node).split(separator: "\n", omittingEmptySubsequences: true)
                .map { "<p>\($0.htmlEscaped)</p>" }.joined(separator: "\n")
        }
    }

    // MARK: - Tree helpers

    private func children(of node: xmlNodePtr, named name: String) -> [xmlNodePtr] {
        var found: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, let raw = current.pointee.name,
               String(cString: raw) == name {
                found.append(current)
            }
            child = current.pointee.next
        }
        return found
    }

    private func childText(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let child = children(of: node, named: name).first else { return nil }
        let value = text(of: child)
        return value.trimmingWhitespace().isEmpty ? nil : value
    }

    /// Concatenated text of a node; written by hand so no libxml2 string needs `xmlFree`,
    /// a C global Swift 6 will not call from concurrent code.
    private func text(of node: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        appendText(of: node, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private func appendText(of node: xmlNodePtr, to bytes: inout [UInt8]) {
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    var pointer = content
                    while pointer.pointee != 0 {
                        bytes.append(pointer.pointee)
                        pointer += 1
                    }
                }
            case XML_ELEMENT_NODE:
                appendText(of: current, to: &bytes)
            default:
                break
            }
            child = current.pointee.next
        }
    }

    private func attribute(_ node: xmlNodePtr, _ name: String, namespacePrefix: String? = nil) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let raw = current.pointee.name, String(cString: raw) == name else { continue }
            let prefix = current.pointee.ns?.pointee.prefix.map { String(cString: $0) }
            guard prefix == namespacePrefix else { continue }
            var bytes: [UInt8] = []
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content {
                    var pointer = content
                    while pointer.pointee != 0 {
                        bytes.append(pointer.pointee)
                        pointer += 1
                    }
                }
                child = text.pointee.next
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return nil
    }

    /// `xml:lang` on the node or the nearest ancestor that has one.
    private func xmlLanguage(of node: xmlNodePtr) -> String? {
        var current: xmlNodePtr? = node
        while let element = current, element.pointee.type == XML_ELEMENT_NODE {
            if let language = attribute(element, "lang", namespacePrefix: "xml"), !language.isEmpty { return language }
            current = element.pointee.parent
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}

/// The first error libxml2 raised while parsing one document; only touched by that parse's thread.
private final class FirstXMLError {
    var first: (line: Int, message: String)?
}

/// Feed dates: RSS uses RFC 822 (`Tue, 21 Jun 2019 10:00:00 -0400`), Atom and Dublin Core ISO 8601.
/// The day is the one written: recaps are dated by day, and converting zones would shift some by one.
enum FeedDate {
    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func day(from text: String) -> CalendarDay? {
        let trimmed = text.trimmingWhitespace()
        if let day = CalendarDay(isoPrefix: trimmed) { return day }
        let tokens = trimmed.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" })
        for (index, token) in tokens.enumerated() {
            guard let month = months.firstIndex(of: String(token.prefix(3)).lowercased()), index > 0, index + 1 < tokens.count,
                  let day = Int(tokens[index - 1]), var year = Int(tokens[index + 1]) else { continue }
            if year < 100 { year += year < 70 ? 2000 : 1900 }
            guard (1...CalendarDay.daysIn(month: month + 1, year: year)).contains(day) else { return nil }
            return CalendarDay(year: year, month: month + 1, day: day)
        }
        return nil
    }
}
