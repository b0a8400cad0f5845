/// A part of the recap opened by a heading, or by a line set wholly in emphasis, up to the next heading
/// of the same or a higher level.
struct Section {
    var level: Int
    /// The heading's text when it may be a talk's title (no speaker named in it).
    var title: String?
    /// The talk the heading announced with its speakers: the prose under it is that talk's evidence.
    var talk: Int?
    /// Talks that prose under a title-only heading introduced: one takes the heading as its title.
    var claimed: [Int] = []
    /// Sentences read before the section's talk was known (a description above its "Speaker:" line).
    var pendingEvidence: [String] = []
    var pendingLinks: [TalkLink] = []
    /// The heading names a panel (« La table ronde : … »): a list under it holds its panelists.
    var isPanel = false
    /// The heading was read as nothing but a person's name: its text, should a label under it name others.
    var nameHeading: String?
    /// A block was read under the heading.
    var hasContent = false
}

/// Level given to a paragraph set wholly in emphasis that acts as a heading: below every real heading.
private let emphasizedLineLevel = 7

extension ExtractionState {
    /// The talk whose heading the reading is under, innermost first.
    var sectionTalk: Int? { sections.last(where: { $0.talk != nil })?.talk }

    mutating func closeSections(deeperThanOrAt level: Int) {
        while let last = sections.last, last.level >= level {
            sections.removeLast()
            finishClaims(of: last)
        }
    }

    /// A title-only section that introduced exactly one talk names it; with several, the heading was a
    /// section of the recap ("Talks", "Programme"), not a title.
    private mutating func finishClaims(of section: Section) {
        guard let title = section.title, section.claimed.count > 1 else { return }
        for index in section.claimed where talks[index].title == title { talks[index].title = nil }
    }

    mutating func claimSectionTitle(for index: Int) {
        guard let slot = sections.lastIndex(where: { $0.title != nil && $0.talk == nil }) else { return }
        sections[slot].claimed.append(index)
        if sections[slot].claimed.count == 1 {
            if talks[index].title == nil { talks[index].title = sections[slot].title }
            for sentence in sections[slot].pendingEvidence.reversed() where !talks[index].evidence.contains(sentence) {
                talks[index].evidence.prepend(sentence)
            }
            talks[index].links += sections[slot].pendingLinks
            sections[slot].pendingEvidence = []
            sections[slot].pendingLinks = []
        } else if sections[slot].claimed.count == 2, let first = sections[slot].claimed.first,
                  talks[first].title == sections[slot].title {
            talks[first].title = nil
        }
    }

    mutating func pendEvidence(_ sentence: String, links: [TalkLink]) {
        guard let slot = sections.lastIndex(where: { $0.title != nil && $0.talk == nil }),
              sections[slot].pendingEvidence.count < TalkDraft.evidenceLimit else { return }
        sections[slot].pendingEvidence.append(sentence)
        sections[slot].pendingLinks += links
    }

    // MARK: Headings

    mutating func readHeading(_ block: TextBlock, level: Int) {
        let paragraph = Paragraph(block)
        listThanks = paragraph.thanksWithoutTalks
        listComing = false
        let cities = paragraph.sentences.flatMap { paragraph.cities(in: $0) }
        // The post's own title, written again as its first heading, is no talk's and opens no talk's section.
        let isPostTitle = (level == 1 && talks.isEmpty && sections.isEmpty && !sawBody)
            || recap.title.map { Slug.make($0) == Slug.make(block.text) } == true
        if isPostTitle {
            sections.append(Section(level: level, title: nil, talk: nil))
            return
        }
        if let line = ProgrammeLine.read(paragraph, commas: true) {
            let talk = addStructured(title: line.title, people: line.people, links: paragraph.links(in: paragraph.whole))
            talks[talk].kind = line.kind
            var section = Section(level: level, title: nil, talk: talk)
            // "### Talk 3 : Chaos Engineering Under Regulation": a label, then what may be a name or a title in capitals.
            // ("Talk 3" alone is the line's title then, and no title once its label is stripped.)
            if line.people.count == 1, TitleKindLabel.stripped(line.title) == nil {
                section.nameHeading = TitleKindLabel.stripped(block.text)
            }
            sections.append(section)
            return
        }
        // "In Toronto", "Montréal": a heading naming one city places what follows.
        if cities.count == 1, paragraph.tokens.filter(\.isWord).count <= 4 {
            cityContext = cities[0]
            sections.append(Section(level: level, title: nil, talk: nil))
            return
        }
        // "## Au programme", "## Talks", "## The line-up": a heading over the programme names no talk.
        // « Le mot des organisateurs » heads the hosts' part, no talk either.
        let title = Self.isProgrammeHeading(paragraph) || Self.isDateHeading(paragraph)
            || ProgrammeLine.isHostingSlot(paragraph, 0..<paragraph.tokens.count)
            ? nil : ProgrammeLine.titleText(paragraph, 0..<paragraph.tokens.count)
        var section = Section(level: level, title: title, talk: nil, isPanel: paragraph.kind(of: paragraph.whole) == .panel)
        // "## [Porting a parser to Rust](…/slides.pdf)": a title's own link goes with its talk.
        if title != nil { section.pendingLinks = paragraph.links(in: paragraph.whole) }
        sections.append(section)
    }

