import Foundation

/// Reads recap files into `Recap` values: the ingest stage's entry point.
///
/// Every problem becomes a one-line `Diagnostic` naming the file: a file that cannot be a recap
/// (empty, binary, broken front matter) gives a failure; anything doubtful in a recap that could
/// still be read (no date, a date contradicting the title, invalid UTF-8) a warning on that recap.
public struct RecapReader: Sendable {
    /// Real recaps are a few kilobytes; a file past this is a dump or a mistake, refused before it costs memory.
    public static let defaultMaximumBytes = 5_000_000
    public var maximumBytes: Int

    public init(maximumBytes: Int = RecapReader.defaultMaximumBytes) {
        self.maximumBytes = maximumBytes
    }

    /// What one input file gave. A feed gives several recaps; a broken file gives a failure and no recap.
    public struct FileResult: Sendable {
        public var recaps: [Recap]
        public var failure: Diagnostic?
        /// Warnings about the file rather than one recap of it (a feed with no items, a feed's encoding).
        public var warnings: [Diagnostic]

        public init(recaps: [Recap] = [], failure: Diagnostic? = nil, warnings: [Diagnostic] = []) {
            self.recaps = recaps
            self.failure = failure
            self.warnings = warnings
        }
    }

    /// How much of the body language detection and year checks need: a recap says what it is early.
    static let sampleCharacterBudget = 12_000

    /// Reads one file from disk.
    public func read(file path: String) -> FileResult {
        let handle = open(path, O_RDONLY)
        guard handle >= 0 else {
            return FileResult(failure: .error(path, "cannot read file: \(String(cString: strerror(errno)))"))
        }
        defer { close(handle) }
        var info = stat()
        if fstat(handle, &info) == 0, Int(info.st_size) > maximumBytes {
            // Refused before reading: the limit exists so a huge file never sits in memory.
            return oversized(path, size: Int(info.st_size))
        }
        guard let bytes = Self.readWhole(handle, sizeHint: Int(info.st_size)) else {
            return FileResult(failure: .error(path, "cannot read file: \(String(cString: strerror(errno)))"))
        }
        return read(bytes: bytes, source: path)
    }

