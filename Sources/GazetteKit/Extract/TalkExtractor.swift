/// Finds every talk a recap describes. Rule-based, on the grammar of French and English
/// (see `Lexicon`): a person is a speaker when a presenting verb or a talk noun has them as subject
/// ("X a présenté", "X from Y gave a talk") or agent ("une conférence éclair par X", "suivi par X").
/// Hosts, sponsors, the author's bio and talks given another time are left out.
public struct TalkExtractor: Sendable {
    public init() {}

    /// `keepingBlocks: false` lets the recap's text blocks go once they are read, before its talks are
    /// finished: the talks carry their evidence as text of their own, and a caller that only wants the
    /// talks (`gazette talks`, compose) need not hold a long recap's text and its talks at once.
    public func extract(_ recap: consuming Recap, keepingBlocks: Bool = true) -> ExtractedRecap {
        var state = ExtractionState(recap: recap)
        // "Prochaine rencontre : le 23 novembre !", "Next meetup: March 12": the post announces an evening to
        // come, and its programme names talks not yet given.
        if announcesNextOccasion(state.recap.title) || AnnouncedEvening.isAnnouncement(state.recap) {
            if !keepingBlocks { state.recap.blocks = [] }
            return ExtractedRecap(recap: state.recap, talks: [])
        }
        state.cityContext = titleCity(state.recap.title)
        state.readFrontMatterTalks()
        if keepingBlocks {
            var blocks = state.recap.blocks
            readBlocks(&blocks, releasing: false, into: &state)
        } else {
            // Taken out of the recap, the blocks are held here only, so each one read is freed at once.
            var blocks = state.recap.blocks
            state.recap.blocks = []
            readBlocks(&blocks, releasing: true, into: &state)
        }
        state.closeSections(deeperThanOrAt: 0)
        let talks = state.finishedTalks()
        return ExtractedRecap(recap: state.recap, talks: talks)
    }

    /// Reads the blocks in order. The rules look ahead (the next heading, the rest of a table or section),
    /// never back, so `releasing` empties every block behind the one being read.
    private func readBlocks(_ blocks: inout [TextBlock], releasing: Bool, into state: inout ExtractionState) {
        var biographyLevel: Int?
        var biographyPerson: String?
        // Inside a section headed "Next time", « Prochaine rencontre », "Coming up": the talks it names are to come.
        var comingLevel: Int?
        var index = 0
        var released = 0
        while index < blocks.count {
            while releasing, released < index {
                blocks[released] = TextBlock(kind: .paragraph, text: "")
                released += 1
            }
            let block = blocks[index]
            if case .heading(let level) = block.kind {
                if let open = comingLevel {
                    if level > open {
                        index += 1
                        continue
                    }
                    comingLevel = nil
                }
                if announcesNextOccasion(block.text) {
                    comingLevel = level
                    biographyLevel = nil
                    state.record = nil
                    state.closeSections(deeperThanOrAt: level)
                    state.current = nil
                    index += 1
                    continue
                }
                if let open = biographyLevel, level > open {
                    index += 1
                    continue
                }
                let name = onlyAName(block)
                let next = blocks[(index + 1)...].first { if case .heading = $0.kind { return false } else { return true } }
                // "### Arjun Roe" over "Arjun is an engineer at Monzo. He talked about …": a bio that goes on to the
                // talk heads a speaker's section.
                let isBio = isBiographyHeading(block.text)
                    || (name != nil && next.map { describesSomeone(name!, in: $0, afterTalks: state.hasTalks) } != false
                        && !(!state.isSpeaker(name!) && sectionTellsATalk(by: name!, in: blocks[(index + 1)...])))
                biographyLevel = isBio ? level : nil
                biographyPerson = isBio ? name : nil
                state.record = nil
                state.closeSections(deeperThanOrAt: level)
                state.current = nil
                if let name, !isBio {
                    // "## Jane Roe" over a description of her talk: a section whose speaker is known, its title to come.
                    state.openSpeakerSection([PersonMention(name: name)], heading: block.text, level: level)
                } else if name == nil, !isBio, let people = onlyPeople(block) {
                    // "### Salma Roe & Quentin Li" over what they presented: a joint talk's section.
                    state.openSpeakerSection(people, heading: nil, level: level)
                } else if biographyLevel == nil {
                    state.readHeading(block, level: level)
                }
                index += 1
                continue
            }
            if comingLevel != nil {
                index += 1
                continue
            }
            if biographyLevel != nil {
                state.readBiography(block, of: biographyPerson)
                index += 1
                continue
            }
            if let cell = block.cell {
                var end = index
                while end < blocks.count, blocks[end].cell?.table == cell.table { end += 1 }
                state.readTable(blocks[index..<end])
                index = end
                continue
            }
            state.read(block)
            index += 1
        }
    }