    /// A heading whose words only say "programme": every word a programme noun or a function word around one.
    static func isProgrammeHeading(_ paragraph: Paragraph) -> Bool {
        let words = paragraph.tokens.filter(\.isWord)
        guard words.contains(where: { programmeNouns.contains($0.lower) }) else { return false }
        return words.allSatisfy { programmeNouns.contains($0.lower) || programmeHeadingFillers.contains($0.lower) }
    }

    /// "## March, Mainz", "## June 2024", « ## Jeudi 12 mars »: a heading that dates what follows.
    static func isDateHeading(_ paragraph: Paragraph) -> Bool {
        let tokens = paragraph.tokens
        guard let first = tokens.firstIndex(where: \.isWord), dateWords.contains(tokens[first].lower) else { return false }
        let words = tokens.filter(\.isWord).count
        return words <= 3 || (first + 1 < tokens.count && (tokens[first + 1].is(",") || tokens[first + 1].first.properties.numericType != nil))
    }

    static let dateWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi",
        "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]

    private static let programmeNouns: Set<String> = [
        "programme", "program", "agenda", "schedule", "talks", "présentations", "conférences", "sessions", "line-up",
        "lineup", "speakers", "conférenciers", "conférencières", "intervenants", "intervenantes", "menu", "talk",
    ]
    private static let programmeHeadingFillers: Set<String> = [
        "au", "le", "la", "les", "the", "on", "our", "nos", "du", "de", "of", "tonight", "tonight’s", "ce", "soir",
        "and", "et", "&", "what’s", "what's", "en", "bref", "des", "today’s", "this", "evening", "evening’s", "soirée",
    ]

    mutating func openSpeakerSection(_ people: [PersonMention], heading: String?, level: Int) {
        let talk = addStructured(title: nil, people: people, links: [], claim: false)
        var section = Section(level: level, title: nil, talk: talk)
        section.nameHeading = heading
        sections.append(section)
    }

    /// "### Chaos Engineering Under Regulation" over « Orateur : Tariq El-Amrani »: a title in capitals has a
    /// name's shape, and the speaker label under it names someone else. The heading was the talk's title.
    private mutating func headingWasTitle(of talk: Int, labelNaming people: [PersonMention]) -> Bool {
        guard let heading = sections.last?.nameHeading, sections.last?.talk == talk,
              talks[talk].title.flatMap(TitleKindLabel.stripped) == nil,
              talks[talk].speakers.count == 1, let headingName = talks[talk].speakers.first?.name,
              !people.isEmpty, !people.contains(where: { NameMatch.sameInRecap($0.name, headingName) }) else { return false }
        talks[talk].speakers = people.map { Speaker(name: $0.name, affiliation: $0.affiliation) }
        talks[talk].title = heading
        sections[sections.count - 1].nameHeading = nil
        return true
    }

