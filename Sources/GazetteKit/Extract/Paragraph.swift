/// One block of a recap prepared for reading: its scalars, tokens, quoted titles and sentences,
/// and the questions the extractor asks of a sentence.
struct Paragraph {
    let block: TextBlock
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let quotes: [QuoteSpan]
    let sentences: [Sentence]
    private let quoted: [Bool]

    init(_ block: TextBlock) {
        self.block = block
        scalars = Array(block.text.unicodeScalars)
        tokens = Tokenizer.tokens(of: scalars)
        quotes = QuoteFinder.spans(in: scalars)
        var quoted = [Bool](repeating: false, count: tokens.count)
        var spanIndex = 0
        for (index, token) in tokens.enumerated() {
            while spanIndex < quotes.count, quotes[spanIndex].close < token.range.lowerBound { spanIndex += 1 }
            if spanIndex < quotes.count, quotes[spanIndex].open < token.range.lowerBound,
               token.range.lowerBound < quotes[spanIndex].close { quoted[index] = true }
        }
        self.quoted = quoted
        sentences = SentenceSplitter.sentences(tokens: tokens, scalars: scalars, quotes: quotes, links: block.links)
    }

    var parser: NameGroupParser { NameGroupParser(tokens: tokens, isQuoted: { quoted[$0] }) }

    func text(of sentence: Sentence) -> String {
        String(String.UnicodeScalarView(scalars[sentence.scalars]))
    }

    /// A paragraph opening with "Il", "She", "Sa conférence" goes on about the talk before it.
    var startsWithBackReference: Bool {
        guard let first = tokens.first(where: \.isWord) else { return false }
        return Lexicon.pronouns.contains(first.lower) || ["sa", "son", "ses", "his", "her", "their", "leur"].contains(first.lower)
    }

    // MARK: Speakers

    func speakerGroups(in sentence: Sentence) -> [NameGroup] {
        let parser = self.parser
        var groups: [NameGroup] = []
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound {
            guard tokens[index].isCapitalized, !quoted[index], var group = parser.group(at: index) else {
                index += 1
                continue
            }
            group.end = min(group.end, sentence.tokens.upperBound)
            let isAgent = isAgentSlot(group.start)
            if isAgent || hasPresentingPredicate(after: group, in: sentence) {
                if isAgent, group.people.count == 1, group.people[0].affiliation == nil {
                    group.people[0].affiliation = subjectOrganization(of: sentence, before: group.start)
                }
                groups.append(group)
            }
            index = max(group.end, index + 1)
        }
        return groups
    }

    /// "une conférence éclair par X", "suivi par X", "un retour d’X", "a keynote from X", "continued with X".
    private func isAgentSlot(_ start: Int) -> Bool {
        guard start >= 2 else { return false }
        var prepositionIndex = start - 1
        if tokens[prepositionIndex].is(":"), prepositionIndex >= 2 { prepositionIndex -= 1 }
        let preposition = tokens[prepositionIndex].lower
        let heads: Set<String>
        if Lexicon.agentPrepositions.contains(preposition) {
            heads = Lexicon.agentHeads
        } else if Lexicon.continuationPrepositions.contains(preposition) {
            heads = Lexicon.continuationHeads
        } else {
            return false
        }
        var back = prepositionIndex - 1
        while back >= 0, back >= prepositionIndex - 3 {
            let token = tokens[back]
            if heads.contains(token.lower) { return true }
            if token.kind == .punctuation { return false }
            back -= 1
        }
        return false
    }

    /// The group is the subject of a verb that presents: "X a présenté", "X from Y gave a talk",
    /// "X, elle a présenté", "X … qui a démontré". Future and pluperfect talks happen elsewhere.
    private func hasPresentingPredicate(after group: NameGroup, in sentence: Sentence) -> Bool {
        var cursor = group.end
        let end = sentence.tokens.upperBound
        if cursor < end, tokens[cursor].is(","), cursor + 1 < end {
            let next = tokens[cursor + 1].lower
            if Lexicon.pronouns.contains(next) || ["qui", "who", "a", "ont", "then", "ensuite"].contains(next) { cursor += 1 }
        }
        if cursor < end, Lexicon.pronouns.contains(tokens[cursor].lower) { cursor += 1 }
        guard cursor < end, tokens[cursor].isLowercaseWord else { return false }
        let opening = tokens[cursor].lower
        if Lexicon.nonPredicateStarts.contains(opening) || isBareParticiple(opening) { return false }
        var clauseEnd = cursor
        while clauseEnd < end, !tokens[clauseEnd].is(";") { clauseEnd += 1 }
        let copular = Lexicon.copulas.contains(opening)
        var index = cursor
        while index < clauseEnd {
            defer { index += 1 }
            guard tokens[index].isWord, !quoted[index] else { continue }
            let lower = tokens[index].lower
            let isVerb = Lexicon.isStrongVerb(lower)
            if isVerb || (!copular && talkNoun(at: index) != nil) {
                return !isAnotherTime(cueAt: index, from: cursor)
            }
        }
        return false
    }