    /// A title opening on the next occasion: "Next meetup", "Upcoming event", « Prochaine rencontre », « Notre
    /// prochaine soirée » (not "Next steps", nor "Next time, …" in a recap's headline).
    private func announcesNextOccasion(_ title: String?) -> Bool {
        guard let title, Self.nextStems.occur(in: title, prefix: 48) else { return false }
        let words = Tokenizer.tokens(of: Array(title.unicodeScalars.prefix(80))).filter(\.isWord).prefix(4).map(\.lower)
        var index = 0
        if index < words.count, ["our", "the", "notre", "la", "le", "votre", "your"].contains(words[index]) { index += 1 }
        // "Coming up", "Up next", « À venir », « Prochainement ».
        if words.count <= 3, Self.comingPhrases.contains(words.joined(separator: " ")) { return true }
        guard index + 1 < words.count, Paragraph.nextWords.contains(words[index]) else { return false }
        // "Next time", « La prochaine fois » as well as "Next meetup".
        return Self.announcedOccasions.contains(words[index + 1]) || (words.count <= 3 && ["time", "fois"].contains(words[index + 1]))
    }

    /// A byte gate: every title `announcesNextOccasion` accepts holds one of these in its first words.
    private static let nextStems = ByteStems(["next", "upcoming", "coming", "venir", "prochain"])

    private static let comingPhrases: Set<String> = [
        "coming up", "coming next", "up next", "what s next", "à venir", "prochainement", "coming soon",
        "upcoming events", "upcoming meetups", "prochains événements", "prochains rendez-vous",
    ]

    /// What a group's evening is called; `AnnouncedEvening` reads the same words in a post's opening.
    static let announcedOccasions: Set<String> = [
        "meetup", "meet-up", "meeting", "event", "edition", "session", "evening", "rencontre", "édition", "soirée", "séance",
        "événement", "évènement", "rendez-vous", "meetups", "events", "rencontres", "soirées",
    ]

    private func titleCity(_ title: String?) -> String? {
        guard let title else { return nil }
        let tokens = Tokenizer.tokens(of: Array(title.unicodeScalars))
        let cities = Set(tokens.indices.compactMap { CityGazetteer.city(at: $0, in: tokens)?.name })
        return cities.count == 1 ? cities.first : nil
    }

    /// A heading that is nothing but a person's name ("## Carol Roe", "### Dr. Carol Roe"): their bio under a blog
    /// post, or their talk.
    private func onlyAName(_ block: TextBlock) -> String? {
        let paragraph = Paragraph(block)
        let tokens = paragraph.tokens
        var start = 0
        if let first = tokens.first, first.classes.contains(.honorifics), tokens.count > 2 { start = tokens[1].is(".") ? 2 : 1 }
        guard let name = paragraph.parser.personName(at: start), name.end == tokens.count else { return nil }
        return name.name
    }

    /// A heading that is nothing but two people or more ("### Salma Roe & Quentin Li", « Ana et Bo Roy »).
    private func onlyPeople(_ block: TextBlock) -> [PersonMention]? {
        let paragraph = Paragraph(block)
        guard let group = paragraph.parser.group(at: 0), group.end == paragraph.tokens.count, group.people.count > 1,
              group.people.allSatisfy({ $0.name.contains(" ") }) else { return nil }
        return group.people
    }