    /// Lines that the document's structure explains: a label naming the speakers of the section's talk,
    /// a programme line, a line in emphasis acting as a heading. Returns whether the block was read.
    mutating func readStructure(_ block: TextBlock, _ paragraph: Paragraph, firstUnderHeading: Bool = false) -> Bool {
        // "Speakers:" and then a list: each item that is only people is a talk of its own (lightning talks).
        if expectingSpeakerItems {
            if block.kind == .listItem,
               let people = SpeakerList(paragraph: paragraph).people(in: 0..<paragraph.tokens.count, singleNames: true, tail: .annotation) {
                current = addStructured(title: nil, people: people, links: paragraph.links(in: paragraph.whole), claim: false, merge: false)
                return true
            }
            expectingSpeakerItems = false
        }
        if let panel = expectingPanel {
            if block.kind == .listItem,
               let people = SpeakerList(paragraph: paragraph).people(in: paragraph.lineStart..<paragraph.tokens.count, singleNames: false,
                                                                     tail: .annotation) {
                if let talk = panel.talk {
                    mergeSpeakers(people, into: talk)
                } else {
                    let talk = addStructured(title: panel.title, people: people, links: [], claim: false, merge: false)
                    talks[talk].kind = panel.kind
                    expectingPanel?.talk = talk
                    if let slot = sections.indices.last, sections[slot].isPanel, sections[slot].talk == nil { sections[slot].talk = talk }
                }
                current = expectingPanel?.talk
                return true
            }
            expectingPanel = nil
        }
        if let panel = panelOpening(block, paragraph) {
            expectingPanel = panel
            return true
        }
        if LabelLine.isBare(paragraph) {
            expectingSpeakerItems = true
            return true
        }
        // "Lightning talk: “Title” — Jane Roe": a kind's label, then a whole programme line, not a record's field.
        if block.kind == .listItem || block.isWhollyEmphasized || paragraph.sentences.count == 1,
           let line = ProgrammeLine.readAfterKindLabel(paragraph, commas: block.kind == .listItem || block.isWhollyEmphasized) {
            addProgrammeLine(line, block, paragraph)
            return true
        }
        if let entries = LabelRecord.entries(in: paragraph) {
            if entries.count > 1 || entries[0].field != .speaker || record != nil || !speakerLineHasAHome {
                readRecord(entries, paragraph)
                return true
            }
        } else {
            record = nil
        }
        if let people = LabelLine.people(in: paragraph) {
            // The sentences after the label's line describe the talk.
            let prose = paragraph.sentences.dropFirst().map { paragraph.text(of: $0) }
            if let talk = sectionTalk, sections.last?.talk == talk || sections.last?.title == nil {
                if !headingWasTitle(of: talk, labelNaming: people) { mergeSpeakers(people, into: talk) }
                for sentence in prose { talks[talk].addEvidence(sentence) }
                return true
            }
            if let slot = sections.lastIndex(where: { $0.title != nil && $0.talk == nil }) {
                let section = sections[slot]
                for claimed in section.claimed
                where !talks[claimed].speakers.contains(where: { speaker in people.contains { NameMatch.sameInRecap($0.name, speaker.name) } }) {
                    talks[claimed].discarded = true
                }
                let talk = addStructured(title: section.title, people: people, links: section.pendingLinks + paragraph.links(in: paragraph.whole),
                                         evidence: section.pendingEvidence + prose, claim: false)
                sections[slot].talk = talk
                sections[slot].pendingEvidence = []
                sections[slot].pendingLinks = []
                return true
            }
            if let current, talks[current].speakers.isEmpty {
                mergeSpeakers(people, into: current)
                return true
            }
        }
        // "### Talk 2: Building a Design System" over "*Rafael Gutiérrez Muñoz, Rappiventas*": the first line under a
        // title-only heading, when it is nothing but full names (and their organization), is the talk's byline.
        if firstUnderHeading, block.kind == .paragraph, !listThanks, let slot = sections.indices.last,
           let title = sections[slot].title, sections[slot].talk == nil, sections[slot].claimed.isEmpty,
           let (people, prose) = bylinePeople(paragraph) {
            let talk = addStructured(title: title, people: people, links: sections[slot].pendingLinks + paragraph.links(in: paragraph.whole),
                                     evidence: sections[slot].pendingEvidence + prose, claim: false)
            sections[slot].talk = talk
            sections[slot].pendingEvidence = []
            sections[slot].pendingLinks = []
            return true
        }
        if block.kind == .paragraph, readEmphasizedLead(block, paragraph) { return true }
        // A short paragraph may be a programme line too ("Title – Jane Roe"), but not a sentence of prose
        // under a talk's heading ("La conférence portait sur … présentée par X, avec …").
        // A link on the line's end ("… — Jane Roe Vidéo : https://…") is not part of the line's sentence.
        let lineEnd = LabelRecord.linkLabel(in: paragraph.tokens, from: 2) ?? paragraph.tokens.count
        let isLine = block.kind == .listItem || block.isWhollyEmphasized
            || (block.kind == .paragraph && paragraph.sentences.filter { $0.tokens.lowerBound < lineEnd }.count == 1
                && lineEnd <= 40 && sectionTalk == nil && lineEnd > 0
                && (!paragraph.tokens[lineEnd - 1].is(".") || Self.quotedTitleThenDashedAgent(paragraph.tokens, before: lineEnd)))
        guard isLine else { return false }
        if let line = ProgrammeLine.read(paragraph, commas: block.kind == .listItem || block.isWhollyEmphasized) {
            addProgrammeLine(line, block, paragraph)
            return true
        }
        // "*(Version française : …)*": a line in parentheses is an aside, not a heading.
        if block.isWhollyEmphasized, block.kind == .paragraph, paragraph.tokens.count <= 16,
           !paragraph.tokens.contains(where: { $0.is(".") }), paragraph.tokens.first?.is("(") != true {
            closeSections(deeperThanOrAt: emphasizedLineLevel)
            sections.append(Section(level: emphasizedLineLevel, title: ProgrammeLine.titleText(paragraph, 0..<paragraph.tokens.count), talk: nil))
            return true
        }
        return false
    }