    /// "présentera", "will present", "avait présenté": the talk is not this event's.
    private func isAnotherTime(cueAt index: Int, from start: Int) -> Bool {
        let cue = tokens[index].lower
        for suffix in ["era", "eront", "erait", "eraient", "erons"] where cue.hasSuffix(suffix) && cue.count > 5 { return true }
        var back = index - 1
        while back >= start {
            if Lexicon.otherTimeAuxiliaries.contains(tokens[back].lower) { return true }
            back -= 1
        }
        return false
    }

    /// French past participles stand after a noun ("sa conférence avec Bob Killen présentée au KubeCon"),
    /// never right after a subject.
    private func isBareParticiple(_ lower: String) -> Bool {
        lower.hasSuffix("é") || lower.hasSuffix("ée") || lower.hasSuffix("és") || lower.hasSuffix("ées")
    }

    /// "Nuances a ouvert avec une conférence éclair par X": the opening organization is the speaker's.
    private func subjectOrganization(of sentence: Sentence, before start: Int) -> String? {
        let first = sentence.tokens.lowerBound
        guard first < start, let organization = parser.organization(at: first), organization.end < start,
              organization.end > first, tokens[organization.end].isLowercaseWord,
              parser.personName(at: first) == nil, CityGazetteer.city(at: first, in: tokens) == nil else { return nil }
        return organization.name
    }

    // MARK: Kind, cities, links

    func talkNoun(at index: Int) -> TalkKind? {
        for entry in Lexicon.talkNouns where index + entry.words.count <= tokens.count {
            var matches = true
            for (offset, word) in entry.words.enumerated() where tokens[index + offset].lower != word {
                matches = false
                break
            }
            if matches { return entry.kind }
        }
        return nil
    }

    func kind(of sentence: Sentence) -> TalkKind {
        var found: Set<TalkKind> = []
        for index in sentence.tokens where !quoted[index] && tokens[index].isWord {
            if let kind = talkNoun(at: index) { found.insert(kind) }
        }
        for kind in [TalkKind.keynote, .lightningTalk, .panel, .caseStudy, .demo] where found.contains(kind) { return kind }
        return .talk
    }

    func cities(in sentence: Sentence) -> [String] {
        var cities: [String] = []
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound {
            if !quoted[index], let city = CityGazetteer.city(at: index, in: tokens) {
                let region = index > 0 && CityGazetteer.regionPrepositions.contains(tokens[index - 1].lower)
                if !region, !cities.contains(where: { sameName($0, city.name) }) { cities.append(city.name) }
                index += city.length
                continue
            }
            index += 1
        }
        return cities
    }

    func links(in sentence: Sentence) -> [TalkLink] {
        block.links.filter { $0.range.overlaps(sentence.scalars) }.map { link in
            TalkLink(url: link.href, text: link.text, kind: TalkLink.kind(of: link.href))
        }
    }

    func isThanks(_ sentence: Sentence) -> Bool {
        tokens[sentence.tokens].contains { Lexicon.thanksWords.contains($0.lower) }
    }

    /// "Sa conférence, intitulée …", "His talk, called …": a sentence that names the talk just described.
    func refersBackToTalk(_ sentence: Sentence) -> Bool {
        let words = tokens[sentence.tokens].filter(\.isWord).prefix(2)
        guard let first = words.first else { return false }
        if ["intitulée", "intitulé", "titled", "called", "entitled"].contains(first.lower) { return true }
        guard words.count == 2, Lexicon.backReferences.contains(first.lower) else { return false }
        let second = sentence.tokens.lowerBound + tokens[sentence.tokens].firstIndex(where: { $0.lower == words.last!.lower })!
            - sentence.tokens.lowerBound
        return talkNoun(at: second) != nil
    }

    // MARK: Titles