    /// The blocks under a name's heading, up to the next heading, tell of a talk the person gave: a sentence that
    /// opens on them (first name or pronoun) and a presenting verb ("He talked about …", « Elle a présenté … »),
    /// or on their talk ("Her talk, “…”", « Sa conférence … »).
    private func sectionTellsATalk(by name: String, in blocks: ArraySlice<TextBlock>) -> Bool {
        let firstName = name.split(separator: " ").first.map(String.init) ?? name
        for block in blocks.prefix(while: { if case .heading = $0.kind { return false } else { return true } }).prefix(6) {
            let paragraph = Paragraph(block)
            let tokens = paragraph.tokens
            for sentence in paragraph.sentences {
                let start = sentence.tokens.lowerBound
                guard start + 1 < sentence.tokens.upperBound else { continue }
                let opener = tokens[start]
                if Paragraph.personalPossessives.contains(opener.lower), paragraph.talkNoun(at: start + 1) != nil { return true }
                guard opener.classes.contains(.pronouns) || opener.text == firstName, !["we", "nous", "on"].contains(opener.lower) else { continue }
                // "Fatou Diallo presented …": the whole name as subject, as well as the first name or a pronoun.
                var afterSubject = start + 1
                if opener.text == firstName, let group = paragraph.parser.personName(at: start), sameName(group.name, name) {
                    afterSubject = group.end
                }
                guard afterSubject < sentence.tokens.upperBound else { continue }
                // « Il a ouvert la soirée avec « … » », "She kicked off with “…”": the person, then a quoted title
                // after "with" or a presenting verb, in the same sentence ("She cited “…”" is no talk).
                let titled = paragraph.quotes.contains { quote in
                    guard quote.closed, quote.open > tokens[afterSubject].range.lowerBound, quote.close < sentence.scalars.upperBound,
                          let mark = paragraph.tokenIndex(atOrAfter: quote.open), mark > afterSubject else { return false }
                    let before = tokens[mark - 1]
                    return ["avec", "with"].contains(before.lower) || before.isLowercaseWord && Lexicon.isStrongVerb(before.lower)
                }
                if titled { return true }
                // « Anneleen, de NRB, nous a parlé de KEDA »: an aside between the name and the verb.
                if opener.text == firstName, tokens[afterSubject].is(","),
                   let close = (afterSubject + 1..<min(sentence.tokens.upperBound, afterSubject + 9)).first(where: { tokens[$0].is(",") }),
                   paragraph.isPresentingSubject(endingAt: close + 1, in: sentence) {
                    return true
                }
                var verb = afterSubject
                // « Elle a présenté », "She then showed": an auxiliary or an adverb before the verb.
                if verb + 1 < sentence.tokens.upperBound, tokens[verb].isLowercaseWord, !Lexicon.isStrongVerb(tokens[verb].lower),
                   !Self.perfectAuxiliaries.contains(tokens[verb].lower) { verb += 1 }
                if verb < sentence.tokens.upperBound, tokens[verb].isLowercaseWord, Lexicon.isStrongVerb(tokens[verb].lower),
                   !(verb + 1 < sentence.tokens.upperBound && Self.careerQuantifiers.contains(tokens[verb + 1].lower)
                     && (verb + 2..<min(verb + 4, sentence.tokens.upperBound)).contains { paragraph.talkNoun(at: $0) != nil }) {
                    return true
                }
            }
        }
        return false
    }

    /// « Elle a présenté des conférences partout au pays », "He gave many talks": talks in the plural and
    /// without number tell a career, not the evening (« a présenté des outils » may still be the evening's).
    private static let careerQuantifiers: Set<String> = [
        "des", "plusieurs", "nombreuses", "nombreux", "many", "numerous", "several", "dozens", "countless",
    ]

    /// "She has spoken at many conferences": the perfect tells a career, not the evening.
    private static let perfectAuxiliaries: Set<String> = ["has", "have", "had"]

    /// "Carol Roe is Community Manager at …", « Carol est … »: the text under a name heading is a bio when it
    /// opens on the person (full or first name, or a pronoun) and a copula.
    private func describesSomeone(_ name: String, in block: TextBlock, afterTalks: Bool) -> Bool {
        let paragraph = Paragraph(block)
        let tokens = paragraph.tokens
        let first = name.split(separator: " ").first.map(String.init) ?? name
        var index = 0
        if let group = paragraph.parser.personName(at: 0), sameName(group.name, name) {
            index = group.end
        } else if let token = tokens.first, token.text == first || token.classes.contains(.pronouns) {
            index = 1
        } else {
            return false
        }
        // After the talks, text opening on the person is their bio whatever its verb; before, only "X is …".
        return index < tokens.count && (afterTalks || tokens[index].classes.contains(.copulas))
    }

    /// "À propos de Carol Trang", "About the author": what follows is a bio, not the event.
    private func isBiographyHeading(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("à propos") || lower.hasPrefix("a propos") || lower.hasPrefix("about ")
            || lower.hasPrefix("l’auteur") || lower.hasPrefix("l'auteur") || lower.containsText("the author")
            || lower.hasPrefix("biographie") || lower.hasPrefix("bio")
    }
}

/// A talk being assembled while the recap is read.
struct TalkDraft {
    var speakers: [Speaker] { didSet { speakerKeys = Self.keys(of: speakers) } }
    /// The speakers' names as slugs, kept to compare names without slugging them again at every sentence.
    /// One string, the slugs separated by spaces (a slug has none): one speaker's key fits in the string
    /// itself, where an array of keys was an allocation a talk, 11 MB over a 50 MB recap's talks.
    private(set) var speakerKeys = ""
    var title: String?
    var titleTranslation: String?
    var kind: TalkKind
    var cities: [String]
    var links: [TalkLink]
    var evidence: SentenceList
    /// Set when the document's structure showed that prose misread it (a product's name in a speaker's place
    /// under a heading whose "Speaker:" line names someone else).
    var discarded = false

