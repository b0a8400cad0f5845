import Foundation

/// The values an email template sees, built once per edition and shared by the HTML and text parts.
///
/// Every value is plain text; the HTML template escapes it with `{{ }}`. The one exception is the
/// intro, which is HTML rendered here from Markdown and inserted with `{{{introHTML}}}`.
struct EmailContext {
    let issue: IssueContent
    let edition: Edition
    let templates: TemplateSet
    let resolver: LinkResolver
    static let textWidth = 72

    private(set) var warnings: [String] = []
    /// URL → reference number in the text part, numbered in reading order across the whole edition.
    private var references: [String: Int] = [:]
    private var referenceOrder: [String] = []

    init(issue: IssueContent, edition: Edition, templates: TemplateSet) {
        self.issue = issue
        self.edition = edition
        self.templates = templates
        resolver = LinkResolver(siteURL: issue.siteURL)
    }

    var languages: [Language] {
        let languages = edition.languages(bilingualOrder: issue.bilingualOrder)
        return languages.isEmpty ? [.fr, .en] : languages
    }

    mutating func build() -> [String: Any] {
        let languages = self.languages
        let title = TextShaping.folded(languages.map { self.title(in: $0) }.joined(separator: " / "))
        let preheader = languages.map { language in
            let strings = templates.strings(for: language)
            let talkCount = issue.events.reduce(0) { $0 + $1.talks.count }
            return strings["preheader", arguments: ["talks": strings.count(talkCount, "talks"),
                                                   "events": strings.count(issue.events.count, "events")]]
        }.joined(separator: " / ")
        let sections = languages.enumerated().map { offset, language in section(language, separated: offset > 0) }
        let linksHeading = languages.map { templates.strings(for: $0)["links_heading"] }.joined(separator: " / ")
        var values: [String: Any] = [
            "lang": languages[0].rawValue,
            "title": title,
            "titleUnderline": TextShaping.underline(title, with: "="),
            "preheader": TextShaping.folded(preheader),
            "unsubscribeURL": issue.unsubscribeURL,
            "sections": sections,
            "hasReferences": !referenceOrder.isEmpty,
            "references": referenceOrder.map { ["ref": String(references[$0]!), "url": $0] },
            "linksHeading": linksHeading,
            "linksUnderline": TextShaping.underline(linksHeading, with: "-"),
        ]
        if let url = ArchiveLayout.editionURL(base: issue.archiveURL, issue: issue.id, edition: edition) {
            values["browserLink"] = [
                "url": url,
                "label": languages.map { templates.strings(for: $0)["view_in_browser"] }.joined(separator: " / "),
            ]
        }
        return values
    }

    private func title(in language: Language) -> String {
        let strings = templates.strings(for: language)
        return strings["issue_title", arguments: ["name": strings["newsletter_name"], "period": strings.period(issue.id)]]
    }

    private mutating func section(_ language: Language, separated: Bool) -> [String: Any] {
        let strings = templates.strings(for: language)
        let title = TextShaping.folded(title(in: language))
        var section: [String: Any] = [
            "lang": language.rawValue,
            "separated": separated,
            "title": title,
            "titleUnderline": TextShaping.underline(title, with: "="),
            "footer": strings["footer"],
            "unsubscribe": strings["unsubscribe"],
        ]
        if !issue.sender.isEmpty {
            var sender: [String: Any] = ["label": strings["sender_label"]]
            if let name = issue.sender.name(in: language) { sender["name"] = name }
            if let line = issue.sender.postalAddressLine { sender["postalAddress"] = line }
            if let contact = issue.sender.contact {
                sender["contact"] = contact
                sender["contactLink"] = issue.sender.contactLink ?? contact
                sender["contactLabel"] = strings["sender_contact"]
            }
            section["sender"] = sender
        }
        if let markdown = issue.introMarkdown[language]?.trimmingWhitespace(), !markdown.isEmpty {
            section["introHTML"] = IntroHTML(resolver: resolver).html(fromMarkdown: markdown)
            section["introText"] = Self.absolutizingMarkdownLinks(markdown, resolver: resolver)
        }
        section["events"] = issue.events.map { event(_: $0, language: language) }
        return section
    }