    /// The talk's title in tokens `from..<to` of the sentence: a quoted text or a link announced as one
    /// ("a présenté : « … »", "a talk called ‘…’", "intitulée : <a>…</a>"), with the translation
    /// the post gives in parentheses after it.
    func title(in sentence: Sentence, after from: Int, before to: Int) -> (title: String, translation: String?)? {
        guard from < to else { return nil }
        let lower = tokens[from].range.lowerBound
        let upper = tokens[to - 1].range.upperBound
        var candidates: [(start: Int, content: Range<Int>, end: Int)] = []
        for quote in quotes where quote.open >= lower && quote.open < upper {
            candidates.append((quote.open, quote.content, quote.close))
        }
        for link in block.links where link.range.lowerBound >= lower && link.range.lowerBound < upper {
            if quotes.contains(where: { $0.open <= link.range.upperBound && link.range.lowerBound <= $0.close }) { continue }
            candidates.append((link.range.lowerBound, link.range, link.range.upperBound - 1))
        }
        candidates.sort { $0.start < $1.start }
        for candidate in candidates where isAnnounced(at: candidate.start) {
            guard let title = cleanTitle(candidate.content) else { continue }
            return (title, translation(after: candidate.end))
        }
        return nil
    }

    private func isAnnounced(at scalarOffset: Int) -> Bool {
        guard var index = tokens.firstIndex(where: { $0.range.lowerBound >= scalarOffset }) else { return false }
        index -= 1
        while index >= 0, tokens[index].kind == .punctuation, !tokens[index].is(":"), quoteMarks.contains(tokens[index].first) {
            index -= 1
        }
        guard index >= 0 else { return false }
        return tokens[index].is(":") || Lexicon.titleCues.contains(tokens[index].lower)
    }

    private func cleanTitle(_ range: Range<Int>) -> String? {
        guard !range.isEmpty else { return nil }
        var slice = scalars[range]
        let trimmable: (Unicode.Scalar) -> Bool = { $0.properties.isWhitespace || quoteMarks.contains($0) }
        while let first = slice.first, trimmable(first) { slice = slice.dropFirst() }
        while let last = slice.last, trimmable(last) || [".", ",", ";", ":", "!"].contains(last) { slice = slice.dropLast() }
        guard let first = slice.first, slice.count >= 3,
              first.properties.isUppercase || first.properties.numericType != nil || !first.properties.isAlphabetic
        else { return nil }
        let title = String(String.UnicodeScalarView(slice))
        return title.split(separator: " ").count <= 30 ? title : nil
    }

    /// "« Title » (Traduction du titre)": the parenthesis right after a title, when it reads as one.
    private func translation(after end: Int) -> String? {
        var index = end + 1
        while index < scalars.count,
              scalars[index].properties.isWhitespace || quoteMarks.contains(scalars[index]) || [".", ",", "!"].contains(scalars[index]) {
            index += 1
        }
        guard index < scalars.count, scalars[index] == "(" else { return nil }
        var depth = 0
        var close = index
        while close < scalars.count {
            if scalars[close] == "(" { depth += 1 }
            if scalars[close] == ")" {
                depth -= 1
                if depth == 0 { break }
            }
            close += 1
        }
        guard close < scalars.count else { return nil }
        var text = String(String.UnicodeScalarView(scalars[(index + 1)..<close])).trimmingWhitespace()
        while text.hasSuffix(".") { text.removeLast() }
        let words = text.split(separator: " ")
        let lower = text.lowercased()
        guard words.count >= 2,
              !["slides", "diapositives", "vidéo", "video", "pdf", "en anglais", "en français", "in english", "in french"]
                .contains(where: { lower.contains($0) })
        else { return nil }
        return text
    }
}

private let quoteMarks: Set<Unicode.Scalar> = ["«", "»", "“", "”", "‘", "’", "'", "\"", "„", "‹", "›"]

extension TalkLink {
    static func kind(of url: String) -> Kind {
        let lower = url.lowercased()
        if ["slideshare.", "speakerdeck.", "slides.", "/slides", "docs.google.com/presentation", ".pdf", ".ppt", "prezi."]
            .contains(where: { lower.contains($0) }) { return .slides }
        if ["youtube.", "youtu.be", "vimeo.", "/video", "twitch.tv/videos"].contains(where: { lower.contains($0) }) { return .video }
        if ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org"].contains(where: { lower.contains($0) }) { return .code }
        return .other
    }
}