    /// A talk keeps a bounded number of sentences: the summary needs a few, and one huge recap must not
    /// give one talk all its text.
    static let evidenceLimit = 40

    mutating func addEvidence(_ sentence: String) {
        if evidence.count < Self.evidenceLimit { evidence.append(sentence) }
    }

    static func keys(of speakers: [Speaker]) -> String {
        guard let first = speakers.first else { return "" }
        var keys = Slug.make(first.name)
        for speaker in speakers.dropFirst() {
            keys += " "
            keys += Slug.make(speaker.name)
        }
        return keys
    }

    /// Whether a speaker's slug is `key`.
    func hasSpeakerKey(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { key in anySpeakerKey { $0.elementsEqual(key) } }
    }

    /// Whether a speaker's slug starts with `prefix`.
    func hasSpeakerKey(prefixedBy prefix: String) -> Bool {
        var prefix = prefix
        return prefix.withUTF8 { prefix in anySpeakerKey { $0.starts(with: prefix) } }
    }

    /// Walks the slugs' bytes in place: this runs for every candidate of every name look-up.
    private func anySpeakerKey(_ matches: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var keys = speakerKeys
        return keys.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.count
                if matches(UnsafeBufferPointer(rebasing: bytes[start..<end])) { return true }
                start = end + 1
            }
            return false
        }
    }
}

/// The reading position in one recap: the talks so far, the city being described, the talk being described.
struct ExtractionState {
    var recap: Recap
    var talks = TalkDrafts()
    var cityContext: String?
    /// The talk that sentences without a new speaker go on describing.
    var current: Int?
    var hasTalks: Bool { talks.liveCount > 0 }
    /// Whether a talk read so far has this person among its speakers.
    func isSpeaker(_ name: String) -> Bool { talks.lastTalk(withKey: Slug.make(name)) != nil }
    /// Open sections of the document, outermost first: what a heading (or a line set in emphasis) announced.
    var sections: [Section] = []
    /// A bare "Speakers:" line was read: list items of people follow.
    var expectingSpeakerItems = false
    /// "la table ronde « … », avec :" was read: the list items that follow are its panelists, one talk.
    var expectingPanel: (title: String?, kind: TalkKind, talk: Int?)?
    /// A block other than a heading was read: a first-level heading after it is a section, not the post's title.
    var sawBody = false
    var previousListItemWasTalk = false
    /// The list being read thanks people ("Thanks to:", "## Thank yous"): an item naming the talks someone
    /// recorded is no talk.
    var listThanks = false
    /// The list being read is of talks to come ("We already have our first two speakers confirmed:").
    var listComing = false
    /// The people the sentence just read opened on, for a pronoun in the next one.
    var lastSubject: (group: NameGroup, sentenceEnd: Int)?
    /// The programme record ("Speaker: …", "Title: …") being read, while its field paragraphs follow one another.
    var record: LabelRecordState?

    init(recap: Recap) { self.recap = recap }

    mutating func read(_ block: TextBlock) {
        sawBody = true
        let paragraph = Paragraph(block)
        lastSubject = nil
        let firstUnderHeading = sections.last?.hasContent == false
        if let last = sections.indices.last { sections[last].hasContent = true }
        if block.kind == .listItem, listComing {
            current = nil
            return
        }
        if block.kind != .listItem { listComing = paragraph.introducesComingList }
        if readStructure(block, paragraph, firstUnderHeading: firstUnderHeading) { return }
        // "- **Marcus Tan**, who recorded the talks": an item of a list of thanks names no talk.
        if block.kind == .listItem, listThanks {
            current = nil
            return
        }
        if !paragraph.startsWithBackReference { current = nil }
        let before = talks.count
        let touchedBefore = current
        for sentence in paragraph.sentences { read(sentence, in: paragraph) }
        if block.kind == .listItem, talks.count == before, current == nil || current == touchedBefore, sectionTalk == nil,
           !listThanks {
            readListItemOpeningWithPeople(paragraph)
        }
        // "The ignite session was chaotic in the best way:" over a list: its items are talks.
        previousListItemWasTalk = block.kind == .listItem ? talks.count > before : paragraph.introducesTalkList
        // "So many people to thank this month:" over a list: its items thank people for what they did.
        if block.kind != .listItem { listThanks = paragraph.introducesThanksList }
    }

