/// A programme written as labelled fields, a record a talk: "**Speaker:** Jane Roe", "**Title:** …",
/// "**Company:** Acme", one field a line. Markdown joins lines without a blank line between them into one
/// paragraph, so a record may come as one paragraph of several fields or as one paragraph a field.
enum LabelRecord {
    enum Field: Hashable { case speaker, title, affiliation, other }

    struct Entry {
        var field: Field
        /// The field's value: the tokens after its label's colon, up to the next label.
        var value: Range<Int>
    }

    /// The fields of a paragraph that opens with a label, in order; nil when it does not open with one.
    static func entries(in paragraph: Paragraph) -> [Entry]? {
        let tokens = paragraph.tokens
        var start = paragraph.lineStart
        // "Talk 1", "🎤 Talk n°2" on the line before the fields: the record's heading, in the same paragraph.
        if label(at: start, in: tokens) == nil,
           let first = (start..<min(tokens.count, start + 7)).first(where: { label(at: $0, in: tokens) != nil }),
           (start..<first).contains(where: { paragraph.talkNoun(at: $0) != nil }),
           !(start..<first).contains(where: { tokens[$0].is(".") || tokens[$0].isLowercaseWord && tokens[$0].text.count > 2 }) {
            start = first
        }
        guard var open = label(at: start, in: tokens), open.field != .other else { return nil }
        var entries: [Entry] = []
        var index = open.valueStart
        while index < tokens.count {
            // A later field starts a line, so its label is capitalized: "… Acme Title: …", not "the talk: …".
            if tokens[index].isCapitalized, let next = label(at: index, in: tokens) {
                entries.append(Entry(field: open.field, value: open.valueStart..<index))
                open = next
                index = next.valueStart
                continue
            }
            index += 1
        }
        entries.append(Entry(field: open.field, value: open.valueStart..<tokens.count))
        // "Topic: the evening was about …": a title field that goes on in lowercase is a sentence of prose.
        let prose = entries.contains { $0.field == .title && !$0.value.isEmpty && tokens[$0.value.lowerBound].isLowercaseWord }
        return prose ? nil : entries
    }

    /// "Slides: …", « Vidéo : … »: fields of a record that name no talk, speaker or organization. They end the
    /// field before them ("Title: … Slides: https://…").
    static let linkLabels: Set<String> = [
        "slides", "slide", "vidéo", "video", "vidéos", "videos", "replay", "lien", "liens", "link", "links", "recording",
        "enregistrement", "support", "supports", "repo", "code",
    ]

    /// The first link label at or after `start` ("… (Acme) Vidéo : https://…"), where a programme line ends.
    static func linkLabel(in tokens: [Token], from start: Int) -> Int? {
        (start..<max(start, tokens.count - 1)).first { index in
            tokens[index].classes.contains(.linkLabels) && tokens[index].isCapitalized && tokens[index + 1].is(":")
        }
    }

    private static let anyLabel: WordClasses = [.speakerLabels, .titleLabels, .affiliationLabels, .linkLabels]

    static func isLabel(at index: Int, in tokens: [Token]) -> Bool { label(at: index, in: tokens) != nil }

    /// "Speaker:", "Intervenant(e) :", "Titre :", "Company:": a label word and its colon.
    private static func label(at index: Int, in tokens: [Token]) -> (field: Field, valueStart: Int)? {
        // The lexicon's class bits first: this is asked at every word of every name.
        guard index + 1 < tokens.count, !tokens[index].classes.isDisjoint(with: anyLabel), tokens[index].isWord else { return nil }
        let classes = tokens[index].classes
        let field: Field
        if classes.contains(.speakerLabels) {
            field = .speaker
        } else if classes.contains(.titleLabels) {
            field = .title
        } else if classes.contains(.affiliationLabels) {
            field = .affiliation
        } else {
            field = .other
        }
        var colon = index + 1
        if colon + 2 < tokens.count, tokens[colon].is("("), tokens[colon + 2].is(")") { colon += 3 }
        guard colon < tokens.count, tokens[colon].is(":") else { return nil }
        return (field, colon + 1)
    }
}