    /// A short line of full names, each maybe with an organization ("Jane Roe, Acme", "Jane Roe (Acme) and
    /// Li Wei"), and nothing else; or such a line as the paragraph's first sentence, the talk's description
    /// following it ("Jane Roe, data analyst at Acme. Jane showed how…"), which is returned as prose.
    private func bylinePeople(_ paragraph: Paragraph) -> (people: [PersonMention], prose: [String])? {
        guard let first = paragraph.sentences.first else { return nil }
        var names = 0..<paragraph.tokens.count
        if paragraph.sentences.count > 1 {
            // Only a full stop ends a byline: "Faith, one of our newest members, gave her first talk!" is prose.
            let end = first.tokens.upperBound
            guard end >= 3, paragraph.tokens[end - 1].is(".") else { return nil }
            names = first.tokens.lowerBound..<(end - 1)
        }
        guard names.count <= 24,
              let people = SpeakerList(paragraph: paragraph).people(in: names, singleNames: false, tail: .annotation,
                                                                    lastAfterCommaIsOrganization: true),
              people.allSatisfy({ $0.name.contains(" ") }) else { return nil }
        return (people, paragraph.sentences.dropFirst().map { paragraph.text(of: $0) })
    }

    /// "“Range-over-func iterators” — by Jane Roe, engineer at Qonto.": a quoted title, a dash, its agent. The
    /// full stop does not make it prose.
    static func quotedTitleThenDashedAgent(_ tokens: [Token], before end: Int) -> Bool {
        guard let first = tokens.first, first.kind == .punctuation, openingQuoteMarks.contains(first.first) else { return false }
        return (2..<max(2, min(end, 30) - 1)).contains { index in
            ["–", "—", "-"].contains(tokens[index].text) && ["by", "par"].contains(tokens[index + 1].lower)
                && tokens[index - 1].kind == .punctuation && closingQuoteMarks.contains(tokens[index - 1].first)
        }
    }

    private static let openingQuoteMarks: Set<Unicode.Scalar> = ["\"", "“", "«", "‘", "'", "„"]
    private static let closingQuoteMarks: Set<Unicode.Scalar> = ["\"", "”", "»", "’", "'", "“"]