    /// The file's bytes straight into the array that decoding reads, with no `Data` copy beside it.
    private static func readWhole(_ handle: Int32, sizeHint: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: max(sizeHint, 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(handle, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { break }
            filled += got
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// Reads bytes already in memory; `source` names them in diagnostics.
    public func read(bytes: consuming [UInt8], source: String) -> FileResult {
        if bytes.count > maximumBytes { return oversized(source, size: bytes.count) }
        var fileWarnings: [Diagnostic] = []
        // Each form of the text is let go once the next is made: a long recap never sits in memory as
        // bytes, text and body at once.
        let outcome = RecapTextDecoder().decode(bytes)
        _ = consume bytes
        var text: String
        switch outcome {
        case .rejected(let reason):
            return FileResult(failure: .error(source, reason))
        case .text(let decoded, let warning):
            text = decoded
            if let warning { fileWarnings.append(.warning(source, warning)) }
        }

        if let kind = FeedReader.kind(of: text) {
            var result = readFeed(text, kind: kind, source: source)
            result.warnings.insert(contentsOf: fileWarnings, at: 0)
            return result
        }

        let parsed: FrontMatterParser.Parsed
        switch FrontMatterParser().parse(text) {
        case .failure(let failure):
            return FileResult(failure: .error(source, line: failure.line, Self.oneLine(failure.message)), warnings: fileWarnings)
        case .success(let value):
            parsed = value
        }
        text = ""

        var recap = readPost(parsed, source: source)
        // A single-recap file's encoding warning belongs to its recap, where the user looks for it.
        recap.warnings.insert(contentsOf: fileWarnings, at: 0)
        return FileResult(recaps: [recap])
    }

    private func oversized(_ source: String, size: Int) -> FileResult {
        let megabytes = Double(size) / 1_000_000, limit = Double(maximumBytes) / 1_000_000
        return FileResult(failure: .error(source, String(
            format: "%.1f MB of text, over the %.1f MB limit for one recap; split the file, or raise max_recap_mb in the config",
            megabytes, limit)))
    }

    /// Parser messages may span lines; a diagnostic is one line, so editors and `grep` can use it.
    static func oneLine(_ message: String) -> String {
        guard message.contains(where: \.isNewline) else { return message }
        return InlineText.normalizedWhitespace(message)
    }

    // MARK: - Posts

    private func readPost(_ parsed: consuming FrontMatterParser.Parsed, source: String) -> Recap {
        // The body is moved out so Markdown can let it go once cmark has read it.
        let body = parsed.body
        parsed.body = ""
        var frontMatter = parsed.frontMatter
        let hasFrontMatter = frontMatter.format != nil
        let format = BodyFormat.detect(body: body, hasFrontMatter: hasFrontMatter, path: source)

        var blocks: [TextBlock]
        var imageSources: [String] = []
        var problems: [String] = []
        switch format {
        case .plainText:
            blocks = PlainTextBlockReader().read(text: body)
        case .restructuredText:
            let content = RestructuredTextReader().read(text: body)
            blocks = content.blocks
            // Pelican's field list is its front matter; a real front matter, when there is one, wins.
            for (key, value) in content.fields where frontMatter.fields[key] == nil { frontMatter.fields[key] = .string(value) }
        case .html:
            let content = HTMLBlockReader().read(html: body)
            blocks = content.blocks
            imageSources = content.imageSources
            problems = content.problems
        case .markdown:
            let content = MarkdownRenderer().withHTML(fromMarkdown: consume body) { HTMLBlockReader().read(nulTerminatedHTML: $0, count: $1) }
            blocks = content.blocks
            imageSources = content.imageSources
            problems = content.problems
        }

        let title = frontMatter.string("title") ?? firstTitleHeading(blocks)
        var warnings = problems.map { Diagnostic.warning(source, $0) }

        let language = LanguageResolver().resolve(
            frontMatter: frontMatter, path: source, text: Self.sampleText(title: title, blocks: blocks))
        if let warning = language.warning { warnings.append(.warning(source, warning)) }

        var parsed = parsed
        parsed.frontMatter = frontMatter
        let dates = RecapDateResolver().resolve(parsed: parsed, path: source)
        warnings += dates.warnings.map { Diagnostic.warning(source, line: $0.line, $0.message) }
        if let date = dates.date,
           let mismatch = RecapDateResolver.yearMismatch(date: date, title: title, text: Self.yearScanText(blocks)) {
            let line = Self.dateKey(date.source).flatMap { parsed.line(ofKey: $0) }
            warnings.append(.warning(source, line: line, mismatch))
        }
        if blocks.isEmpty {
            warnings.append(.warning(source, "no text found in the body"))
        }

        let layout = RecapLayout(path: source)
        return Recap(
            source: source, key: RecapKey.key(frontMatter: frontMatter, layout: layout), title: title,
            language: language.language, languageSource: language.source, date: dates.date,
            frontMatter: frontMatter, blocks: blocks, imageSources: imageSources, warnings: warnings,
            site: Self.site(frontMatter: frontMatter, layout: layout, path: source))
    }

    static func site(frontMatter: FrontMatter, layout: RecapLayout, path: String) -> RecapSite {
        let segments = path.split(separator: "/").map(String.init)
        var status = RecapSite.Status.published
        if layout.isListPage {
            status = .listPage
        } else if Self.isTrue(frontMatter.string("draft")) || frontMatter.string("published")?.lowercased() == "false"
                    || segments.dropLast().contains("_drafts") {
            status = .draft
        }
        let base: String
        if layout.isBundle {
            base = "bundle:" + layout.slug
        } else {
            let folders = segments.dropLast().filter { RecapLayout.folderLanguage($0) == nil }
            base = "file:" + (folders + [layout.slug]).joined(separator: "/")
        }
        return RecapSite(
            status: status, url: frontMatter.string("url") ?? frontMatter.string("permalink"), section: layout.section,
            translationKey: frontMatter.string("translationkey"), translationBase: base)
    }

    private static func isTrue(_ value: String?) -> Bool {
        guard let value = value?.lowercased() else { return false }
        return value == "true" || value == "yes" || value == "1"
    }

    /// Without a front matter title, the first top-level heading names the post
    /// (the plain-text reader makes the first short line one).
    private func firstTitleHeading(_ blocks: [TextBlock]) -> String? {
        blocks.first { $0.kind == .heading(level: 1) }?.text
    }

    private static func dateKey(_ source: RecapDate.Source) -> String? {
        switch source {
        case .date: return "date"
        case .publishDate: return "publishdate"
        case .lastmod: return "lastmod"
        case .fileName, .feed: return nil
        }
    }

    static func sampleText(title: String?, blocks: [TextBlock]) -> String {
        var text = title ?? ""
        for block in blocks {
            text += "\n"
            text += block.text
            if text.utf8.count > sampleCharacterBudget { break }
        }
        return text
    }

    /// The years a post names are in its first pages; a 50 MB archive need not be scanned whole.
    static let yearScanBudget = 200_000

    static func yearScanText(_ blocks: [TextBlock]) -> String {
        var text = ""
        for block in blocks {
            if text.utf8.count > yearScanBudget { break }
            text += block.text
            text += "\n"
        }
        return text
    }

    // MARK: - Feeds

    private func readFeed(_ text: String, kind: FeedReader.Kind, source: String) -> FileResult {
        switch FeedReader().read(text, kind: kind) {
        case .broken(let line, let message):
            return FileResult(failure: .error(source, line: line, Self.oneLine(message)))
        case .feed(let feed):
            guard !feed.items.isEmpty else {
                return FileResult(warnings: [.warning(source, "feed has no items")])
            }
            return FileResult(recaps: feed.items.map { recap(from: $0, source: source) })
        }
    }

    private func recap(from item: FeedReader.Item, source: String) -> Recap {
        let itemSource = "\(source)#\(item.number)"
        let content = HTMLBlockReader().read(html: item.html)
        let blocks = content.blocks
        let title = item.title ?? firstTitleHeading(blocks)
        // Diagnostics point at the item's line in the feed file, where an editor can jump.
        func warning(_ message: String) -> Diagnostic {
            .warning(source, line: item.line, "item \(item.number): \(message)")
        }
        var warnings = content.problems.map(warning)

        var fields: [String: FrontMatterValue] = [:]
        if let title { fields["title"] = .string(title) }
        if let link = item.link { fields["url"] = .string(link) }
        if let guid = item.guid { fields["guid"] = .string(guid) }
        if let language = item.declaredLanguage { fields["lang"] = .string(language) }

        var date: RecapDate?
        if let raw = item.rawDate {
            if let day = FeedDate.day(from: raw) {
                date = RecapDate(day: day, source: .feed)
                fields["date"] = .string(day.description)
            } else {
                warnings.append(warning("unreadable date '\(raw.trimmingWhitespace())'; ignored"))
            }
        }
        if date == nil { warnings.append(warning("no date: the item has no readable publication date")) }
        if let date, let mismatch = RecapDateResolver.yearMismatch(date: date, title: title, text: Self.yearScanText(blocks)) {
            warnings.append(warning(mismatch))
        }

        // A language the feed declares counts as the author's word, like front matter.
        let frontMatter = FrontMatter(format: nil, fields: fields, bodyStartLine: item.line)
        let language = LanguageResolver().resolve(
            frontMatter: frontMatter, path: item.link ?? "", text: Self.sampleText(title: title, blocks: blocks))
        if let message = language.warning { warnings.append(warning(message)) }
        if blocks.isEmpty { warnings.append(warning("no text found in the item")) }
        if item.summaryOnly, !blocks.isEmpty {
            warnings.append(warning("only a summary in the feed (no full content): talks may be missing; publish full content or read the site's files"))
        }

        let fallback = RecapKey.fileKey(source) + "-\(item.number)"
        return Recap(
            source: itemSource, key: RecapKey.feedItemKey(link: item.link, guid: item.guid, fallback: fallback),
            title: title, language: language.language, languageSource: language.source, date: date,
            frontMatter: frontMatter, blocks: blocks, imageSources: content.imageSources, warnings: warnings,
            site: RecapSite(url: item.link))
    }
}