    /// "Présenté à distance depuis Lisbonne par X", "Given remotely by X": a sentence opening on a label's
    /// participle names its agent after "par"/"by", whatever comes between.
    private func participleAgent(_ sentence: Sentence, in paragraph: Paragraph) -> NameGroup? {
        let tokens = paragraph.tokens
        let start = sentence.tokens.lowerBound
        guard tokens[start].isWord, tokens[start].classes.contains(.labelParticiples) else { return nil }
        let reach = min(sentence.tokens.upperBound, start + 10)
        guard let agent = (start + 1..<reach).first(where: { ["par", "by"].contains(tokens[$0].lower) }), agent + 1 < sentence.tokens.upperBound,
              tokens[agent + 1].isCapitalized, var group = paragraph.parser.group(at: agent + 1) else { return nil }
        group.end = min(group.end, sentence.tokens.upperBound)
        return group
    }

    private func sentenceSubject(_ sentence: Sentence, in paragraph: Paragraph) -> NameGroup? {
        var start = sentence.tokens.lowerBound
        let tokens = paragraph.tokens
        // "Pour terminer, X …", "After the break, X …": an adverbial and its comma before the subject.
        if let comma = (start..<min(sentence.tokens.upperBound, start + 5)).first(where: { tokens[$0].is(",") }), comma > start,
           comma + 1 < sentence.tokens.upperBound, !tokens[comma + 1].isLowercaseWord,
           tokens[start..<comma].allSatisfy({ $0.isWord && ($0.isLowercaseWord || $0.classes.contains(.sentenceWords)) }) {
            start = comma + 1
        }
        guard tokens[start].isCapitalized, !paragraph.isQuoted(start), var group = paragraph.parser.group(at: start),
              group.end < sentence.tokens.upperBound else { return nil }
        group.end = min(group.end, sentence.tokens.upperBound)
        let next = tokens[group.end]
        guard next.isLowercaseWord, !next.classes.contains(.nonPredicateStarts) || next.classes.contains(.pronouns) else { return nil }
        return group
    }

    /// "- Aleks Roe, CTO of Acme. Gave a talk “…”": a list item that opens with people and names a talk
    /// anywhere in it is theirs, even when its sentences have no subject.
    private mutating func readListItemOpeningWithPeople(_ paragraph: Paragraph) {
        let tokens = paragraph.tokens
        var start = 0
        while start < tokens.count, tokens[start].kind == .punctuation { start += 1 }
        guard start < tokens.count, tokens[start].isCapitalized, let group = paragraph.parser.group(at: start) else { return }
        let namesTalk = tokens.indices.contains { index in
            !paragraph.isQuoted(index) && (paragraph.talkNoun(at: index) != nil || Lexicon.isStrongVerb(tokens[index].lower))
        }
        // In a list whose items are talks, an item opening with people is one too ("- Jane Roe on property tests").
        guard namesTalk || previousListItemWasTalk else { return }
        let title = paragraph.quotes.first(where: \.closed).flatMap { paragraph.cleanTitle($0.content, quoted: true, announced: true) }
        let talk = addStructured(title: title, people: group.people, links: paragraph.links(in: paragraph.whole),
                                 evidence: paragraph.sentences.map { paragraph.text(of: $0) })
        current = talk
    }