    /// A line over a list of one talk's people: "Place à la table ronde « … », animée par X, avec :", "Our
    /// panelists:", « on a invité quatre personnes : » under a panel's heading, or an agenda's item "Panel: Title"
    /// over its own sub-list. Nil when the block opens no such list.
    private mutating func panelOpening(_ block: TextBlock, _ paragraph: Paragraph) -> (title: String?, kind: TalkKind, talk: Int?)? {
        let tokens = paragraph.tokens
        guard let last = tokens.last, tokens.count >= 2 else { return nil }
        var quotedTitle: String? {
            paragraph.quotes.first(where: \.closed).flatMap { paragraph.cleanTitle($0.content, quoted: true, announced: true) }
        }
        if block.kind == .listItem {
            // "Panel: Running Go at Scale", its panelists in the items under it.
            guard !last.is("."), tokens.count <= 20, tokens.contains(where: { $0.classes.contains(.talkNounStarts) }),
                  paragraph.kind(of: paragraph.whole) == .panel, ProgrammeLine.read(paragraph, commas: true) == nil,
                  let title = ProgrammeLine.titleText(paragraph, ProgrammeLine.afterTime(from: paragraph.lineStart, in: tokens)..<tokens.count)
            else { return nil }
            return (title: quotedTitle ?? TitleKindLabel.stripped(title), kind: .panel, talk: nil)
        }
        guard last.is(":") else { return nil }
        let namesTalk = tokens.indices.contains { !paragraph.isQuoted($0) && paragraph.talkNoun(at: $0) != nil }
        if namesTalk {
            let kind = paragraph.kind(of: paragraph.whole)
            if ["avec", "with", "featuring"].contains(tokens[tokens.count - 2].lower) || kind == .panel {
                return (title: quotedTitle, kind: kind, talk: nil)
            }
        }
        // Under a panel's own heading, the line before the list introduces its panelists.
        if let slot = sections.indices.last, sections[slot].isPanel {
            return (title: sections[slot].title ?? quotedTitle, kind: .panel, talk: sections[slot].talk)
        }
        return nil
    }

    /// "**Vincent Roy (Levio) – « Terraform : 5 pièges »**" and, after a line break, "Vincent nous a montré …": a
    /// programme line in emphasis that opens a paragraph of prose. The line is read as if it stood alone, and the
    /// prose after it is its talk's.
    private mutating func readEmphasizedLead(_ block: TextBlock, _ paragraph: Paragraph) -> Bool {
        guard let lead = block.emphasis.first, lead.lowerBound <= 2, lead.count >= 8, lead.upperBound < paragraph.scalars.count - 8,
              let firstSentence = paragraph.sentences.first, paragraph.sentences.count > 1 || firstSentence.scalars.upperBound > lead.upperBound
        else { return false }
        let text = String(scalars: paragraph.scalars[lead]).trimmingWhitespace()
        let leadBlock = TextBlock(kind: .paragraph, text: text, links: [], emphasis: [0..<text.unicodeScalars.count])
        let leadParagraph = Paragraph(leadBlock)
        // "<strong>Title</strong><br>Jane Roe, Acme", "**Title** Jane Roe & Li Wei", "*Title*, par Claire Roe.": the
        // title set in emphasis, then nothing but its people, maybe after a separator and the agent's word. The
        // people are read apart from the title, whose capitalized words would run on into their names.
        var restScalars = paragraph.scalars[lead.upperBound...].drop { $0.isWhitespaceFast }
        if let mark = restScalars.first, [",", "—", "–", "-", ":"].contains(mark) { restScalars = restScalars.dropFirst().drop { $0.isWhitespaceFast } }
        for agent in ["par ", "by "] where String(scalars: restScalars.prefix(agent.unicodeScalars.count)).lowercased() == agent {
            restScalars = restScalars.dropFirst(agent.unicodeScalars.count)
        }
        if restScalars.last == "." { restScalars = restScalars.dropLast() }
        let rest = Paragraph(TextBlock(kind: .paragraph, text: String(scalars: restScalars).trimmingWhitespace()))
        if !rest.tokens.isEmpty,
           let people = SpeakerList(paragraph: rest).people(in: 0..<rest.tokens.count, singleNames: false, tail: .annotation,
                                                            lastAfterCommaIsOrganization: true),
           !leadParagraph.tokens.contains(where: { $0.is(".") }), !rest.isCalledOff(rest.whole),
           !ProgrammeLine.isHostingSlot(leadParagraph, 0..<leadParagraph.tokens.count),
           let title = ProgrammeLine.titleText(leadParagraph, 0..<leadParagraph.tokens.count) {
            addProgrammeLine(ProgrammeLine(title: title, people: people, kind: paragraph.kind(of: paragraph.whole)), block, paragraph)
            return true
        }
        guard let line = ProgrammeLine.read(leadParagraph, commas: true) else { return false }
        addProgrammeLine(line, leadBlock, leadParagraph)
        guard let talk = current else { return true }
        for link in paragraph.links(in: paragraph.whole) where !talks[talk].links.contains(link) { talks[talk].links.append(link) }
        // The prose after the line is read as the section's (its evidence, the speaker's workplace), the first
        // sentence from the line's end.
        let proseStart = paragraph.tokenIndex(atOrAfter: lead.upperBound) ?? paragraph.tokens.count
        for sentence in paragraph.sentences where sentence.tokens.upperBound > proseStart {
            let tokens = max(sentence.tokens.lowerBound, proseStart)..<sentence.tokens.upperBound
            guard !tokens.isEmpty else { continue }
            read(Sentence(tokens: tokens, scalars: paragraph.tokens[tokens.lowerBound].range.lowerBound..<sentence.scalars.upperBound), in: paragraph)
        }
        return true
    }