    private mutating func event(_ event: IssueContent.EventSection, language: Language) -> [String: Any] {
        let strings = templates.strings(for: language)
        var parts: [String] = []
        if !event.cities.isEmpty {
            parts.append(strings.list(CityName.localized(event.cities, in: language)))
        } else if let recapTitle = event.recapTitles[language] ?? event.recapTitles[language.other] {
            parts.append(recapTitle)
        }
        if let date = event.date { parts.append(strings.date(date)) }
        let heading = TextShaping.folded(parts.joined(separator: " · "))
        var result: [String: Any] = [
            "heading": heading,
            "headingUnderline": TextShaping.underline(heading, with: "-"),
            "talks": event.talks.map { talk(_: $0, language: language) },
        ]
        // Every event leads back to its recap, in the reader's language when it was written in it.
        if let link = event.recapLink(in: language), let url = resolver.absolute(link.url) {
            result["recapURL"] = url
            result["recapLabel"] = strings[link.language == language ? "recap_link" : "recap_link_other_language"]
            if link.language != language { result["recapLang"] = link.language.rawValue }
            result["recapLine"] = strings["recap_line", arguments: ["label": result["recapLabel"] as! String, "url": url]]
        }
        return result
    }

    private mutating func talk(_ talk: ComposedTalk, language: Language) -> [String: Any] {
        let strings = templates.strings(for: language)
        let texts = TalkPresentation.texts(of: talk, in: language)
        if talk.texts[language] == nil {
            warnings.append("\(edition.rawValue): talk \(talk.id) has no \(language.rawValue) text; showing the \(language.other.rawValue) one")
        }
        let title = TalkPresentation.title(of: talk, in: language, strings: strings)
        let speakers = TextShaping.folded(strings.list(talk.speakers.map { speaker in
            speaker.affiliation.map { "\(speaker.name) (\($0))" } ?? speaker.name
        }))
        let kind = talk.kind == .talk ? nil : strings["kind_\(talk.kind.rawValue)"]
        // An untitled talk's heading already names its speakers: the byline keeps only the kind.
        let shownSpeakers = TalkPresentation.isUntitled(talk) ? "" : speakers
        let byline = ((shownSpeakers.isEmpty ? [] : [shownSpeakers]) + (kind.map { [$0] } ?? [])).joined(separator: " · ")
        var result: [String: Any] = [
            "title": title.text,
            "wrappedTitle": TextShaping.wrapped(title.text, width: Self.textWidth - 2).replacingOccurrences(of: "\n", with: "\n  "),
            "wrappedByline": TextShaping.wrapped(byline, width: Self.textWidth, indent: "  "),
            "titleForeign": title.language != language,
            "titleLang": title.language.rawValue,
            "hasByline": !byline.isEmpty,
        ]
        // swift-mustache takes an empty string as true: a missing part must be a missing key.
        if !shownSpeakers.isEmpty {
            result["speakers"] = shownSpeakers
            result["speakerParts"] = Self.speakerParts(talk, strings: strings, resolver: resolver)
        }
        if let translation = TalkPresentation.translation(of: talk, in: language, shownTitle: title.text) {
            result["translation"] = translation.text
            result["translationLang"] = translation.language.rawValue
            result["wrappedTranslation"] = TextShaping.wrapped("(\(translation.text))", width: Self.textWidth, indent: "  ")
        }
        if let kind { result["kind"] = kind }

        let summary = (texts?.summary ?? []).filter { !$0.text.trimmingWhitespace().isEmpty }
        result["hasSummary"] = !summary.isEmpty
        result["summary"] = summary.map { item -> [String: Any] in
            [
                "text": TextShaping.folded(item.text),
                "foreign": item.language != language,
                "code": item.language.rawValue,
                "machine": item.origin == .translated,
                "machineLabel": strings["machine_translated"],
            ]
        }
        let summaryText = summary.map { item in
            TextShaping.folded(item.text) + (item.origin == .translated ? " (\(strings["machine_translated"]))" : "")
        }.joined(separator: " ")
        result["wrappedSummary"] = TextShaping.wrapped(summaryText, width: Self.textWidth, indent: "  ")
        if let note = texts?.note.map(TextShaping.folded), !note.isEmpty { result["note"] = note }

        var links: [[String: Any]] = []
        for link in talk.links {
            guard let url = resolver.absolute(link.url) else {
                warnings.append("\(edition.rawValue): talk \(talk.id): left out link \(link.url) (not an absolute http(s) link)")
                continue
            }
            links.append(["url": url, "label": strings["link_\(link.kind.rawValue)"], "ref": String(reference(for: url))])
        }
        result["hasLinks"] = !links.isEmpty
        result["links"] = links
        return result
    }