/// The record being read: what its fields said so far.
struct LabelRecordState {
    var talk: Int?
    var title: String?
    var affiliation: String?
    var fields: Set<LabelRecord.Field> = []
}

extension ExtractionState {
    /// Whether a lone "Speaker: X" line belongs to a talk the document already opened (a heading's title, a
    /// talk without speakers), which the section rules read.
    var speakerLineHasAHome: Bool {
        sectionTalk != nil || sections.contains { $0.title != nil && $0.talk == nil }
            || current.map { talks[$0].speakers.isEmpty } == true
    }

    /// Reads a paragraph of labelled fields into the record being read; a field met twice starts the next record.
    mutating func readRecord(_ entries: [LabelRecord.Entry], _ paragraph: Paragraph) {
        for entry in entries where !entry.value.isEmpty {
            if record == nil || record!.fields.contains(entry.field) { record = LabelRecordState() }
            record!.fields.insert(entry.field)
            switch entry.field {
            case .speaker:
                guard var people = SpeakerList(paragraph: paragraph).people(in: entry.value, singleNames: true, tail: .annotation)
                else { continue }
                if let affiliation = record!.affiliation {
                    for index in people.indices where people[index].affiliation == nil { people[index].affiliation = affiliation }
                }
                let talk: Int
                if record!.title == nil, !entries.contains(where: { $0.field == .title }),
                   let slot = sections.lastIndex(where: { $0.title != nil && $0.talk == nil }) {
                    // "### Title" then a record of its speaker and company.
                    talk = addStructured(title: sections[slot].title, people: people, links: paragraph.links(in: paragraph.whole),
                                         evidence: sections[slot].pendingEvidence, claim: false)
                    sections[slot].talk = talk
                    sections[slot].pendingEvidence = []
                } else {
                    talk = addStructured(title: record!.title, people: people, links: paragraph.links(in: paragraph.whole), claim: false)
                }
                record!.talk = talk
                current = talk
            case .title:
                guard let title = Self.titleText(paragraph, entry.value) else { continue }
                if let talk = record!.talk {
                    if talks[talk].title == nil { setTitle(title, of: talk) }
                } else {
                    record!.title = title
                }
            case .other:
                continue
            case .affiliation:
                guard let organization = Self.organizationText(paragraph, entry.value) else { continue }
                if let talk = record!.talk {
                    for slot in talks[talk].speakers.indices where talks[talk].speakers[slot].affiliation == nil {
                        talks[talk].speakers[slot].affiliation = organization
                    }
                } else {
                    record!.affiliation = organization
                }
            }
        }
    }

    private mutating func setTitle(_ title: String, of talk: Int) {
        if let split = ProgrammeLine.splitTranslation(title) {
            talks[talk].title = split.title
            talks[talk].titleTranslation = split.translation
        } else {
            talks[talk].title = title
        }
    }

    /// A quoted value is its quotation, without a note after it: "“Micro-frontends” (talk in English)".
    private static func titleText(_ paragraph: Paragraph, _ range: Range<Int>) -> String? {
        let start = paragraph.tokens[range.lowerBound].range.lowerBound
        let end = paragraph.tokens[range.upperBound - 1].range.upperBound
        if let quote = paragraph.quotes.first(where: { $0.closed && $0.open == start && $0.close < end }),
           let title = paragraph.cleanTitle(quote.content, quoted: true, announced: true) {
            return title
        }
        return ProgrammeLine.titleText(paragraph, range)
    }

    /// "Acme Labs", not "—" or "n/a": a value with at least one word, without its closing punctuation.
    static func organizationText(_ paragraph: Paragraph, _ range: Range<Int>) -> String? {
        let tokens = paragraph.tokens
        guard !range.isEmpty else { return nil }
        var upper = range.upperBound
        while upper > range.lowerBound, tokens[upper - 1].kind == .punctuation, !tokens[upper - 1].is(")") { upper -= 1 }
        guard upper > range.lowerBound, tokens[range.lowerBound..<upper].contains(where: \.isWord),
              !["n/a", "none", "aucune", "aucun", "independent", "indépendant", "indépendante"].contains(tokens[range.lowerBound].lower)
        else { return nil }
        return paragraph.parser.text(range.lowerBound, upper)
    }
}