    private mutating func addProgrammeLine(_ line: ProgrammeLine, _ block: TextBlock, _ paragraph: Paragraph) {
        if paragraph.isMarkedCalledOff {
            current = nil
            return
        }
        let talk = addStructured(title: line.title, people: line.people, links: paragraph.links(in: paragraph.whole))
        talks[talk].kind = line.kind
        if block.isWhollyEmphasized && block.kind == .paragraph {
            closeSections(deeperThanOrAt: emphasizedLineLevel)
            sections.append(Section(level: emphasizedLineLevel, title: nil, talk: talk))
        }
        current = talk
        previousListItemWasTalk = block.kind == .listItem
    }

    mutating func mergeSpeakers(_ people: [PersonMention], into talk: Int) {
        for person in people {
            if let slot = talks[talk].speakers.firstIndex(where: { NameMatch.sameInRecap($0.name, person.name) }) {
                if talks[talk].speakers[slot].affiliation == nil { talks[talk].speakers[slot].affiliation = person.affiliation }
            } else {
                talks[talk].speakers.append(Speaker(name: person.name, affiliation: person.affiliation))
            }
        }
    }

    /// A talk the structure gives whole; one already found with a shared speaker and no other title is
    /// the same talk (a programme list and the sections that follow it).
    @discardableResult
    mutating func addStructured(title: String?, people: [PersonMention], links: [TalkLink], evidence: [String] = [],
                                claim: Bool = true, merge: Bool = true) -> Int {
        let existing = !merge ? nil : talks.indices.first { index in
            talks[index].speakers.contains { speaker in people.contains { NameMatch.sameInRecap($0.name, speaker.name) } }
                && (title == nil || talks[index].title == nil || NameMatch.sameTitle(title!, talks[index].title!))
        }
        if let existing {
            mergeSpeakers(people, into: existing)
            if talks[existing].title == nil { talks[existing].title = title }
            talks[existing].links += links
            for sentence in evidence { talks[existing].addEvidence(sentence) }
            return existing
        }
        var draft = TalkDraft(
            speakers: people.map { Speaker(name: $0.name, affiliation: $0.affiliation) }, title: title, titleTranslation: nil,
            kind: .talk, cities: cityContext.map { [$0] } ?? [], links: links, evidence: [])
        if let title, let translation = ProgrammeLine.splitTranslation(title) {
            draft.title = translation.title
            draft.titleTranslation = translation.translation
        }
        for sentence in evidence { draft.addEvidence(sentence) }
        talks.append(draft)
        let index = talks.count - 1
        if claim { claimSectionTitle(for: index) }
        return index
    }

    // MARK: Front matter and tables

    mutating func readFrontMatterTalks() {
        for entry in FrontMatterTalks.entries(in: recap.frontMatter) {
            let talk = addStructured(title: entry.title, people: entry.people, links: entry.links, claim: false)
            if let description = entry.description {
                let paragraph = Paragraph(TextBlock(kind: .paragraph, text: InlineText.normalizedWhitespace(description[...])))
                for sentence in paragraph.sentences.prefix(TalkDraft.evidenceLimit) { talks[talk].addEvidence(paragraph.text(of: sentence)) }
            }
        }
    }