    /// The byline's speakers for the HTML part, each affiliation linked to its site when the recap gave it.
    static func speakerParts(_ talk: ComposedTalk, strings: StringTable, resolver: LinkResolver) -> [[String: Any]] {
        var sites: [String: String] = [:]
        for (affiliation, url) in talk.affiliationLinks { sites[Slug.make(affiliation)] = url }
        let count = talk.speakers.count
        return talk.speakers.enumerated().map { index, speaker in
            var part: [String: Any] = ["name": TextShaping.folded(speaker.name)]
            if let affiliation = speaker.affiliation {
                part["affiliation"] = TextShaping.folded(affiliation)
                if let url = sites[Slug.make(affiliation)].flatMap(resolver.absolute) { part["affiliationURL"] = url }
            }
            let separator = index == count - 1 ? "" : index == count - 2 ? strings["last_separator"] : strings["list_separator"]
            if !separator.isEmpty { part["separator"] = separator }
            return part
        }
    }

    /// The text part shows the intro's Markdown as written, which reads well, but its `](relative)`
    /// links would lead nowhere from a mailbox.
    static func absolutizingMarkdownLinks(_ markdown: String, resolver: LinkResolver) -> String {
        var result = ""
        var rest = markdown[...]
        while let open = rest.range(of: "](") {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(where: { $0 == ")" || $0 == " " || $0 == "\n" }) else { break }
            let destination = String(rest[..<close])
            result += resolver.absolute(destination) ?? destination
            rest = rest[close...]
        }
        return result + rest
    }

    private mutating func reference(for url: String) -> Int {
        if let number = references[url] { return number }
        referenceOrder.append(url)
        references[url] = referenceOrder.count
        return referenceOrder.count
    }
}

/// Which of a talk's texts each output shows, shared by emails and social posts.
enum TalkPresentation {
    static func texts(of talk: ComposedTalk, in language: Language) -> TalkTexts? {
        talk.texts[language] ?? talk.texts[language.other]
    }

    /// The title in this language, else in the other, else "Untitled"; folded to one line.
    static func title(of talk: ComposedTalk, in language: Language, strings: StringTable) -> LocalizedText {
        for candidate in [talk.texts[language]?.title, talk.texts[language.other]?.title] {
            if let candidate, !candidate.text.trimmingWhitespace().isEmpty {
                return LocalizedText(text: TextShaping.folded(candidate.text), language: candidate.language, origin: candidate.origin)
            }
        }
        // A talk the recap gives no title is headed by who gave it.
        let speakers = strings.list(talk.speakers.map { speaker in
            speaker.affiliation.map { "\(speaker.name) (\($0))" } ?? speaker.name
        })
        return LocalizedText(text: TextShaping.folded(speakers), language: language, origin: .built)
    }

    /// Whether no language has a title for the talk, so its heading is its speakers.
    static func isUntitled(_ talk: ComposedTalk) -> Bool {
        talk.texts.values.allSatisfy { ($0.title?.text.trimmingWhitespace() ?? "").isEmpty }
    }

    /// The other language's title, when it says something the shown one does not.
    static func translation(of talk: ComposedTalk, in language: Language, shownTitle: String) -> LocalizedText? {
        guard let other = talk.texts[language.other]?.title else { return nil }
        let text = TextShaping.folded(other.text)
        guard !text.isEmpty, text.lowercased() != shownTitle.lowercased() else { return nil }
        return LocalizedText(text: text, language: other.language, origin: other.origin)
    }
}