    mutating func read(_ sentence: Sentence, in paragraph: Paragraph) {
        let cities = paragraph.cities(in: sentence)
        if cities.count == 1 { cityContext = cities[0] }
        let sentenceCity = cities.count == 1 ? cities[0] : nil
        var groups = paragraph.speakerGroups(in: sentence)
        let text = paragraph.text(of: sentence)
        if let talk = sectionTalk {
            // Under a talk's heading, the prose is that talk's: people named there are its speakers again,
            // their bio, or hosts, never a new talk.
            for group in groups {
                for person in group.people {
                    if let slot = talks[talk].speakers.firstIndex(where: { NameMatch.sameInRecap($0.name, person.name) }),
                       talks[talk].speakers[slot].affiliation == nil {
                        talks[talk].speakers[slot].affiliation = person.affiliation
                    }
                }
            }
            if talks[talk].speakers.isEmpty, let first = groups.first {
                talks[talk].speakers = first.people.map { Speaker(name: $0.name, affiliation: $0.affiliation) }
            }
            // "_Ines is a data engineer at Kestrel._": the bio under a talk's heading says where its speaker works.
            let named = groups.flatMap(\.people).contains { person in talks[talk].speakers.contains { NameMatch.sameInRecap($0.name, person.name) } }
            if named || talks[talk].speakers.count == 1 { fillWorkplace(of: talk, from: sentence, in: paragraph) }
            groups = []
            current = talk
        }
        // "Nader Roe and Shash Li are regular contributors. They spoke about …": a pronoun that presents, after
        // a sentence about people who are not yet speakers, points back at them.
        // "X works at Paystack. His talk, “…”, explained …": the talk of the person just named.
        if groups.isEmpty, current == nil, let previous = lastSubject, previous.sentenceEnd == sentence.tokens.lowerBound,
           paragraph.startsWithPresentingPronoun(sentence)
            || paragraph.opensWithPossessiveTalk(sentence) && !paragraph.isCalledOff(sentence) {
            groups = [previous.group]
        }
        let subject = sentenceSubject(sentence, in: paragraph)
        lastSubject = subject.map { (group: $0, sentenceEnd: sentence.tokens.upperBound) }
        // Under a talk's title with no speaker yet, the person a sentence opens on is the speaker: conference
        // notes name each speaker once, as the subject of whatever verb ("X nous accompagne pas à pas …").
        if sectionTalk == nil, groups.isEmpty, sections.contains(where: { $0.title != nil && $0.talk == nil && $0.claimed.isEmpty }),
           let opening = subject ?? participleAgent(sentence, in: paragraph),
           !paragraph.speaksAnotherTime(after: opening, in: sentence), !paragraph.isCalledOff(sentence),
           !paragraph.tokens[sentence.tokens].contains(where: { $0.classes.contains(.hostingWords) }) {
            groups = [opening]
        }
        // Asked at most once a sentence: it reads every capitalized word against the talks so far.
        var mention: Int?? = nil
        func mentioned() -> Int? {
            if let known = mention { return known }
            let found = firstNameMention(in: sentence, of: paragraph)
            mention = .some(found)
            return found
        }
        if sectionTalk == nil, groups.isEmpty, sections.contains(where: { $0.title != nil && $0.claimed.isEmpty }),
           mentioned() == nil {
            pendEvidence(text, links: paragraph.links(in: sentence))
            return
        }
        guard !groups.isEmpty else {
            readSubjectWorkplace(sentence, in: paragraph)
            if let mentioned = mentioned() {
                let city = sentenceCity ?? cityContext
                if let city, !talks[mentioned].cities.contains(city) { talks[mentioned].cities.append(city) }
                current = mentioned
            }
            if paragraph.isThanks(sentence) {
                current = nil
            } else if let current {
                fillWorkplace(of: current, from: sentence, in: paragraph)
                talks[current].addEvidence(text)
                talks[current].links.append(contentsOf: paragraph.links(in: sentence))
                if talks[current].title == nil,
                   let title = paragraph.title(in: sentence, after: sentence.tokens.lowerBound, before: sentence.tokens.upperBound,
                                               lenient: paragraph.refersBackToTalk(sentence)) {
                    talks[current].title = title.title
                    talks[current].titleTranslation = title.translation
                }
            }
            return
        }
        var touched: [Int] = []
        for (position, group) in groups.enumerated() {
            // Titles between this group and the next belong to it; one before the first group is the first's
            // ("dans sa conférence intitulée « … », Ravi Lachhman …").
            let from = position == 0 ? sentence.tokens.lowerBound : group.start
            let to = position + 1 < groups.count ? groups[position + 1].start : sentence.tokens.upperBound
            // "Présenté par **Mathis Roe**": a name set in emphasis is no title, even after a presenting verb.
            let title: (title: String, translation: String?)? = paragraph.title(in: sentence, after: from, before: to)
                .flatMap { found in group.people.contains { $0.name == found.title } ? nil : found }
                ?? paragraph.programTitle(for: group).map { ($0, nil) }
            let city = group.people.compactMap(\.city).first ?? sentenceCity ?? cityContext
            let known = group.people.compactMap { person in index(ofSpeaker: person.name) }
                .filter { isSameTalk($0, as: group, title: title?.title) }
            if !known.isEmpty {
                for person in group.people {
                    if let existing = index(ofSpeaker: person.name), known.contains(existing) {
                        update(existing, with: person, city: city, title: title)
                        touched.append(existing)
                    } else {
                        touched.append(add(TalkDraft(people: [person], city: city, title: title, sentence: text, paragraph: paragraph, in: sentence)))
                    }
                }
                continue
            }
            if title == nil, group.people.count > 1, paragraph.isAgentOfPluralTalks(group.start, in: sentence) {
                for person in group.people {
                    touched.append(add(TalkDraft(people: [person], city: city, title: nil, sentence: text, paragraph: paragraph, in: sentence)))
                }
                continue
            }
            touched.append(add(TalkDraft(people: group.people, city: city, title: title, sentence: text, paragraph: paragraph, in: sentence)))
        }
        readSubjectWorkplace(sentence, in: paragraph)
        let distinct = Array(Set(touched))
        if distinct.count == 1, let only = distinct.first {
            if !talks[only].evidence.contains(text) {
                talks[only].addEvidence(text)
                talks[only].links.append(contentsOf: paragraph.links(in: sentence))
            }
            current = only
        } else {
            current = nil
        }
    }