    /// A programme table: the column whose cells are people gives the speakers, the longest other column the titles.
    mutating func readTable(_ cells: ArraySlice<TextBlock>) {
        var rows: [Int: [Int: TextBlock]] = [:]
        // A cell's later lines ("Jane Roe" over "SRE, Acme") annotate its first, as a parenthesis would; read
        // as prose, the cell is one paragraph, its lines joined by spaces as the page shows them.
        var annotated: [Int: [Int: TextBlock]] = [:]
        var wholeCells: [TextBlock] = []
        var previousCell: TableCell?
        for block in cells {
            guard let cell = block.cell else { continue }
            if cell == previousCell, let first = annotated[cell.row]?[cell.column], let whole = wholeCells.popLast() {
                annotated[cell.row]?[cell.column] = first.text.hasSuffix(")") && first.text.contains(" (")
                    ? Self.joined(Self.dropLastScalar(first), ", ", block, ")") : Self.joined(first, " (", block, ")")
                wholeCells.append(Self.joined(whole, " ", block, ""))
            } else {
                rows[cell.row, default: [:]][cell.column] = block
                annotated[cell.row, default: [:]][cell.column] = block
                wholeCells.append(block)
            }
            previousCell = cell
        }
        let headerRows = Set(cells.compactMap { $0.cell }.filter(\.isHeader).map(\.row))
        let dataRows = rows.keys.sorted().filter { !headerRows.contains($0) }
        let columns = Set(rows.values.flatMap(\.keys)).sorted()
        var peopleByRow: [Int: [Int: [PersonMention]]] = [:]
        var bestColumn: (column: Int, count: Int)?
        for column in columns {
            var count = 0
            for row in dataRows {
                guard let block = annotated[row]?[column] else { continue }
                let paragraph = Paragraph(block)
                if let people = SpeakerList(paragraph: paragraph).people(in: 0..<paragraph.tokens.count, singleNames: false, tail: .annotation,
                                                                         lastAfterCommaIsOrganization: true) {
                    peopleByRow[row, default: [:]][column] = people
                    count += 1
                }
            }
            // Half the rows that say something in this column: a break's row ("Pause", "—", or a struck-out talk's
            // emptied cell) has nobody to name.
            let filled = dataRows.filter { row in
                rows[row]?[column]?.text.unicodeScalars.contains(where: \.properties.isAlphabetic) == true
            }.count
            if count > 0, count * 2 >= filled, count > (bestColumn?.count ?? 0) { bestColumn = (column, count) }
        }
        guard let speakerColumn = bestColumn?.column else {
            for block in wholeCells { read(TextBlock(kind: .paragraph, text: block.text, links: block.links, emphasis: block.emphasis)) }
            return
        }
        func averageLength(_ column: Int) -> Double {
            let texts = dataRows.compactMap { rows[$0]?[column]?.text }
            let letters = texts.map { $0.unicodeScalars.filter(\.properties.isAlphabetic).count }
            return texts.isEmpty ? 0 : Double(letters.reduce(0, +)) / Double(texts.count)
        }
        // "| Speaker | Company | Title |": a column headed as an organization gives the speakers' affiliations.
        let affiliationColumn = columns.first { column in
            headerRows.contains { row in
                rows[row]?[column].map { Lexicon.affiliationLabels.contains($0.text.trimmingWhitespace().lowercased()) } == true
            }
        }
        let titleColumn = columns.filter { $0 != speakerColumn && $0 != affiliationColumn }.max { averageLength($0) < averageLength($1) }
        for row in dataRows {
            guard var people = peopleByRow[row]?[speakerColumn] else { continue }
            // A row for the welcome ("Welcome and community news", « Mot d’accueil »), or one marked cancelled, is no talk.
            let rowParagraphs = (rows[row] ?? [:]).values.map(Paragraph.init)
            if rowParagraphs.contains(where: { ProgrammeLine.isHostingSlot($0, 0..<$0.tokens.count) || $0.isCalledOff($0.whole) }) { continue }
            if let affiliationColumn, let block = rows[row]?[affiliationColumn] {
                let paragraph = Paragraph(block)
                if let organization = Self.organizationText(paragraph, 0..<paragraph.tokens.count) {
                    for index in people.indices where people[index].affiliation == nil { people[index].affiliation = organization }
                }
            }
            var title: String?
            var links = annotated[row]?[speakerColumn].map { block in block.links.map { TalkLink(url: $0.href, text: $0.text, kind: TalkLink.kind(of: $0.href)) } } ?? []
            if let titleColumn, let block = rows[row]?[titleColumn] {
                let paragraph = Paragraph(block)
                title = ProgrammeLine.titleText(paragraph, 0..<paragraph.tokens.count)
                links += block.links.map { TalkLink(url: $0.href, text: $0.text, kind: TalkLink.kind(of: $0.href)) }
            }
            addStructured(title: title, people: people, links: links, claim: false)
        }
    }
}

