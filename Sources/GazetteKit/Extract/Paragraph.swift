/// One block of a recap prepared for reading: its scalars, tokens, quoted titles and sentences,
/// and the questions the extractor asks of a sentence.
struct Paragraph {
    let block: TextBlock
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let quotes: [QuoteSpan]
    let sentences: [Sentence]
    private let quoted: [Bool]
    /// Built once per block: the extractor asks it about every capitalized word.
    let parser: NameGroupParser
    /// Quotes by the offset of their opening and closing marks, so that asking "does a quote open here"
    /// costs nothing: a paragraph of 30,000 quote marks must stay linear.
    private let quoteOpens: Set<Int>
    private let closedQuoteCloses: Set<Int>

    init(_ block: TextBlock) {
        self.block = block
        scalars = block.text.unicodeScalarArray
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
        parser = NameGroupParser(tokens: tokens, scalars: scalars, isQuoted: { quoted[$0] })
        quoteOpens = Set(quotes.map(\.open))
        closedQuoteCloses = Set(quotes.filter(\.closed).map(\.close))
        sentences = SentenceSplitter.sentences(tokens: tokens, scalars: scalars, quotes: quotes, links: block.links)
    }

    func isQuoted(_ index: Int) -> Bool { quoted[index] }

    /// The whole block as one stretch, for the structure readers, which read a line, not a sentence.
    var whole: Sentence { Sentence(tokens: 0..<tokens.count, scalars: 0..<scalars.count) }

    func opensQuote(at scalarOffset: Int) -> Bool { quoteOpens.contains(scalarOffset) }