    mutating func add(_ draft: TalkDraft) -> Int {
        talks.append(draft)
        let index = talks.count - 1
        claimSectionTitle(for: index)
        return index
    }

    private mutating func update(_ index: Int, with person: PersonMention, city: String?, title: (title: String, translation: String?)?) {
        if let slot = talks[index].speakers.firstIndex(where: { sameName($0.name, person.name) }),
           talks[index].speakers[slot].affiliation == nil {
            talks[index].speakers[slot].affiliation = person.affiliation
        }
        if let city, !talks[index].cities.contains(city) { talks[index].cities.append(city) }
        if talks[index].title == nil, let title {
            talks[index].title = title.title
            talks[index].titleTranslation = title.translation
        }
    }

    /// "Hugo a repris sa présentation", "Yannick a ouvert le bal avec …": a known speaker's first name
    /// as the subject of a presenting verb points back at their talk.
    func firstNameMention(in sentence: Sentence, of paragraph: Paragraph) -> Int? {
        guard !talks.isEmpty else { return nil }
        for candidate in paragraph.firstNameCandidates(in: sentence) {
            let matches = talks.talks(withFirstName: candidate.name[...], limit: 2)
            guard matches.count == 1, paragraph.isPresentingSubject(endingAt: candidate.index + 1, in: sentence) else { continue }
            return matches[0]
        }
        return nil
    }

    /// "Ines is a maintainer and works at Hollowpine": an affiliation given after the talk, by first name or pronoun.
    private mutating func fillWorkplace(of talk: Int, from sentence: Sentence, in paragraph: Paragraph) {
        guard let slot = talks[talk].speakers.indices.first(where: { talks[talk].speakers[$0].affiliation == nil }),
              let organization = paragraph.workplace(in: sentence) else { return }
        let firstName = talks[talk].speakers[slot].name.split(separator: " ").first.map(String.init) ?? ""
        let words = paragraph.tokens[sentence.tokens].map(\.text)
        guard talks[talk].speakers.count == 1 || words.contains(firstName) else { return }
        talks[talk].speakers[slot].affiliation = organization
    }

    /// "Louise Roe travaille pour K4TS.": a sentence that opens on a speaker, named in full, says where they work.
    private mutating func readSubjectWorkplace(_ sentence: Sentence, in paragraph: Paragraph) {
        guard let named = paragraph.parser.personName(at: sentence.tokens.lowerBound), named.end < sentence.tokens.upperBound,
              Self.opensOnWorkplace(paragraph.tokens[named.end]), let talk = index(ofSpeaker: named.name) else { return }
        setWorkplace(ofSpeaker: named.name, in: talk, verbAt: named.end, of: sentence, in: paragraph)
    }

    /// "… is a database engineer at Quillfeather", "… travaille chez Datalune": where the speaker works, read from
    /// the copula or work verb at `verb` (right after their name) when nothing said it before.
    mutating func setWorkplace(ofSpeaker name: String, in talk: Int, verbAt verb: Int, of sentence: Sentence, in paragraph: Paragraph) {
        guard verb < sentence.tokens.upperBound,
              let slot = talks[talk].speakers.firstIndex(where: { NameMatch.sameInRecap($0.name, name) }),
              talks[talk].speakers[slot].affiliation == nil else { return }
        guard Self.opensOnWorkplace(paragraph.tokens[verb]),
              let organization = paragraph.workplace(in: Sentence(tokens: verb..<sentence.tokens.upperBound, scalars: sentence.scalars))
        else { return }
        talks[talk].speakers[slot].affiliation = organization
    }

    /// "is", « est », "works", « travaille »: the words after a name that can go on to say where the person works.
    private static func opensOnWorkplace(_ word: Token) -> Bool {
        word.classes.contains(.copulas) || Paragraph.workVerbs.contains(word.lower)
    }

