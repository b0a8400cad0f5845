import Foundation

/// `gazette archive`: every issue the ledger has sent, as a static web site any host can serve:
/// `<issue>/<edition>.html` (the email with its personal part, the unsubscribe link, replaced by a
/// link to a sign-off page), an index and an Atom feed per language, and the sign-off pages.
public struct ArchiveWriter {
    public var outbox: String
    public var templates: TemplateSet
    public var sender: SenderDetails
    /// `delivery.archive_url`: absolute links in the feeds; nil leaves them relative.
    public var baseURL: String?

    public init(outbox: String, templates: TemplateSet = .defaults, sender: SenderDetails = SenderDetails(), baseURL: String? = nil) {
        self.outbox = outbox
        self.templates = templates
        self.sender = sender
        self.baseURL = baseURL
    }

    public struct Entry: Sendable {
        public var issue: String
        public var sentAt: Date
        public var subjects: [Edition: String]
    }

    /// Writes the site into `folder` (made if needed; files of issues no longer there are left alone)
    /// and returns the issues written, newest first.
    @discardableResult
    public func write(to folder: String) throws -> [Entry] {
        let manager = FileManager.default
        var entries: [Entry] = []
        if let ledger = try DeliveryLedger.open(outbox: outbox, create: false) {
            for issue in try ledger.issues() {
                let sent = try ledger.records(issue: issue, status: .sent)
                guard let first = sent.compactMap(\.finishedAt).min() else { continue }
                let issueFolder = (outbox as NSString).appendingPathComponent(issue)
                guard let editions = try? IssueEditions.load(folder: issueFolder) else { continue }
                var subjects: [Edition: String] = [:]
                try manager.createDirectory(atPath: (folder as NSString).appendingPathComponent(issue), withIntermediateDirectories: true)
                for (edition, bodies) in editions.editions {
                    let signoff = "../\(Self.signoffLanguage(edition).rawValue)/unsubscribe.html"
                    let html = bodies.html.filled(unsubscribeURL: signoff)
                    try Self.write(html, to: (folder as NSString).appendingPathComponent(ArchiveLayout.editionPath(issue: issue, edition: edition)))
                    subjects[edition] = bodies.subject
                }
                entries.append(Entry(issue: issue, sentAt: first, subjects: subjects))
            }
        }
        entries.sort { $0.sentAt > $1.sentAt }
        for language in Language.allCases {
            let languageFolder = (folder as NSString).appendingPathComponent(language.rawValue)
            try manager.createDirectory(atPath: languageFolder, withIntermediateDirectories: true)
            try Self.write(index(entries, language), to: languageFolder + "/index.html")
            try Self.write(feed(entries, language), to: languageFolder + "/feed.xml")
            try Self.write(signoffPage(language), to: languageFolder + "/unsubscribe.html")
        }
        try Self.write(rootIndex(), to: (folder as NSString).appendingPathComponent("index.html"))
        return entries
    }

    static func signoffLanguage(_ edition: Edition) -> Language { edition == .en ? .en : .fr }

    /// The edition of a language's pages: its own if composed, else the bilingual one.
    private func edition(for language: Language, in entry: Entry) -> Edition? {
        let own: Edition = language == .fr ? .fr : .en
        return entry.subjects[own] != nil ? own : (entry.subjects[.bilingual] != nil ? .bilingual : entry.subjects.keys.first)
    }

    private func name(_ language: Language) -> String {
        sender.name(in: language) ?? templates.phrase("newsletter_name", in: language)
    }

    private func index(_ entries: [Entry], _ language: Language) -> String {
        let title = templates.phrase("archive_title", in: language, arguments: ["name": name(language)])
        var items = ""
        for entry in entries {
            guard let edition = edition(for: language, in: entry) else { continue }
            let date = Self.day(entry.sentAt)
            items += "<li><a href=\"../\(ArchiveLayout.editionPath(issue: entry.issue, edition: edition).htmlEscaped)\">\(entry.subjects[edition]!.htmlEscaped)</a> <time datetime=\"\(date)\">\(date)</time></li>\n"
        }
        let body = """
            <ul>
            \(items)</ul>
            <p><a href="feed.xml">\(templates.phrase("archive_feed", in: language).htmlEscaped)</a></p>

            """
        return page(title: title, language: language, body: body, feed: "feed.xml")
    }

    private func rootIndex() -> String {
        var body = "<ul>\n"
        for language in Language.allCases {
            let title = templates.phrase("archive_title", in: language, arguments: ["name": name(language)])
            body += "<li lang=\"\(language.rawValue)\"><a href=\"\(language.rawValue)/\">\(title.htmlEscaped)</a></li>\n"
        }
        body += "</ul>\n"
        let title = Language.allCases.map { templates.phrase("archive_title", in: $0, arguments: ["name": name($0)]) }.joined(separator: " / ")
        return page(title: title, language: .fr, body: body, feed: nil)
    }

    private func signoffPage(_ language: Language) -> String {
        var text = templates.phrase("signoff_text", in: language, arguments: ["name": name(language)]).htmlEscaped
        if let contact = sender.contact {
            text += "<br>\(templates.phrase("sender_contact", in: language).htmlEscaped) <a href=\"\((sender.contactLink ?? contact).htmlEscaped)\">\(contact.htmlEscaped)</a>"
        }
        return page(title: templates.phrase("signoff_title", in: language), language: language, body: "<p>\(text)</p>\n", feed: nil)
    }

    private func page(title: String, language: Language, body: String, feed: String?) -> String {
        let alternate = feed.map { "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"\($0)\">\n" } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title.htmlEscaped)</title>
            \(alternate)<style>body { font-family: Helvetica, Arial, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }</style>
            </head>
            <body>
            <h1>\(title.htmlEscaped)</h1>
            \(body)</body>
            </html>

            """
    }

    /// RFC 4287; ids are the edition URLs when the archive's address is known, tag-free URNs otherwise.
    private func feed(_ entries: [Entry], _ language: Language) -> String {
        let base = baseURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        let title = templates.phrase("archive_title", in: language, arguments: ["name": name(language)])
        let updated = entries.first.map { Self.timestamp($0.sentAt) } ?? "1970-01-01T00:00:00Z"
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(language.rawValue)">
            <title>\(title.htmlEscaped)</title>
            <id>\((base.map { $0 + language.rawValue + "/feed.xml" } ?? "urn:gazette:archive:\(language.rawValue)").htmlEscaped)</id>
            <updated>\(updated)</updated>
            <author><name>\(name(language).htmlEscaped)</name></author>
            <link rel="self" href="\((base.map { $0 + language.rawValue + "/" } ?? "") + "feed.xml")"/>

            """
        for entry in entries {
            guard let edition = edition(for: language, in: entry) else { continue }
            let path = ArchiveLayout.editionPath(issue: entry.issue, edition: edition)
            let link = base.map { $0 + path } ?? "../" + path
            xml += """
                <entry>
                <title>\(entry.subjects[edition]!.htmlEscaped)</title>
                <id>\((base.map { $0 + path } ?? "urn:gazette:\(entry.issue):\(edition.rawValue)").htmlEscaped)</id>
                <link rel="alternate" type="text/html" href="\(link.htmlEscaped)"/>
                <updated>\(Self.timestamp(entry.sentAt))</updated>
                </entry>

                """
        }
        return xml + "</feed>\n"
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    static func day(_ date: Date) -> String { String(timestamp(date).prefix(10)) }

    static func write(_ text: String, to path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