extension ExtractionState {
    /// `first`, `separator`, `next`'s text and `closing`, with `next`'s links and emphasis moved along.
    fileprivate static func joined(_ first: TextBlock, _ separator: String, _ next: TextBlock, _ closing: String) -> TextBlock {
        var joined = first
        let offset = first.text.unicodeScalars.count + separator.unicodeScalars.count
        joined.text += separator + next.text + closing
        joined.links += next.links.map { InlineLink(href: $0.href, text: $0.text, range: ($0.range.lowerBound + offset)..<($0.range.upperBound + offset)) }
        joined.emphasis += next.emphasis.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
        return joined
    }

    fileprivate static func dropLastScalar(_ block: TextBlock) -> TextBlock {
        var shorter = block
        shorter.text.unicodeScalars.removeLast()
        return shorter
    }
}

/// Names and titles compared as a reader would: accents and case aside, a letter or two of typo, a
/// middle name dropped ("Daniela Marchetti" and "Daniela Sofia Marchetti").
enum NameMatch {
    /// Within one recap, two spellings a letter apart are two people as often as a typo; only a dropped
    /// middle name is the same person.
    static func sameInRecap(_ left: String, _ right: String) -> Bool {
        let a = Slug.make(left), b = Slug.make(right)
        if a == b { return true }
        let partsA = a.split(separator: "-"), partsB = b.split(separator: "-")
        return partsA.count != partsB.count && partsA.count >= 2 && partsB.count >= 2 && partsA.first == partsB.first
            && partsA.last == partsB.last
    }

    static func same(_ left: String, _ right: String) -> Bool {
        sameSlugs(Slug.make(left), Slug.make(right))
    }

    /// `same` on names already slugged: callers comparing many pairs slug each name once.
    static func sameSlugs(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let partsA = a.split(separator: "-"), partsB = b.split(separator: "-")
        guard let firstA = partsA.first, let firstB = partsB.first, let lastA = partsA.last, let lastB = partsB.last else { return false }
        // A dropped middle name: same first and last parts.
        if partsA.count != partsB.count, partsA.count >= 2, partsB.count >= 2, firstA == firstB, lastA == lastB { return true }
        // A typo in the surname: the same first name (Paul and Paula are two people), and one or two edits in a
        // surname long enough that two people rarely differ by so little.
        guard firstA == firstB, partsA.count >= 2, partsB.count >= 2 else { return false }
        let restA = Array(a.utf8.dropFirst(firstA.utf8.count + 1)), restB = Array(b.utf8.dropFirst(firstB.utf8.count + 1))
        let shorter = min(restA.count, restB.count)
        guard shorter >= 5 else { return false }
        return editDistance(restA, restB, limit: shorter >= 8 ? 2 : 1) != nil
    }

    static func sameTitle(_ left: String, _ right: String) -> Bool {
        let a = Slug.make(left), b = Slug.make(right)
        return a == b || a.hasPrefix(b) || b.hasPrefix(a)
    }

    /// Edit distance when at most `limit`, else nil; banded, so linear in the names' length.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                if abs(i - j) > limit { current[j] = limit + 1; continue }
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        let distance = previous[b.count]
        return distance <= limit ? distance : nil
    }
}