    /// A bio ("### Jane Roe" over "Jane is a Software Engineer at Lyft.", or under "About the speakers") is not the
    /// event, but it says where a speaker works: sentences opening on a speaker's name, or on the heading's person
    /// by first name or pronoun.
    mutating func readBiography(_ block: TextBlock, of person: String?) {
        guard hasTalks else { return }
        let paragraph = Paragraph(block)
        let tokens = paragraph.tokens
        let firstName = person.flatMap { $0.split(separator: " ").first.map(String.init) }
        for sentence in paragraph.sentences {
            let start = sentence.tokens.lowerBound
            guard start < sentence.tokens.upperBound else { continue }
            if paragraph.parser.personName(at: start) != nil {
                readSubjectWorkplace(sentence, in: paragraph)
            } else if let person, tokens[start].text == firstName || tokens[start].classes.contains(.pronouns),
                      let talk = index(ofSpeaker: person) {
                setWorkplace(ofSpeaker: person, in: talk, verbAt: start + 1, of: sentence, in: paragraph)
            }
        }
    }

    /// The talk of a speaker named again, by full name or by its first parts ("Fatima Zahra" for "Fatima Zahra Idrissi").
    func index(ofSpeaker name: String) -> Int? {
        let key = Slug.make(name)
        if let exact = talks.lastTalk(withKey: key) { return exact }
        let partial = talks.talks(withKeyPrefix: key, limit: 2)
        return partial.count == 1 ? partial[0] : nil
    }

    /// A speaker named again is the same talk (given in another city, or described further) unless the new
    /// mention gives another title or another affiliation: then it is another talk, or a namesake.
    private func isSameTalk(_ index: Int, as group: NameGroup, title: String?) -> Bool {
        if let title, let existing = talks[index].title, !sameName(title, existing) { return false }
        for person in group.people {
            guard let affiliation = person.affiliation,
                  let speaker = talks[index].speakers.first(where: { sameName($0.name, person.name) }),
                  let existing = speaker.affiliation else { continue }
            if !sameName(affiliation, existing) && !Slug.make(existing).contains(Slug.make(affiliation))
                && !Slug.make(affiliation).contains(Slug.make(existing)) { return false }
        }
        return true
    }

    /// The talks as later stages see them. The drafts' index is let go first and the list is sized once: on a
    /// 50 MB recap the index, the drafts and a doubling list of finished talks together made extraction's peak.
    mutating func finishedTalks() -> [Talk] {
        var used: [String: Int] = [:]
        let recapKey = Slug.make(recap.key)
        var finished: [Talk] = []
        let liveCount = talks.liveCount
        talks.forgetIndex()
        finished.reserveCapacity(liveCount)
        talks.removeAll { draft in
            guard !draft.discarded, !draft.speakers.isEmpty else { return }
            // Counted by the speaker's slug, short enough to sit in the dictionary without an allocation of its own.
            let speakerKey = Slug.make(draft.speakers.first?.name ?? "talk")
            used[speakerKey, default: 0] += 1
            var id = "\(recapKey)/\(speakerKey)"
            if let count = used[speakerKey], count > 1 { id += "-\(count)" }
            var links = draft.links
            if links.count > 1 {
                var seen = Set<String>()
                links = links.filter { seen.insert($0.url).inserted }
            }
            finished.append(Talk(
                id: id, speakers: draft.speakers, title: draft.title.flatMap(TitleKindLabel.stripped).map(TitleLinkTail.stripped),
                titleTranslation: draft.titleTranslation,
                kind: draft.kind, cities: draft.cities, links: links, evidence: draft.evidence))
        }
        return finished
    }
}

extension TalkDraft {
    init(speakers: [Speaker], title: String?, titleTranslation: String?, kind: TalkKind, cities: [String], links: [TalkLink],
         evidence: SentenceList) {
        self.speakers = speakers
        speakerKeys = Self.keys(of: speakers)
        self.title = title
        self.titleTranslation = titleTranslation
        self.kind = kind
        self.cities = cities
        self.links = links
        self.evidence = evidence
    }

    init(people: [PersonMention], city: String?, title: (title: String, translation: String?)?, sentence: String,
         paragraph: Paragraph, in range: Sentence) {
        speakers = people.map { Speaker(name: $0.name, affiliation: $0.affiliation) }
        speakerKeys = Self.keys(of: speakers)
        self.title = title?.title
        titleTranslation = title?.translation
        kind = paragraph.kind(of: range)
        cities = city.map { [$0] } ?? []
        links = paragraph.links(in: range)
        evidence = [sentence]
    }
}

/// Names compared the way a reader would: case, accents and punctuation aside.
func sameName(_ left: String, _ right: String) -> Bool {
    Slug.make(left) == Slug.make(right)
}