    /// The first token starting at or after a scalar offset (binary search: tokens are in order).
    func tokenIndex(atOrAfter scalarOffset: Int) -> Int? {
        var low = 0, high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].range.lowerBound < scalarOffset { low = middle + 1 } else { high = middle }
        }
        return low < tokens.count ? low : nil
    }

    /// Where a line's content starts: after its list mark ("-", "•") or a pictograph set before it ("⚡", "🎤").
    var lineStart: Int {
        var start = 0
        while start < tokens.count {
            let token = tokens[start]
            if token.kind == .punctuation, Self.lineMarks.contains(token.text) || token.first.properties.isEmojiPresentation
                || token.first.properties.isEmoji && token.first.value > 0x2000 {
                start += 1
                continue
            }
            // "1️⃣ Oskar Roe (Klarna) …": a keycap numbers the line (a digit, then U+FE0F and U+20E3).
            if token.first.properties.numericType != nil, isKeycap(after: start) {
                start += 1
                while start < tokens.count, tokens[start].kind == .punctuation, Self.keycapMarks.contains(tokens[start].first) { start += 1 }
                continue
            }
            break
        }
        return start
    }

    private func isKeycap(after index: Int) -> Bool {
        if tokens[index].text.unicodeScalars.contains(where: { Self.keycapMarks.contains($0) }) { return true }
        let end = tokens[index].range.upperBound
        return end < scalars.count && Self.keycapMarks.contains(scalars[end])
    }

    private static let keycapMarks: Set<Unicode.Scalar> = ["\u{FE0F}", "\u{20E3}"]

    private static let lineMarks: Set<String> = ["-", "*", "•", "–", "—"]

    func text(of sentence: Sentence) -> String {
        String(scalars: scalars[sentence.scalars])
    }

    /// A paragraph opening with "Il", "She", "Sa conférence" goes on about the talk before it.
    var startsWithBackReference: Bool {
        guard let first = tokens.first(where: \.isWord) else { return false }
        return first.classes.contains(.pronouns) || ["sa", "son", "ses", "his", "her", "their", "leur"].contains(first.lower)
    }

    // MARK: Speakers

    func speakerGroups(in sentence: Sentence) -> [NameGroup] {
        let parser = self.parser
        var groups: [NameGroup] = []
        // People thanked for hosting or feeding us ("Merci à X qui …") are speakers only where the sentence names a talk.
        let gratitude = sentence.tokens.first { tokens[$0].classes.contains(.gratitudeWords) }
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound {
            guard tokens[index].isCapitalized, !quoted[index], var group = parser.group(at: index) else {
                index += 1
                continue
            }
            group.end = min(group.end, sentence.tokens.upperBound)
            if let entry = programEntry(group) {
                groups.append(entry)
                index = max(entry.end, index + 1)
                continue
            }
            let isStaff = isNamedAsStaff(group.start, in: sentence)
            // "She opened with Werner Vogels’ line that …": with someone's words, not with them.
            let withSomeonesThing = group.start > sentence.tokens.lowerBound && group.end < sentence.tokens.upperBound
                && tokens[group.start - 1].classes.contains(.continuationPrepositions) && tokens[group.end].isApostrophe
                && !(group.end..<min(sentence.tokens.upperBound, group.end + 7)).contains { talkNoun(at: $0) != nil }
            let isAgent = !isStaff && !withSomeonesThing && (isAgentSlot(group.start, afterSpeaker: !groups.isEmpty, in: sentence)
                || isFeatured(group.start, in: sentence) || isParenthesizedSpeaker(group, in: sentence)
                || isWithAfterTalkSubject(group.start, in: sentence) || isFollowedByTitleWith(group, in: sentence))
            let isSubject = !isStaff && (isPresentingSubject(endingAt: group.end, in: sentence)
                || !groups.isEmpty && isGappedSubject(group, in: sentence))
                || ownsTalkNoun(endingAt: group.end, in: sentence) || isInvitedToPresent(endingAt: group.end, in: sentence)
                && (gratitude.map { $0 > group.start } ?? true || hasAnnouncedTitle(in: sentence))
            // "The March meetup will feature a talk by X": an agent after a future verb is another evening's.
            // Its own clause only: "X had planned to talk, so instead we got a talk by Y" is Y's evening.
            let agentOfAnotherTime = isAgent && !isSubject && group.start > sentence.tokens.lowerBound
                && isAnotherTime(cueAt: group.start - 1, from: clauseStart(before: group.start, in: sentence))
            if isAgent || isSubject, !agentOfAnotherTime, !presentsTheCommunity(group, in: sentence), !isCalledOff(group, in: sentence), !namesNextOccasion(from: sentence.tokens.lowerBound, to: group.start),
               !isHostingDuty(group, in: sentence), !isCited(group, in: sentence), !isWithInAnotherTime(group, in: sentence) {
                if isAgent, group.people.count == 1, group.people[0].affiliation == nil {
                    group.people[0].affiliation = subjectOrganization(of: sentence, before: group.start)
                }
                groups.append(group)
            } else if joinsPanel(group, in: sentence) {
                // "a animé un panel … avec A de X, B de Y et C": the panelists share the moderator's talk;
                // "une table ronde … avec A, B et C": without a moderator, they are the talk.
                if let last = groups.indices.last {
                    groups[last].people.append(contentsOf: group.people)
                    groups[last].end = group.end
                } else {
                    groups.append(group)
                }
            }
            index = max(group.end, index + 1)
        }
        return groups
    }

    /// "X, who was supposed to open the evening, had to cancel", "a talk by X, but he couldn’t travel", « X devait
    /// présenter …, mais a dû annuler »: a talk called off. The cue is read from the name's clause to the next
    /// person's name, so who stepped in for them ("Ana Roe stepped in for X, who had to cancel") keeps her talk.
    /// « Sa présentation est reportée à janvier »: the sentence calls a talk off.
    func isCalledOff(_ sentence: Sentence) -> Bool {
        let start = sentence.tokens.lowerBound
        return isCalledOff(NameGroup(people: [], start: start, end: start), in: sentence)
    }

    /// A programme line marked as called off: "~~Title~~ — Jane Roe *(cancelled)*", "Title – Jane Roe — reporté",
    /// "[postponed] Title, Jane Roe". The mark stands apart, in brackets, after a dash or at the line's end, so a
    /// title that says "cancelled" ("Why we cancelled our cluster") is not one.
    var isMarkedCalledOff: Bool {
        tokens.indices.contains { index in
            guard tokens[index].classes.contains(.calledOffCues), !quoted[index], Self.calledOffWords.contains(tokens[index].lower)
            else { return false }
            if index > 0, ["(", "[", "-", "–", "—", ":"].contains(tokens[index - 1].text) { return true }
            return tokens[(index + 1)...].allSatisfy { $0.kind == .punctuation }
        }
    }

    private func isCalledOff(_ group: NameGroup, in sentence: Sentence) -> Bool {
        // Before the name, back to its clause's start: "was going to be a talk by X" (not « X s’est désisté, et Y … »).
        var before = group.start
        while before > sentence.tokens.lowerBound, group.start - before < 8,
              !tokens[before - 1].is(","), !tokens[before - 1].is(";"), !tokens[before - 1].classes.contains(.conjunctions) {
            before -= 1
        }
        // After it, up to the next name: two capitalized words not after "from", "at", "de" (an organization's).
        var end = group.end
        while end < sentence.tokens.upperBound, end - group.end < 24 {
            if tokens[end].isCapitalized, end + 1 < sentence.tokens.upperBound, tokens[end + 1].isCapitalized,
               end > 0, !tokens[end - 1].classes.contains(.affiliationMarkers), !tokens[end - 1].is("("),
               !Self.topicPrepositions.contains(tokens[end - 1].lower),
               !(tokens[end - 1].isLowercaseWord && Self.employerPrepositions.contains(tokens[end - 1].lower)) {
                break
            }
            end += 1
        }
        // Words outside quotes only: a title may say "Cancellation". A lexicon class, so that most words cost
        // one bit test.
        for index in before..<end where tokens[index].classes.contains(.calledOffCues) && !quoted[index] {
            let word = tokens[index].lower
            guard Self.calledOffPairStarts.contains(word) else { return true }
            guard index + 1 < end else { continue }
            let next = tokens[index + 1].lower
            switch word {
            case "supposed": if next == "to" { return true }
            // "was due to give a talk … but was off sick".
            case "due": if next == "to", index > before, ["was", "were"].contains(tokens[index - 1].lower) { return true }
            // "was going to be", not "going to talk about".
            case "going": if next == "to", index > before, ["was", "were"].contains(tokens[index - 1].lower) { return true }
            case "could": if next == "not" { return true }
            case "pas": if next == "pu" { return true }
            // "originally planned for tonight, has moved to February", « initialement prévue ce soir ».
            case "originally", "initialement": if Self.plannedWords.contains(next) { return true }
            // "wasn’t able to give his talk".
            case "able":
                if index > before, Self.negations.contains(tokens[index - 1].lower) || tokens[index - 1].lower.hasSuffix("n’t")
                    || tokens[index - 1].lower.hasSuffix("n't") { return true }
            // "X’s talk on fuzzing is moved to April", "was pushed to next month", « a été repoussée à mars ».
            case "moved", "pushed", "bumped", "repoussé", "repoussée", "déplacé", "déplacée":
                // To a month or a later evening, within three words: "to April", "to a later date", « à une date ultérieure ».
                if ["to", "à", "au"].contains(next),
                   (index + 2..<min(end, index + 5)).contains(where: { ExtractionState.dateWords.contains(tokens[$0].lower) || Self.laterWords.contains(tokens[$0].lower) }) {
                    return true
                }
            // "had to be dropped at the last minute", as well as "dropped out".
            case "dropped":
                if next == "out" || index > before && ["be", "been", "was", "were", "got"].contains(tokens[index - 1].lower) { return true }
            default: if next == "out" { return true }
            }
        }
        return false
    }

    private static let negations: WordSet = ["not", "t", "never", "n’t", "n't"]
    /// "la présentation de X sur Argo CD": a topic, not the next person.
    private static let topicPrepositions: WordSet = ["sur", "on", "about"]
    private static let employerPrepositions = WordSet(["from", "of", "at", "de", "du", "chez", "d’", "d'", "with"])
    private static let calledOffWords: Set<String> = [
        "cancel", "cancels", "cancelled", "canceled", "cancelling", "canceling", "cancellation", "couldn", "couldn’",
        "couldn'", "couldn’t", "couldn't", "unable", "postponed", "rescheduled", "annulé", "annulée", "annuler", "annule",
        "annulation", "devait", "devaient", "empêché", "empêchée", "désisté", "désistée", "reporté", "reportée",
    ]
    /// Two words: "supposed to", "going to (be)", "could not", "dropped out", "pulled out", « pas pu ».
    private static let calledOffPairStarts: Set<String> = [
        "supposed", "going", "could", "dropped", "pull", "pulled", "pas", "originally", "initialement", "due", "able",
        "moved", "pushed", "bumped", "repoussé", "repoussée", "déplacé", "déplacée",
    ]
    /// What a talk is moved to when it is moved to another evening: "next month", "a later date", « une date ultérieure ».
    private static let laterWords: Set<String> = [
        "next", "later", "another", "future", "prochain", "prochaine", "ultérieure", "autre", "plus",
    ]
    private static let plannedWords: WordSet = [
        "planned", "scheduled", "slated", "booked", "prévu", "prévue", "programmé", "programmée",
    ]
    /// The words `isCalledOff` looks for, as one lexicon class.
    static let calledOffCueWords: Set<String> = calledOffWords.union(calledOffPairStarts)

    /// "X kicked things off with community announcements", « X a ouvert la soirée avec les annonces »: what a host
    /// does before the talks. Read in the clause after the name, up to a talk noun or a quote, which would be a talk.
    private func isHostingDuty(_ group: NameGroup, in sentence: Sentence) -> Bool {
        var index = group.end
        while index < sentence.tokens.upperBound, index - group.end < 12, !quoted[index] {
            let token = tokens[index]
            // A comma right after the name may open a relative clause: ", qui a animé la table ronde".
            if token.kind == .punctuation, token.is(",") || token.is(";") || token.is(":"), index > group.end { return false }
            if token.classes.contains(.talkNounStarts), talkNoun(at: index) != nil { return false }
            if token.classes.contains(.hostingDuties) {
                // « qui a animé la table ronde », "who moderated the panel": the panel's moderator.
                if !Self.hostingDutyNouns.contains(token.lower) {
                    return (index + 1..<min(sentence.tokens.upperBound, index + 5)).contains { talkNoun(at: $0) == .panel }
                }
                return true
            }
            index += 1
        }
        return false
    }

    /// "Our president, X, started with a quick presentation of the club", « une présentation rapide de la
    /// communauté par X »: the hosts presenting their own community give no talk.
    private func presentsTheCommunity(_ group: NameGroup, in sentence: Sentence) -> Bool {
        let lower = sentence.tokens.lowerBound, upper = sentence.tokens.upperBound
        let before = stride(from: group.start - 1, through: max(lower, group.start - 6), by: -1).first { talkNoun(at: $0) != nil }
        let after = (group.end..<min(upper, group.end + 10)).first { talkNoun(at: $0) != nil }
        return [before, after].compactMap { $0 }.contains { noun in
            guard let of = (noun + 1..<min(upper, noun + 4)).first(where: { Self.ofWords.contains(tokens[$0].lower) }) else { return false }
            var next = of + 1
            while next < upper, next - of <= 2, tokens[next].classes.contains(.articles) || Self.communityDeterminers.contains(tokens[next].lower) {
                next += 1
            }
            return next < upper && Self.communityNouns.contains(tokens[next].lower)
        }
    }

    private static let ofWords: WordSet = ["of", "de", "du", "des", "d’", "d'"]
    /// Beside the articles (a lexicon class): "our club", « notre communauté », "this group".
    private static let communityDeterminers: WordSet = ["our", "this", "notre", "nos", "cette", "ce"]
    private static let communityNouns: WordSet = [
        "club", "community", "communauté", "association", "asso", "meetup", "group", "groupe", "chapter", "chapitre",
        "collectif",
    ]

    private static let moderatingVerbs: Set<String> = ["moderated", "moderates", "modéré", "modérée", "modérait", "animait", "anime"]
    private static let hostingDutyNouns: Set<String> = [
        "announcements", "announcement", "housekeeping", "welcome", "annonces", "bienvenue", "accueil",
    ]
    /// The words `isHostingDuty` looks for, as one lexicon class.
    static let hostingDutyWords: Set<String> = hostingDutyNouns.union(moderatingVerbs).union(hostingParticipleWords)

    private func joinsPanel(_ group: NameGroup, in sentence: Sentence) -> Bool {
        guard group.start > 0, tokens[group.start - 1].classes.contains(.continuationPrepositions) else { return false }
        return (sentence.tokens.lowerBound..<group.start).contains { talkNoun(at: $0) == .panel }
    }

    /// "Next up, Carla Nunes with “Fuzzing in Go”", "Arjun Roe and Divya Roe from Paisaflow, with *Generics, two years
    /// later*", « Puis Omar Roe, de Kestrel, avec « Profiler en Go » »: people, then "with" and a title in quotes or
    /// emphasis right after it.
    /// (A comma inside the title may have been read as the end of an appositive: "with" is looked for from the first
    /// name's end.)
    private func isFollowedByTitleWith(_ group: NameGroup, in sentence: Sentence) -> Bool {
        let from = max(1, min(group.start + 2, group.end)), to = min(group.end + 2, sentence.tokens.upperBound - 1)
        guard from < to else { return false }
        return (from..<to).contains { index in
            guard ["with", "avec"].contains(tokens[index].lower), tokens[index - 1].is(",") || tokens[index - 1].isWord || tokens[index - 1].is(")")
            else { return false }
            let start = tokens[index + 1].range.lowerBound
            return quotes.contains { $0.open == start && $0.closed } || block.emphasis.contains { $0.lowerBound == start && $0.count > 2 }
        }
    }

    /// "- Yannick Bouchard-Sato (Nuagique) : la Gateway API", "Amélie Drolet, Groupe Marmotte – Migrer …",
    /// "Camille Fortier — Drift Happens": a list item that opens with people, maybe their organization,
    /// and a separator announces a talk of the programme. Returns the group with the organization read.
    private func programEntry(_ group: NameGroup) -> NameGroup? {
        let opensBlock = group.start == 0 || (group.start == 1 && ["-", "*", "•", "–", "—"].contains(tokens[0].text))
            || (group.start <= 4 && group.start == lineStart)
        // A line opened by a mark, a pictograph or a keycap ("3️⃣ Ahmed Roe from Spotify: …") is an item too.
        guard opensBlock, block.kind == .listItem || group.start >= 1, group.end < tokens.count else { return nil }
        var entry = group
        if tokens[entry.end].is(","), let organization = parser.organization(at: entry.end + 1),
           organization.end < tokens.count, separators.contains(tokens[organization.end].text) {
            for index in entry.people.indices where entry.people[index].affiliation == nil {
                entry.people[index].affiliation = organization.name
            }
            entry.end = organization.end
        }
        return separators.contains(tokens[entry.end].text) ? entry : nil
    }

    private var separators: Set<String> { [":", "—", "–", "-"] }

    /// The title of a programme entry: the quoted text after the separator, else the words up to a parenthesis.
    func programTitle(for group: NameGroup) -> String? {
        guard let entry = programEntry(group), entry.end + 1 < tokens.count else { return nil }
        let start = tokens[entry.end + 1].range.lowerBound
        if let quote = quotes.first(where: { $0.open == start }) { return cleanTitle(quote.content, quoted: true, announced: true) }
        let end = tokens[(entry.end + 1)...].first(where: { $0.is("(") })?.range.lowerBound ?? scalars.count
        return cleanTitle(start..<end, quoted: false)
    }

    /// Single capitalized words in the sentence that may be a known speaker's first name ("Hugo a repris …").
    func firstNameCandidates(in sentence: Sentence) -> [(index: Int, name: String)] {
        sentence.tokens.compactMap { index in
            let token = tokens[index]
            guard token.isCapitalized, !quoted[index], !token.classes.contains(.sentenceWords),
                  token.isNamePart, index + 1 < tokens.count, tokens[index + 1].isWord || tokens[index + 1].is(",")
            else { return nil }
            if index + 1 < tokens.count, tokens[index + 1].isCapitalized { return nil }
            return (index, token.text)
        }
    }

    /// "une conférence éclair par X", "suivi par X", "un retour d’X", "a keynote from X", "continued with X".
    private func hasAnnouncedTitle(in sentence: Sentence) -> Bool {
        quotes.contains { sentence.scalars.contains($0.open) && isAnnounced(at: $0.open) }
    }

    /// "They spoke about …", "Ils ont présenté …": a sentence that opens on a pronoun subject of a presenting verb.
    func startsWithPresentingPronoun(_ sentence: Sentence) -> Bool {
        let start = sentence.tokens.lowerBound
        guard start < sentence.tokens.upperBound, tokens[start].classes.contains(.pronouns),
              !["we", "nous", "on"].contains(tokens[start].lower) else { return false }
        return isPresentingSubject(endingAt: start + 1, in: sentence)
    }

    /// A paragraph that ends with a colon after naming talks: "The lightning talks were great:", « Au menu des
    /// présentations éclair : ». The list after it is of talks.
    var introducesTalkList: Bool {
        guard let last = tokens.last, last.is(":") else { return false }
        return tokens.indices.contains { !quoted[$0] && talkNoun(at: $0) != nil }
    }

    /// "So many people to thank this month:", « Merci à : »: a paragraph ending with a colon after gratitude
    /// ("Thanks to our speakers:" introduces talks).
    var introducesThanksList: Bool {
        guard let last = tokens.last, last.is(":") else { return false }
        return thanksWithoutTalks
    }

    /// A line over a list of talks to come: "We already have our first two speakers confirmed:", "Confirmed so far:",
    /// « Au programme de la prochaine soirée : », "Here is what's coming up:". Its last sentence, ending on a colon,
    /// tells of speakers confirmed or of a time ahead.
    var introducesComingList: Bool {
        guard let last = tokens.last, last.is(":"), let sentence = sentences.last else { return false }
        return sentence.tokens.contains { Self.comingListWords.contains(tokens[$0].lower) }
            || namesNextOccasion(from: sentence.tokens.lowerBound, to: sentence.tokens.upperBound - 1)
    }

    private static let comingListWords: WordSet = [
        "confirmed", "confirmé", "confirmée", "confirmés", "confirmées", "will", "’ll", "upcoming", "seront", "sera",
        "viendront", "viendra", "présenteront", "présentera",
    ]

    /// Gratitude that names no talk and no speaker: "Thank yous", not "Thanks to our speakers".
    var thanksWithoutTalks: Bool {
        tokens.contains { $0.classes.contains(.gratitudeWords) }
            && !tokens.indices.contains { tokens[$0].classes.contains(.speakerNouns) || talkNoun(at: $0) != nil }
    }

    private static let quotingWords: WordSet = [
        "quoted", "quoting", "cited", "citing", "paraphrasing", "paraphrased", "cité", "citant", "citait", "reprenant",
    ]

    /// "As Kelsey Roe keeps reminding everyone, …", « Comme le dit si bien X, … »: someone cited, not a speaker.
    private func isCited(_ group: NameGroup, in sentence: Sentence) -> Bool {
        guard group.start > sentence.tokens.lowerBound else { return false }
        var before = group.start - 1
        // « Comme le dit si bien X »: the saying verb before the name.
        var sawSaying = false
        while before > sentence.tokens.lowerBound, group.start - before <= 4, tokens[before].isLowercaseWord {
            if Self.sayingStems.contains(where: { tokens[before].lower.hasPrefix($0) }) { sawSaying = true }
            before -= 1
        }
        guard ["as", "comme"].contains(tokens[before].lower) else { return false }
        if sawSaying { return true }
        let after = group.end..<min(sentence.tokens.upperBound, group.end + 4)
        return after.contains { index in tokens[index].isLowercaseWord && Self.sayingStems.contains { tokens[index].lower.hasPrefix($0) } }
    }

    private static let sayingStems = ["say", "said", "put", "remind", "wrote", "write", "dit", "disait", "écri", "aime", "like", "famous"]

    /// "His talk, “…”", « Sa présentation … »: a sentence that opens on a possessive and a talk noun.
    func opensWithPossessiveTalk(_ sentence: Sentence) -> Bool {
        let start = sentence.tokens.lowerBound
        guard start + 1 < sentence.tokens.upperBound, Self.personalPossessives.contains(tokens[start].lower) else { return false }
        return talkNoun(at: start + 1) != nil
    }

    private static let ownershipLinks: WordSet = ["for", "pour", "et", "and", "with", "avec"]
    static let personalPossessives: WordSet = ["his", "her", "their", "sa", "son", "leur"]

    /// "design (Idan Roe), to security (Paul Poe)": a person in parentheses after a topic, in a sentence about talks.
    private func isParenthesizedSpeaker(_ group: NameGroup, in sentence: Sentence) -> Bool {
        guard group.start > sentence.tokens.lowerBound, tokens[group.start - 1].is("("), group.end < sentence.tokens.upperBound,
              tokens[group.end].is(")") else { return false }
        // "@denis (Denis Kiprono) will talk about …": a talk of another evening.
        return sentence.tokens.contains { !quoted[$0] && talkNoun(at: $0) != nil && !isAnotherTime(cueAt: $0, from: sentence.tokens.lowerBound) }
    }

    /// "The first session was about Ruby with Sarah Roe": a sentence whose subject is a talk, and "with" its speaker.
    private func isWithAfterTalkSubject(_ start: Int, in sentence: Sentence) -> Bool {
        guard start > sentence.tokens.lowerBound, tokens[start - 1].classes.contains(.continuationPrepositions) else { return false }
        let opening = sentence.tokens.lowerBound..<min(sentence.tokens.upperBound, sentence.tokens.lowerBound + 4)
        return opening.contains { talkNoun(at: $0) != nil } && !isAnotherTime(cueAt: start - 1, from: sentence.tokens.lowerBound)
    }

    /// "the organizers, including Steve Roe and Nancy Poe, who …": people named as organizers, hosts or sponsors.
    private func isNamedAsStaff(_ start: Int, in sentence: Sentence) -> Bool {
        (max(sentence.tokens.lowerBound, start - 4)..<start).contains { index in
            Self.staffNouns.contains(tokens[index].lower)
        }
    }

    private static let staffNouns: WordSet = [
        "organizers", "organisers", "organisateurs", "organisatrices", "bénévoles", "volunteers", "sponsors", "hosts",
        "hôtes", "commanditaires", "staff", "équipe", "team", "host", "hôte", "mc", "emcee", "animateur", "animatrice",
        "moderator", "modérateur", "modératrice", "bénévole", "volunteer",
    ]

    /// "the meetup featured Jane Roe", "featuring Jane Roe", "with guest speaker Jane Roe".
    private func isFeatured(_ start: Int, in sentence: Sentence) -> Bool {
        var index = start - 1
        while index > sentence.tokens.lowerBound, tokens[index].classes.contains(.agentFillers) || tokens[index].classes.contains(.roleWords) {
            index -= 1
        }
        // "we then heard from Jane Roe".
        if index > sentence.tokens.lowerBound, tokens[index].lower == "from", tokens[index - 1].lower == "heard" { index -= 1 }
        // « la soirée mettait en vedette Jane Roe ».
        if index - 1 > sentence.tokens.lowerBound, tokens[index].lower == "vedette", tokens[index - 1].lower == "en" { index -= 2 }
        guard index >= sentence.tokens.lowerBound, index < start else { return false }
        // "The panel brought together Ada Obi, Musa Ali and …".
        if index > sentence.tokens.lowerBound, tokens[index].lower == "together", ["brought", "brings", "bring"].contains(tokens[index - 1].lower) {
            return !isAnotherTime(cueAt: index - 1, from: sentence.tokens.lowerBound)
        }
        return tokens[index].classes.contains(.featuringWords) && !isAnotherTime(cueAt: index, from: sentence.tokens.lowerBound)
    }

    /// "Jane Roe’s talk on …", "Jane Roe's excellent presentation": the talk noun is hers.
    private func ownsTalkNoun(endingAt groupEnd: Int, in sentence: Sentence) -> Bool {
        var index = groupEnd
        let end = sentence.tokens.upperBound
        // "Thanks to Jane Roe for her talk", « pour X, … et sa présentation « … » », « à X (@x) pour sa démo ».
        var after = groupEnd
        if after < end, tokens[after].is("("), let close = (after + 1..<min(end, after + 8)).first(where: { tokens[$0].is(")") }) {
            after = close + 1
        }
        if after + 2 < end, Self.ownershipLinks.contains(tokens[after].lower),
           Self.personalPossessives.contains(tokens[after + 1].lower), talkNoun(at: after + 2) != nil {
            return !isAnotherTime(cueAt: after + 2, from: sentence.tokens.lowerBound)
        }
        guard index + 1 < end, tokens[index].isApostrophe else { return false }
        index += 1
        if index < end, tokens[index].lower == "s", !tokens[index].spaceBefore { index += 1 }
        // "Zanele Roe’s “GitOps Without the Hype”": what she owns has a title; "he quoted Rob Pike’s “…”" is a saying.
        if index < end, tokens[index].kind == .punctuation, opensQuote(at: tokens[index].range.lowerBound) {
            let quoting = (max(sentence.tokens.lowerBound, groupEnd - 8)..<groupEnd).contains { Self.quotingWords.contains(tokens[$0].lower) }
            return !quoting && !isAnotherTime(cueAt: index, from: sentence.tokens.lowerBound)
        }
        var adjectives = 0
        var sawConjunction = false
        while index < end, adjectives <= 2 {
            if talkNoun(at: index) != nil {
                return !isAnotherTime(cueAt: index, from: sentence.tokens.lowerBound) && !hasFutureVerb(after: index, before: end)
            }
            // "Steve Roe’s and Jim Poe’s respective talks": another owner joined by a conjunction.
            if tokens[index].classes.contains(.conjunctions) { sawConjunction = true; index += 1; continue }
            if sawConjunction, tokens[index].isCapitalized || tokens[index].isApostrophe
                || (tokens[index].lower == "s" && !tokens[index].spaceBefore) {
                index += 1
                continue
            }
            // "five-minute talk": a hyphen inside a compound adjective.
            if tokens[index].is("-"), !tokens[index].spaceBefore { index += 1; continue }
            guard tokens[index].isLowercaseWord else { return false }
            adjectives += 1
            index += 1
        }
        return false
    }

    /// "September’s meetup will be on the 20th, with X talking about …": after "with", the sentence's tense is the talk's.
    private func isWithInAnotherTime(_ group: NameGroup, in sentence: Sentence) -> Bool {
        guard group.start > sentence.tokens.lowerBound, tokens[group.start - 1].classes.contains(.continuationPrepositions) else { return false }
        return isAnotherTime(cueAt: group.start - 1, from: sentence.tokens.lowerBound)
    }

    /// "A talked about golden paths and B about SLOs", « A a parlé de X, et B sur Y »: the verb said once
    /// for both speakers.
    private func isGappedSubject(_ group: NameGroup, in sentence: Sentence) -> Bool {
        guard group.start > sentence.tokens.lowerBound, group.end < sentence.tokens.upperBound else { return false }
        let before = tokens[group.start - 1]
        guard before.classes.contains(.conjunctions) || before.is(",") || before.is(";") else { return false }
        return Self.topicPrepositions.contains(tokens[group.end].lower)
    }

    /// "X’s talk on Ansible at scale will move to March": the verb after the talk's noun phrase is another time's.
    private func hasFutureVerb(after index: Int, before end: Int) -> Bool {
        var next = index + 1
        while next < end, next - index <= 8, !tokens[next].is(","), !tokens[next].is(";") {
            if tokens[next].classes.contains(.otherTimeAuxiliaries), !tokens[next].classes.contains(.perfectAuxiliaries) { return true }
            next += 1
        }
        return false
    }

    /// "invited Jane Roe to give a condensed version of her talk", "a invité Jane Roe à présenter".
    private func isInvitedToPresent(endingAt groupEnd: Int, in sentence: Sentence) -> Bool {
        let end = sentence.tokens.upperBound
        guard groupEnd + 1 < end, ["to", "à", "pour"].contains(tokens[groupEnd].lower) else { return false }
        let verb = tokens[groupEnd + 1].lower
        guard Lexicon.isStrongVerb(verb) || Lexicon.talkNounGovernors.contains(verb) else { return false }
        if !Lexicon.isStrongVerb(verb) {
            guard (groupEnd + 2..<min(end, groupEnd + 8)).contains(where: { talkNoun(at: $0) != nil }) else { return false }
        }
        return !isAnotherTime(cueAt: groupEnd, from: sentence.tokens.lowerBound)
    }

    static let hostingParticiples = WordSet(hostingParticipleWords)
    private static let hostingParticipleWords: Set<String> = ["animé", "animée", "animés", "animées", "hosted", "emceed"]

    /// "Our second speaker was Lucas Roe", "First up was Mira Roe", « Notre conférencière était X »: a past copula
    /// between the evening's speaking slot and the name. A host ("our MC was X") names no such slot.
    private func isNamedBySpeakerCopula(_ start: Int, in sentence: Sentence) -> Bool {
        let lower = sentence.tokens.lowerBound
        var verb = start - 1
        guard verb > lower, Self.pastCopulas.contains(tokens[verb].lower) else { return false }
        if tokens[verb].lower == "été", verb - 1 > lower, tokens[verb - 1].lower == "a" { verb -= 1 }
        let slot = max(lower, verb - 4)..<verb
        let namesSlot = slot.contains { index in
            let word = tokens[index].lower
            if tokens[index].classes.contains(.speakerNouns) { return !Self.hostingSpeakerNouns.contains(word) }
            if Self.headlinerNouns.contains(word) { return true }
            // "The second talk of the night was X’s introduction to Nix".
            if talkNoun(at: index) != nil { return true }
            // "First up", "Next up", "Up first".
            guard word == "up" else { return false }
            return index > lower && Self.orderWords.contains(tokens[index - 1].lower)
                || index + 1 < verb && Self.orderWords.contains(tokens[index + 1].lower)
        }
        return namesSlot && !isAnotherTime(cueAt: verb, from: lower)
    }

    private static let pastCopulas: WordSet = ["was", "were", "était", "étaient", "fut", "été"]
    private static let hostingSpeakerNouns: WordSet = ["animateur", "animatrice"]
    /// "On stage were A, B and C", « Sur scène étaient … »: the stage is a speaking slot too.
    private static let headlinerNouns: WordSet = ["headliner", "keynoter", "keynote", "invitée", "invité", "stage", "scène"]
    private static let orderWords: WordSet = ["first", "next", "then", "last"]

    /// "Article rédigé par X", "written by X": the agent of writing is the post's author.
    static let authoringParticiples: WordSet = [
        "rédigé", "rédigée", "écrit", "écrite", "written", "posted", "publié", "publiée", "signé", "signée", "authored",
    ]

    private func isAgentSlot(_ start: Int, afterSpeaker: Bool, in sentence: Sentence) -> Bool {
        guard start >= 2 else { return false }
        if Self.authoringParticiples.contains(tokens[start - 2].lower) { return false }
        // "Posted on August 19, 2023 by X": the date between the participle and its agent.
        if tokens[start - 1].lower == "by" || tokens[start - 1].lower == "par",
           (max(sentence.tokens.lowerBound, start - 8)..<(start - 1)).contains(where: { Self.authoringParticiples.contains(tokens[$0].lower) })
            && !(max(sentence.tokens.lowerBound, start - 8)..<(start - 1)).contains(where: { talkNoun(at: $0) != nil }) {
            return false
        }
        // "the speaker, Ben Roe of Ferrous Labs, promised …".
        if tokens[start - 1].is(","), tokens[start - 2].classes.contains(.speakerNouns) { return true }
        if isNamedBySpeakerCopula(start, in: sentence) { return true }
        // "… et c’est Maxime Roy, développeur chez X, qui était aux commandes": a cleft in a sentence about a talk.
        if tokens[start - 1].lower == "est", ["c’", "c'"].contains(tokens[start - 2].lower),
           sentence.tokens.contains(where: { talkNoun(at: $0) != nil }) || hasAnnouncedTitle(in: sentence) { return true }
        var prepositionIndex = start - 1
        if tokens[prepositionIndex].is(":"), prepositionIndex >= 2 { prepositionIndex -= 1 }
        // "by our treasurer, Leonie Roe", « par notre trésorière, Léonie Roy »: the role, a comma, the name.
        if tokens[prepositionIndex].is(","), prepositionIndex >= 3, tokens[prepositionIndex - 1].classes.contains(.roleWords) {
            prepositionIndex -= 1
        }
        // "par le duo X", "by our very own X", "par notre collègue X": words between the preposition and the name.
        var skipped = 0
        while prepositionIndex >= 2, skipped < 3,
              tokens[prepositionIndex].classes.contains(.agentFillers) || tokens[prepositionIndex].classes.contains(.roleWords) {
            prepositionIndex -= 1
            skipped += 1
        }
        let preposition = tokens[prepositionIndex].lower
        let heads: Set<String>
        var reach = 3
        if Lexicon.agentPrepositions.contains(preposition) {
            heads = Lexicon.agentHeads
            // "a lightning talk on testing Helm charts with snapshot diffs by X": "by" reaches back to the talk.
            if preposition == "by" || preposition == "par" { reach = 12 }
        } else if Lexicon.continuationPrepositions.contains(preposition), !afterSpeaker {
            // "X opened the evening with Drift Happens": once the sentence has its speaker, "with" names the talk.
            heads = Lexicon.continuationHeads
        } else {
            return false
        }
        var back = prepositionIndex - 1
        while back >= 0, back >= prepositionIndex - reach {
            let token = tokens[back]
            // "a hands-on lab, “Breaking JWTs”, run by X": running a talk is giving it; running a meetup is not.
            if preposition == "by", token.lower == "run" || token.lower == "facilitated" {
                return (max(sentence.tokens.lowerBound, back - 8)..<back).contains { index in
                    talkNoun(at: index) != nil || closedQuoteCloses.contains(tokens[index].range.lowerBound)
                }
            }
            if heads.contains(token.lower) {
                // « La soirée, animée par X »: who leads an evening hosts it; who leads a workshop gave it.
                if Self.hostingParticiples.contains(token.lower) {
                    return (max(sentence.tokens.lowerBound, back - 6)..<back).contains { talkNoun(at: $0) != nil }
                }
                return true
            }
            // "« De l’IoT aux bots » par X": the quoted title itself is what the agent gave; « … » (translation) de X too.
            if token.kind == .punctuation, back == prepositionIndex - 1, Self.titleAgentPrepositions.contains(preposition) {
                if closedQuoteCloses.contains(token.range.lowerBound) { return true }
                if token.is(")"), let open = (max(sentence.tokens.lowerBound, back - 16)..<back).last(where: { tokens[$0].is("(") }),
                   open > sentence.tokens.lowerBound, closedQuoteCloses.contains(tokens[open - 1].range.lowerBound) { return true }
            }
            if token.kind == .punctuation { return false }
            back -= 1
        }
        return false
    }

    /// "X took the stage", "X took the floor", « X a pris la parole », « X est monté sur scène ».
    private func takesTheStage(at index: Int, before end: Int) -> Bool {
        // Every word of every clause comes here: one byte rules out nearly all of them.
        guard index + 2 < end, let first = tokens[index].lower.utf8.first, first == 0x74 || first == 0x70 || first == 0x6D
        else { return false }
        switch tokens[index].lower {
        // "X made the case for learning SQL first".
        case "made", "makes", "make":
            return tokens[index + 1].lower == "the" && tokens[index + 2].lower == "case"
        case "took", "takes", "take":
            return tokens[index + 1].lower == "the" && ["stage", "floor", "mic", "podium"].contains(tokens[index + 2].lower)
        case "pris", "prend", "prenait":
            return tokens[index + 1].lower == "la" && tokens[index + 2].lower == "parole"
        case "monté", "montée", "monte":
            return tokens[index + 1].lower == "sur" && ["scène", "l’estrade", "l'estrade"].contains(tokens[index + 2].lower)
        default:
            return false
        }
    }

    /// The group is the subject of a verb that presents: "X a présenté", "X from Y gave a talk",
    /// "X, elle a présenté", "X … qui a démontré". Future and pluperfect talks happen elsewhere.
    func isPresentingSubject(endingAt groupEnd: Int, in sentence: Sentence) -> Bool {
        var cursor = groupEnd
        let end = sentence.tokens.upperBound
        // "X — our host for the evening — talked about …": an aside between dashes sits between subject and verb.
        // "X (who also works at Kontor, so …) opened the night by …": so does one in parentheses.
        if cursor < end, tokens[cursor].is("—") || tokens[cursor].is("–") || tokens[cursor].is("(") {
            let closing = tokens[cursor].is("(") ? ")" : tokens[cursor].text
            let reach = tokens[cursor].is("(") ? 24 : 10
            var close = cursor + 1
            while close < end, close - cursor <= reach, tokens[close].text != closing { close += 1 }
            if close < end, close - cursor <= reach { cursor = close + 1 }
        }
        if cursor < end, tokens[cursor].is(","), cursor + 1 < end {
            let next = tokens[cursor + 1]
            if next.classes.contains(.pronouns) || Self.subjectResumers.contains(next.lower) { cursor += 1 }
        }
        if cursor < end, tokens[cursor].classes.contains(.pronouns) { cursor += 1 }
        guard cursor < end, tokens[cursor].isLowercaseWord else { return false }
        let opening = tokens[cursor].lower
        // The token's lexicon classes hold the same lists, looked up once when it was made.
        if tokens[cursor].classes.contains(.nonPredicateStarts) || isBareParticiple(opening) { return false }
        var clauseEnd = cursor
        while clauseEnd < end, !tokens[clauseEnd].is(";") { clauseEnd += 1 }
        let copular = tokens[cursor].classes.contains(.copulas)
        var index = cursor
        while index < clauseEnd {
            defer { index += 1 }
            guard tokens[index].isWord, !quoted[index] else { continue }
            let lower = tokens[index].lower
            // "X welcomed everyone and introduced the speakers", « X a souhaité la bienvenue et présenté les locaux »:
            // the host of the evening, not a speaker.
            if tokens[index].classes.contains(.hostingWords) { return false }
            // "liked the talk", "filmed both talks", « a aimé la présentation »: after a determiner, the stem is a noun.
            // "five speakers", "presenters": a noun of the speaker, spelled from a presenting stem.
            let isVerb = (Lexicon.isStrongVerb(lower) && !(index > cursor && Self.nounMarkers.contains(tokens[index - 1].lower))
                && !tokens[index].classes.contains(.speakerLabels)
                || takesTheStage(at: index, before: clauseEnd))
                && !introducesHosting(after: index, before: clauseEnd) && !presentsARelease(after: index, before: clauseEnd)
            // « X a enchaîné sur la manière dont … »: going on about something is presenting it.
            // « X est revenu sur vingt ans de Debian »: so is going back over it.
            let goesOnAbout = index + 1 < clauseEnd && tokens[index + 1].lower == "sur"
                && (tokens[index].classes.contains(.openingVerbs) || Self.goingBackWords.contains(lower))
            let opensWithTitle = isOpeningWith(index) && index + 1 < clauseEnd
                && (tokens[index + 1].isCapitalized || opensQuote(at: tokens[index + 1].range.lowerBound))
            // "X … in his talk", « X nous a proposé une version de sa présentation »: the subject's own talk.
            let ownTalk = index > cursor && Self.personalPossessives.contains(tokens[index - 1].lower) && talkNoun(at: index) != nil
            if isVerb || ownTalk || goesOnAbout || (!copular && isGovernedTalkNoun(at: index, after: cursor)) || startsAnnouncedTitle(at: index) || opensWithTitle {
                return !isAnotherTime(cueAt: index, from: cursor) && !namesNextOccasion(from: sentence.tokens.lowerBound, to: index)
            }
        }
        return false
    }

    /// Not "a": in French it is "has" ("X a présenté"). Not "an", « une »: "X volunteered for a talk" is hers; nor
    /// "his", « sa »: "in his talk" is his (a possessive before a talk noun counts below).
    private static let goingBackWords: WordSet = ["revenu", "revenue", "revenus", "revenues", "attardé", "attardée"]
    private static let titleAgentPrepositions: WordSet = ["par", "by", "de", "d’", "d'"]

    private static let nounMarkers: WordSet = [
        "the", "this", "that", "these", "those", "both", "our", "my", "your", "its",
        "two", "three", "le", "la", "les", "l’", "l'", "des", "cette",
        "ce", "ces", "deux", "trois", "per", "each", "every", "chaque",
    ]

    /// What resumes a subject after its comma: "X, qui a présenté", "X, then gave".
    private static let subjectResumers: WordSet = ["qui", "who", "a", "ont", "then", "ensuite"]
    private static let possessives: WordSet = ["sa", "son", "ses", "its", "leur"]

    /// "a présenté sa version stable", "unveiled its new release": the subject is a product announcing itself.
    private func presentsARelease(after index: Int, before end: Int) -> Bool {
        var next = index + 1
        guard next < end, Self.possessives.contains(tokens[next].lower) else { return false }
        next += 1
        while next < end, next - index <= 4 {
            if tokens[next].classes.contains(.releaseNouns) { return true }
            next += 1
        }
        return false
    }

    /// "introduced the speakers", "présenté les locaux": a presenting verb whose object is the evening itself.
    private func introducesHosting(after index: Int, before end: Int) -> Bool {
        var next = index + 1
        while next < end, next - index <= 3, tokens[next].classes.contains(.determiners) || ["our", "nos", "notre", "all", "tous", "les"].contains(tokens[next].lower) {
            next += 1
        }
        guard next < end else { return false }
        return tokens[next].classes.contains(.hostedObjects)
    }

    /// "a donné une conférence", "kicked off with a keynote": a talk noun that is what the subject did,
    /// not a place ("dans son atelier") or someone else's talk.
    private func isGovernedTalkNoun(at index: Int, after start: Int) -> Bool {
        guard talkNoun(at: index) != nil || namesQuotedTitle(at: index) else { return false }
        // "préparer votre présentation", "your talk": the reader's talk, not the subject's.
        if index > 0, ["votre", "vos", "your", "ta", "ton", "tes"].contains(tokens[index - 1].lower) { return false }
        var back = index - 1
        while back >= start, back >= index - 4 {
            if tokens[back].classes.contains(.talkNounGovernors) { return true }
            back -= 1
        }
        return false
    }

    /// "gave a rant titled “…”", « a fait un exposé intitulé « … » »: whatever the noun, what the subject did
    /// has a title, so it was a talk.
    private func namesQuotedTitle(at index: Int) -> Bool {
        guard tokens[index].classes.contains(.titleCues), index + 1 < tokens.count,
              Self.titleAnnouncers.contains(tokens[index].lower) else { return false }
        let next = tokens[index + 1]
        return next.kind == .punctuation && opensQuote(at: next.range.lowerBound)
    }


    /// "kicked off the evening with “Platform Teams Are Product Teams”": a quoted title right after the verb's
    /// object makes even a weak verb a talk.
    private func startsAnnouncedTitle(at index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index].classes.contains(.talkNounGovernors) else { return false }
        let next = tokens[index + 1]
        return next.kind == .punctuation && opensQuote(at: next.range.lowerBound)
    }

    private static let futureEndings = ["era", "eront", "erait", "eraient", "erons"]
    private static let futureAuxiliaryEndings = ["ra", "ront"]

    /// "présentera", "will present", "avait présenté": the talk is not this event's.
    private func isAnotherTime(cueAt index: Int, from start: Int) -> Bool {
        let cue = tokens[index].lower
        if cue.characterCountText > 5, cue.hasAnySuffixText(Self.futureEndings) { return true }
        var back = index - 1
        while back >= start {
            let word = tokens[back].lower
            // "had presented", « avait présenté »: the pluperfect; "had the pleasure" is no tense of the cue.
            if tokens[back].classes.contains(.otherTimeAuxiliaries) {
                guard tokens[back].classes.contains(.perfectAuxiliaries) else { return true }
                if back + 1 < tokens.count, isPastParticiple(tokens[back + 1]) { return true }
            }
            // "viendra nous présenter", "fera une démo": a future auxiliary before the cue.
            if tokens[back].isLowercaseWord, word.characterCountText > 4, word.hasAnySuffixText(Self.futureAuxiliaryEndings) { return true }
            back -= 1
        }
        return namesNextOccasion(from: start, to: index)
    }

    /// Where the clause holding `index` starts: after the last comma, semicolon, dash or conjunction before it.
    private func clauseStart(before index: Int, in sentence: Sentence) -> Int {
        var start = index
        while start > sentence.tokens.lowerBound {
            let token = tokens[start - 1]
            if token.is(",") || token.is(";") || token.is("—") || token.is("–") || token.classes.contains(.conjunctions)
                || Self.clauseOpeners.contains(token.lower) { break }
            start -= 1
        }
        return start
    }

    private static let clauseOpeners: WordSet = ["so", "but", "then", "donc", "mais", "puis", "alors", "ensuite"]

    /// "En juillet, X viendra nous parler de …": the verb after the group speaks of another time.
    func speaksAnotherTime(after group: NameGroup, in sentence: Sentence) -> Bool {
        guard group.end < sentence.tokens.upperBound else { return false }
        return isAnotherTime(cueAt: min(group.end + 1, sentence.tokens.upperBound - 1), from: sentence.tokens.lowerBound)
    }

    /// "Our next session features X", « la prochaine édition accueillera X »; "Next, X presented" is the evening's order.
    private func namesNextOccasion(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        return (start..<end).contains { index in
            // Every word here starts with n, u, p, l or a: one byte rules out most without a look-up.
            guard let first = tokens[index].lower.utf8.first, index + 1 < tokens.count else { return false }
            switch first {
            case 0x6E, 0x75, 0x70:
                return Self.nextWords.contains(tokens[index].lower) && Self.occasionNouns.contains(tokens[index + 1].lower)
            // "Last year, X’s session was the best rated", « l’an dernier », « l’année dernière »: an earlier edition.
            // A lexicon class, so that "la", "le", "avec" cost one bit test.
            case 0x6C, 0x61:
                guard tokens[index].classes.contains(.earlierEditionWords) else { return false }
                return tokens[index].lower == "last" ? tokens[index + 1].lower == "year" : Self.pastYearWords.contains(tokens[index + 1].lower)
            default:
                return false
            }
        }
    }

    private static let pastYearWords: WordSet = ["dernier", "dernière", "passé", "passée"]
    static let earlierEditionWords: Set<String> = ["last", "an", "année"]
    static let nextWords: WordSet = ["next", "upcoming", "prochain", "prochaine", "prochains", "prochaines"]
    private static let occasionNouns: WordSet = [
        "session", "meetup", "meeting", "event", "edition", "month", "week", "time", "evening", "one", "séance", "rencontre",
        "édition", "soirée", "mois", "fois", "événement", "évènement", "rendez-vous",
    ]

    private func isPastParticiple(_ token: Token) -> Bool {
        guard token.isLowercaseWord else { return false }
        let word = token.lower
        return word.hasAnySuffixText(Self.participleEndings)
            || ["already", "just", "déjà", "also", "aussi", "previously"].contains(word)
    }

    private static let participleEndings = ["ed", "en", "wn", "ne", "ok", "ht", "é", "ée", "és", "ées", "u", "ue", "it", "is", "i"]

    /// French past participles stand after a noun ("sa conférence avec Bob Killen présentée au KubeCon"),
    /// never right after a subject.
    private static let bareParticipleEndings = ["é", "ée", "és", "ées"]

    private func isBareParticiple(_ lower: String) -> Bool {
        lower.hasAnySuffixText(Self.bareParticipleEndings)
    }

    /// "Nuances a ouvert avec une conférence éclair par X": the opening organization is the speaker's.
    private func subjectOrganization(of sentence: Sentence, before start: Int) -> String? {
        var first = sentence.tokens.lowerBound
        // "À Laval, Pixelbrume a ouvert …": the subject comes after an opening place or time.
        if tokens[first].classes.contains(.sentenceWords),
           let comma = (first..<min(start, first + 6)).first(where: { tokens[$0].is(",") }) {
            first = comma + 1
        }
        guard first < start, let organization = parser.organization(at: first), organization.end < start,
              organization.end > first, tokens[organization.end].isLowercaseWord,
              parser.personName(at: first) == nil, CityGazetteer.city(at: first, in: tokens) == nil else { return nil }
        return organization.name
    }

    static let workVerbs = WordSet(NameGroupParser.workVerbs)
    private static let workplacePrepositions = WordSet(NameGroupParser.workPrepositions)
    /// « chercheuse à l’Institut Boréal »: "à" too, once a role was named (a city there is where, not who: see below).
    private static let roleWorkplacePrepositions: WordSet = ["at", "chez", "for", "with", "@", "à", "au"]

    /// "works at Hollowpine", "travaille chez Nuagique": where the person just described works.
    func workplace(in sentence: Sentence) -> String? {
        let range = sentence.tokens
        for index in range where index + 2 < range.upperBound {
            let verb = tokens[index].lower
            guard Self.workVerbs.contains(verb) else { continue }
            let preposition = tokens[index + 1].lower
            guard Self.workplacePrepositions.contains(preposition) else { continue }
            var start = index + 2
            if start < range.upperBound, tokens[start].classes.contains(.articles) { start += 1 }
            if let organization = parser.organization(at: start), CityGazetteer.city(at: start, in: tokens) == nil {
                return organization.name
            }
        }
        // "leads the NLP group at the Turing Institute", « dirige l’équipe données chez Lumen »: a team, then where.
        for index in range where tokens[index].classes.contains(.leadingVerbs) {
            var cursor = index + 1
            while cursor + 1 < range.upperBound, cursor - index <= 8, tokens[cursor].isWord {
                if ["at", "chez"].contains(tokens[cursor].lower) {
                    var start = cursor + 1
                    if tokens[start].classes.contains(.articles) { start += 1 }
                    if start < range.upperBound, let organization = parser.organization(at: start),
                       CityGazetteer.city(at: start, in: tokens) == nil {
                        return organization.name
                    }
                    break
                }
                cursor += 1
            }
        }
        // "is a senior engineer at Bloomberg", « est développeuse chez Hexaplan », "Rosalind, a cartographer at X,":
        // a role, then where.
        for index in range where tokens[index].classes.contains(.copulas)
            || (tokens[index].is(",") && index + 1 < range.upperBound && tokens[index + 1].isLowercaseWord) {
            var cursor = index + 1
            var sawRole = false
            while cursor < range.upperBound, cursor - index <= 7, tokens[cursor].isWord {
                let word = tokens[cursor].lower
                if Lexicon.roleWords.contains(word) || Lexicon.roleStems.contains(where: word.hasPrefix) { sawRole = true }
                if sawRole, Self.roleWorkplacePrepositions.contains(word), cursor + 1 < range.upperBound {
                    var start = cursor + 1
                    if tokens[start].classes.contains(.articles) { start += 1 }
                    if start < range.upperBound, let organization = parser.organization(at: start),
                       CityGazetteer.city(at: start, in: tokens) == nil {
                        return organization.name
                    }
                    return nil
                }
                cursor += 1
            }
        }
        return nil
    }

    // MARK: Kind, cities, links

    func talkNoun(at index: Int) -> TalkKind? {
        guard tokens[index].classes.contains(.talkNounStarts) else { return nil }
        let word = tokens[index].lower
        guard let entries = Lexicon.talkNounsByFirstWord[word] else {
            // Plurals of one-word talk nouns: "talks", « présentations », « ateliers ».
            return Lexicon.talkNounPlurals[word]
        }
        // "AMA" is an ask-me-anything; "Ama" is a given name.
        if word == "ama", tokens[index].text != "AMA" { return nil }
        for entry in entries where index + entry.words.count <= tokens.count {
            var matches = true
            for (offset, word) in entry.words.enumerated() where tokens[index + offset].lower != word {
                matches = false
                break
            }
            if matches { return entry.kind }
        }
        return nil
    }

    /// "lightning talks by A, B and C", « des présentations éclair de A et B »: people who are the agent of a
    /// plural talk noun gave one each.
    func isAgentOfPluralTalks(_ start: Int, in sentence: Sentence) -> Bool {
        var index = start - 1
        if index > sentence.tokens.lowerBound, tokens[index].is(":") { index -= 1 }
        guard index > sentence.tokens.lowerBound, Self.pluralAgentPrepositions.contains(tokens[index].lower) else { return false }
        for back in stride(from: index - 1, through: max(sentence.tokens.lowerBound, index - 3), by: -1) {
            let word = tokens[back]
            guard word.isWord, !quoted[back] else { return false }
            // "was", "has", "this" end in an s without being plural: "The last talk was given by A and B" is one talk.
            let plural = (word.lower.hasSuffix("s") || word.lower.hasSuffix("x")) && !Self.singularEndingInS.contains(word.lower)
                && !word.classes.contains(.copulas) && !word.classes.contains(.perfectAuxiliaries)
            if plural, talkNoun(at: back) != nil || (back > sentence.tokens.lowerBound && talkNoun(at: back - 1) != nil) { return true }
        }
        return false
    }

    private static let pluralAgentPrepositions: WordSet = ["by", "from", "par", "de", "d’", "d'"]
    private static let singularEndingInS: WordSet = ["was", "has", "is", "this", "his", "its", "as", "thus", "plus", "puis", "mais", "fois", "pris", "mis"]

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
        tokens[sentence.tokens].contains { $0.classes.contains(.thanksWords) }
    }

    /// "Sa conférence, intitulée …", "His talk, called …": a sentence that names the talk just described.
    func refersBackToTalk(_ sentence: Sentence) -> Bool {
        // The sentence's first two words, found without copying its tokens.
        guard let first = sentence.tokens.first(where: { tokens[$0].isWord }) else { return false }
        if Self.titleAnnouncingOpeners.contains(tokens[first].lower) { return true }
        guard tokens[first].classes.contains(.backReferences),
              let second = (first + 1..<sentence.tokens.upperBound).first(where: { tokens[$0].isWord }) else { return false }
        return talkNoun(at: second) != nil
    }

    private static let titleAnnouncingOpeners: WordSet = ["intitulée", "intitulé", "titled", "called", "entitled"]

    // MARK: Titles

    /// The talk's title in tokens `from..<to` of the sentence: a quoted text or a link announced as one
    /// ("a présenté : « … »", "a talk called ‘…’", "intitulée : <a>…</a>"), with the translation
    /// the post gives in parentheses after it.
    func title(in sentence: Sentence, after from: Int, before to: Int, lenient: Bool = true) -> (title: String, translation: String?)? {
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
        // "Syed Roe discussed *A Journey to CloudStack*": a title set in italics, as quotes would set it.
        for span in block.emphasis where span.lowerBound >= lower && span.lowerBound < upper && span.count < scalars.count {
            if candidates.contains(where: { $0.content.overlaps(span) }) { continue }
            candidates.append((span.lowerBound, span, span.upperBound - 1))
        }
        candidates.sort { $0.start < $1.start }
        // A title is among the first quotes after the speaker; a paragraph of thousands of marks holds no more.
        for candidate in candidates.prefix(32) {
            let announced = isAnnounced(at: candidate.start)
            guard announced || (lenient && followsPresentingVerb(candidate.start, from: from)) || isFollowedByAgent(candidate.end)
            else { continue }
            let isQuote = opensQuote(at: candidate.start) || block.emphasis.contains { $0 == candidate.content }
            guard var title = cleanTitle(candidate.content, quoted: isQuote, announced: announced && isQuote) else { continue }
            var translation = translation(after: candidate.end)
            // "*cloud.ca utilise CloudStack (How cloud.ca uses CloudStack)*": the translation inside the emphasis.
            if translation == nil, let split = ProgrammeLine.splitTranslation(title) { (title, translation) = (split.title, split.translation) }
            // "…, or as she renamed it, ‘The Salmon Algorithm’": a title the speaker gave it later wins.
            if let renamed = candidates.first(where: { $0.start > candidate.start && isRenaming(before: $0.start) }),
               let newer = cleanTitle(renamed.content, quoted: true, announced: true) {
                return (newer, self.translation(after: renamed.end))
            }
            return (title, translation)
        }
        return unquotedTitle(from: from, to: to)
    }

    /// "a talk titled Shipping on Fridays.", "intitulée Sécuriser la chaîne, Émilie …", "une étude de cas : Des autobus …":
    /// a title written without quotes, after an explicit cue, up to a parenthesis, comma or the sentence's end.
    /// "“Your design system is a product” by Ingrid Roe": a quote its speaker follows as agent.
    private func isFollowedByAgent(_ closeOffset: Int) -> Bool {
        guard let next = tokenIndex(atOrAfter: closeOffset + 1), next + 1 < tokens.count else { return false }
        return ["by", "par"].contains(tokens[next].lower) && parser.personName(at: next + 1) != nil
    }

    /// "presented Secrets in Git (« Les secrets dans Git »)", "talked about Hardening CI (« Durcir la CI »)":
    /// words after a presenting verb that the post translates in a quoted parenthesis are a title.
    private func titleBeforeQuotedTranslation(from: Int, to: Int) -> (title: String, translation: String?)? {
        guard let verb = (from..<to).first(where: { tokens[$0].isWord && !quoted[$0] && Lexicon.isStrongVerb(tokens[$0].lower) }) else { return nil }
        var start = verb + 1
        if start < to, ["about", "on", "sur", "de", "du", "des"].contains(tokens[start].lower) { start += 1 }
        guard start < to, tokens[start].isCapitalized,
              let open = (start..<min(to, start + 25)).first(where: { tokens[$0].is("(") }), open > start + 1,
              open + 1 < tokens.count, tokens[open + 1].kind == .punctuation, quoteMarks.contains(tokens[open + 1].first),
              let title = cleanTitle(tokens[start].range.lowerBound..<tokens[open - 1].range.upperBound, quoted: false)
        else { return nil }
        return (title, translation(after: tokens[open - 1].range.upperBound - 1))
    }

    private static let titleAnnouncers: WordSet = ["titled", "entitled", "called", "intitulé", "intitulée", "intitulées", "named"]

    private func unquotedTitle(from: Int, to: Int) -> (title: String, translation: String?)? {
        if let translated = titleBeforeQuotedTranslation(from: from, to: to) { return translated }
        var index = from
        while index < to - 1 {
            defer { index += 1 }
            let cue = tokens[index]
            let explicit = Self.titleAnnouncers.contains(cue.lower) || isOpeningWith(index)
            let colonAfterTalk = cue.is(":") && (max(from, index - 3)..<index).contains { talkNoun(at: $0) != nil }
            guard explicit || colonAfterTalk, !quoted[index] else { continue }
            var start = index + 1
            if start < to, tokens[start].is(":") { start += 1 }
            guard start < to, tokens[start].isCapitalized || tokens[start].first.properties.numericType != nil,
                  !tokens[start].classes.contains(.sentenceWords) || tokens[start].isAllCaps,
                  !quoted[start], !opensQuote(at: tokens[start].range.lowerBound) else { continue }
            var end = start
            while end < to, end - start < 20 {
                let token = tokens[end]
                if token.is(",") || token.is("(") || token.is(";") || (token.is(".") && (end + 1 == to || tokens[end + 1].spaceBefore)) { break }
                end += 1
            }
            guard end > start + 1 else { continue }
            // "une conférence de : Jane Doe": after a bare colon, a name is a speaker, not a title.
            if colonAfterTalk, parser.personName(at: start)?.end == end { continue }
            let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
            guard let title = cleanTitle(range, quoted: false) else { continue }
            return (title, translation(after: range.upperBound - 1))
        }
        return nil
    }

    /// "ont présenté à deux voix ‘Multi-tenancy: …’": a quote inside the predicate, after its verb,
    /// unless it follows "avec", "like", "nicknamed" and the like.
    private func followsPresentingVerb(_ scalarOffset: Int, from: Int) -> Bool {
        guard var index = tokenIndex(atOrAfter: scalarOffset), index > from else { return false }
        index -= 1
        guard index >= 0, tokens[index].isWord, !tokens[index].classes.contains(.nonTitlePrepositions) else { return false }
        var back = index
        while back >= from {
            if Lexicon.isStrongVerb(tokens[back].lower) || tokens[back].classes.contains(.talkNounGovernors) { return true }
            if tokens[back].is(",") || tokens[back].is(";") { return false }
            back -= 1
        }
        return false
    }

    private func isRenaming(before scalarOffset: Int) -> Bool {
        guard let index = tokenIndex(atOrAfter: scalarOffset) else { return false }
        return (max(0, index - 5)..<index).contains { tokens[$0].classes.contains(.renamingWords) }
    }

    private func isAnnounced(at scalarOffset: Int) -> Bool {
        guard var index = tokenIndex(atOrAfter: scalarOffset) else { return false }
        index -= 1
        while index >= 0, tokens[index].kind == .punctuation, !tokens[index].is(":"), quoteMarks.contains(tokens[index].first) {
            index -= 1
        }
        guard index >= 0 else { return false }
        if tokens[index].is(":") || tokens[index].classes.contains(.titleCues) || isOpeningWith(index) { return true }
        // "Mira Roe from Ecosia with “Async in Production”", « Zoé Roy (Lumen) avec « … » »: a quote after a name.
        // "Arjun Roe from Paisaflow, with *Generics*": the comma before "with" too.
        if tokens[index].classes.contains(.continuationPrepositions), index > 0 {
            let before = tokens[index - 1].is(",") && index > 1 ? index - 2 : index - 1
            if tokens[before].isCapitalized || tokens[before].is(")") { return true }
        }
        // "Dans « FinOps for the Rest of Us », elle a montré …": a sentence that opens on the talk's title.
        if ["dans", "in"].contains(tokens[index].lower), index == 0 || [".", "!", "?"].contains(tokens[index - 1].text) { return true }
        // "Zanele Roe’s “GitOps Without the Hype”": a title owned by the name before it.
        if tokens[index].lower == "s", index > 1, tokens[index - 1].isApostrophe, tokens[index - 2].isCapitalized {
            return true
        }
        // « la session de Jonas Roe (Odoo), « … » »: a title in apposition to the speaker named before it.
        if tokens[index].is(","), index > 0, tokens[index - 1].is(")") || tokens[index - 1].isCapitalized,
           let group = (max(0, index - 8)..<index).lazy.compactMap({ self.parser.group(at: $0) }).first(where: { $0.end == index }),
           !group.people.isEmpty {
            return true
        }
        // "Leur conférence, « … »": a title in apposition to a talk noun.
        return tokens[index].is(",") && index > 0
            && (endsTalkNoun(at: index - 1) || tokens[index - 1].classes.contains(.titleCues))
    }

    /// Whether a talk noun ends at `index` ("case study", "étude de cas", "conférence").
    private func endsTalkNoun(at index: Int) -> Bool {
        (max(0, index - 2)...index).contains { start in
            guard let kind = talkNoun(at: start) else { return false }
            let length = Lexicon.talkNouns.first { $0.kind == kind && matches($0.words, at: start) }?.words.count ?? 1
            return start + length - 1 == index
        }
    }

    private func matches(_ words: [String], at index: Int) -> Bool {
        guard index + words.count <= tokens.count else { return false }
        return words.indices.allSatisfy { tokens[index + $0].lower == words[$0] }
    }

    /// "kicked off the evening with", "a clôturé la journée avec": the next words name the talk.
    func isOpeningWith(_ index: Int) -> Bool {
        guard tokens[index].classes.contains(.continuationPrepositions) else { return false }
        return (max(0, index - 4)..<index).contains { tokens[$0].classes.contains(.openingVerbs) }
    }

    /// A title from a stretch of text, without its quote marks and final punctuation; nil when it does not read as one.
    /// An announced quote ("a lightning talk, ‘kubectl plugins you need’") may be all lowercase.
    func cleanTitle(_ range: Range<Int>, quoted: Bool, announced: Bool = false) -> String? {
        guard !range.isEmpty else { return nil }
        var slice = scalars[range]
        let trimmable: (Unicode.Scalar) -> Bool = { $0.isWhitespaceFast || quoteMarks.contains($0) }
        while let first = slice.first, trimmable(first) { slice = slice.dropFirst() }
        while let last = slice.last, trimmable(last) || [".", ",", ";", ":", "!"].contains(last) { slice = slice.dropLast() }
        guard let first = slice.first, slice.count >= 3 else { return nil }
        let startsLikeTitle = first.isUppercaseFast || first.properties.numericType != nil || !first.properties.isAlphabetic
        // Quoted titles may start in lowercase ("eBPF without fear") but name something: a capital or a digit.
        let namesSomething = slice.contains { $0.isUppercaseFast || $0.properties.numericType != nil }
        guard startsLikeTitle || (quoted && (namesSomething || announced)) else { return nil }
        let title = String(scalars: slice)
        return title.spaceSeparatedWordCount <= 30 ? title : nil
    }

    /// "« Title » (Traduction du titre)": the parenthesis right after a title, when it reads as one.
    private func translation(after end: Int) -> String? {
        var index = end + 1
        while index < scalars.count,
              scalars[index].isWhitespaceFast || quoteMarks.contains(scalars[index]) || [".", ",", "!"].contains(scalars[index]) {
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
        var text = String(scalars: scalars[(index + 1)..<close]).trimmingWhitespace()
        while text.hasSuffix(".") { text.removeLast() }
        let wordCount = text.spaceSeparatedWordCount
        let lower = text.lowercased()
        // A translation is a title too: it starts like one. "(and Surviving)" is the title going on.
        guard let first = text.unicodeScalars.first, first.isUppercaseFast || !Tokenizer.isWordScalar(first)
                || first.properties.numericType != nil else { return nil }
        guard wordCount >= 2,
              !["slides", "diapositives", "vidéo", "video", "pdf", "en anglais", "en français", "in english", "in french"]
                .contains(where: { lower.containsText($0) })
        else { return nil }
        return text
    }
}

private let quoteMarks: Set<Unicode.Scalar> = ["«", "»", "“", "”", "‘", "’", "'", "\"", "„", "‹", "›"]

extension TalkLink {
    static func kind(of url: String) -> Kind {
        let lower = url.lowercased()
        if ["slideshare.", "speakerdeck.", "slides.", "/slides", "docs.google.com/presentation", ".pdf", ".ppt", "prezi."]
            .contains(where: { lower.containsText($0) }) { return .slides }
        if ["youtube.", "youtu.be", "vimeo.", "/video", "twitch.tv/videos"].contains(where: { lower.containsText($0) }) { return .video }
        if ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org"].contains(where: { lower.containsText($0) }) { return .code }
        return .other
    }
}
