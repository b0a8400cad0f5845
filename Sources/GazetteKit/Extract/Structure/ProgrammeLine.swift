/// A line of a programme: a title and its speakers on one line, in either order, as headings, list items
/// and emphasized lines write them: "Title – Jane Roe", "Title par Jane Roe (Acme)", "Jane Roe : Title",
/// "Title (Jane Roe)", "Title, Jane Roe".
struct ProgrammeLine {
    var title: String
    var people: [PersonMention]
    var kind: TalkKind = .talk

    /// `commas` allows "Title, Jane Roe": only where a whole line is one entry (a list item or a heading).
    static func read(_ paragraph: Paragraph, commas: Bool) -> ProgrammeLine? {
        let start = afterTime(from: paragraph.lineStart, in: paragraph.tokens)
        return readAfterKindLabel(paragraph, commas: commas, from: start) ?? read(paragraph, commas: commas, from: start)
    }

    /// "Lightning talk: “Title” — Jane Roe": the line read after the kind's label (`TitleKindLabel`); nil when
    /// the line has no such label or is no programme line after it.
    static func readAfterKindLabel(_ paragraph: Paragraph, commas: Bool) -> ProgrammeLine? {
        readAfterKindLabel(paragraph, commas: commas, from: afterTime(from: paragraph.lineStart, in: paragraph.tokens))
    }

    private static func readAfterKindLabel(_ paragraph: Paragraph, commas: Bool, from start: Int) -> ProgrammeLine? {
        guard let label = TitleKindLabel.labelEnd(in: paragraph.tokens, from: start, separators: false), label > start else { return nil }
        return read(paragraph, commas: commas, from: label + 1)
    }

    private static func read(_ paragraph: Paragraph, commas: Bool, from start: Int) -> ProgrammeLine? {
        let tokens = paragraph.tokens
        // "Title — Jane Roe (Acme) Vidéo : https://…": a link's label on the next line ends the entry.
        var end = LabelRecord.linkLabel(in: tokens, from: start + 2) ?? tokens.count
        // "**Title** par Julien Roy. Julien est développeur …": the entry is the line's first sentence.
        if let first = paragraph.sentences.first(where: { $0.tokens.contains(start) }), first.tokens.upperBound < end,
           tokens[first.tokens.upperBound - 1].is(".") {
            end = first.tokens.upperBound - 1
        }
        guard end - start >= 3, !LabelLine.startsWithLabel(paragraph, at: start) else { return nil }
        let list = SpeakerList(paragraph: paragraph)

        func entry(title: Range<Int>, people: [PersonMention]) -> ProgrammeLine? {
            // A title side that reads as names is names ("Jane Roe – John Smith"), unless it is too long for one
            // person: four capitalized words are a title ("Fast Builds Without Tears").
            // "Posted on August 19 by Jane Roe": a byline, whatever comes between its participle and "by".
            // "Photos by X", « Crédit photo : X »: a credit line, not a talk.
            guard !Paragraph.authoringParticiples.contains(tokens[title.lowerBound].lower),
                  !tokens[title].filter(\.isWord).allSatisfy({ Self.creditWords.contains($0.lower) }),
                  !isHostingSlot(paragraph, title), let text = titleText(paragraph, title),
                  // "Lin Wei: https://…/slides.pdf" under "Slides": a link to a talk, not its title.
                  !text.hasPrefix("http://"), !text.hasPrefix("https://"), !text.hasPrefix("www."),
                  looksLikeTitle(paragraph, title) || list.people(in: title, singleNames: false, tail: .none) == nil
            else { return nil }
            return ProgrammeLine(title: text, people: people, kind: paragraph.kind(of: paragraph.whole))
        }

        let separators = (start..<end).filter { isSeparator($0, in: paragraph, commas: commas) }
        // "Ikenna Eze – Why I Stopped Writing YAML by Hand", "Why I Stopped Writing YAML by Hand – Ikenna Eze": a full
        // name and a separator open or close the line; a single word after "by" is the title's.
        let namedBesideTitle = paragraph.parser.personName(at: start).map { name in
            name.end < end && isSeparator(name.end, in: paragraph, commas: false) && name.name.contains(" ")
        } == true || separators.last.map { separator in
            paragraph.parser.personName(at: separator + 1).map { $0.end == end && $0.name.contains(" ") } == true
        } == true
        // "Title par Jane Roe", "Title by Jane Roe — no recording".
        for index in stride(from: end - 2, through: start + 1, by: -1) where agentWords.contains(tokens[index].lower)
            && !Paragraph.authoringParticiples.contains(tokens[index - 1].lower) {
            // "“Title” — by Jane Roe": a dash before the agent word parts them too.
            var titleEnd = index
            if titleEnd - 1 > start, ["-", "–", "—", "|", "·"].contains(tokens[titleEnd - 1].text) { titleEnd -= 1 }
            if let people = list.people(in: (index + 1)..<end, singleNames: true, tail: .annotation),
               !(namedBesideTitle && people.count == 1 && !people[0].name.contains(" ")),
               let found = entry(title: start..<titleEnd, people: people) { return found }
        }
        // "Title – Jane Roe": the last separator, since titles hold dashes and colons of their own. A dash before a
        // comma comes first: in "“Title” — Jane Roe, Acme" the comma parts the speaker from her organization.
        let dashesFirst = separators.reversed().filter { !tokens[$0].is(",") } + separators.reversed().filter { tokens[$0].is(",") }
        for index in dashesFirst where index + 1 < end {
            if let people = list.people(in: (index + 1)..<end, singleNames: false, tail: .annotation, lastAfterCommaIsOrganization: true),
               let found = entry(title: start..<index, people: people) { return found }
        }
        // "Jane Roe : Title": the first separator. In a heading, capitalized words before a dash are as often
        // a title's ("Continuous Container Checkup - …"), so there the names must be marked: a link, bold, a handle.
        for index in separators where index > start && !tokens[index].is(",") {
            if let people = list.people(in: start..<index, singleNames: false, tail: .none, lastAfterCommaIsOrganization: true),
               !isHeading(paragraph) || isMarked(paragraph, start..<index) || looksLikeTitle(paragraph, (index + 1)..<end),
               let found = entry(title: (index + 1)..<end, people: people) { return found }
        }
        // "Title (Jane Roe)".
        if tokens[end - 1].is(")"), let open = (start..<(end - 1)).last(where: { tokens[$0].is("(") }), open > start,
           let people = list.people(in: (open + 1)..<(end - 1), singleNames: false, tail: .none),
           let found = entry(title: start..<open, people: people) { return found }
        return nil
    }

    /// "Welcome from the organisers — X", "Intro & community news — X", « Mot d’accueil — X »: an agenda's
    /// hosting slot, not a talk ("Intro to Rust — X" is one).
    static func isHostingSlot(_ paragraph: Paragraph, _ range: Range<Int>) -> Bool {
        // « Le mot des organisateurs », "The welcome": an article first says nothing.
        let words = Array(paragraph.tokens[range].filter(\.isWord).drop(while: { $0.classes.contains(.articles) || $0.lower == "a" }))
        guard let first = words.first?.lower else { return false }
        if ["welcome", "bienvenue", "accueil", "announcements", "annonces", "networking"].contains(first) { return true }
        // "Host: X", "MC — X", « Animation : X »: who runs the evening.
        if words.count == 1, Self.hostingRoles.contains(first) { return true }
        // "moderated by X", « animée par X ».
        if Paragraph.hostingParticiples.contains(first) || ["moderated", "modéré", "modérée"].contains(first) { return true }
        // « Mot d’accueil », « Mot de clôture », "Opening remarks".
        if first == "mot", words.count > 2,
           ["accueil", "bienvenue", "ouverture", "clôture", "fin"].contains(words[2].lower) || Self.hostingRoles.contains(words[2].lower) { return true }
        // "A word from the organizers", "Word from our hosts".
        if let word = words.firstIndex(where: { $0.lower == "word" }), word <= 1,
           words[(word + 1)...].prefix(3).contains(where: { Self.hostingRoles.contains($0.lower) }) { return true }
        if ["opening", "closing"].contains(first), words.count > 1, ["remarks", "words", "address"].contains(words[1].lower) { return true }
        guard ["intro", "introduction"].contains(first) else { return false }
        return words.count == 1 || !["to", "into", "à", "au", "aux", "of"].contains(words[1].lower)
    }

    private static let hostingRoles: Set<String> = [
        "host", "hosts", "mc", "emcee", "moderator", "moderation", "organizer", "organizers", "organiser", "organisers",
        "animation", "animateur", "animatrice", "hôte", "hôtes", "modérateur", "modératrice", "organisation",
        "organisateur", "organisateurs", "organisatrice", "organisatrices",
    ]

    /// "Le code de la route (The Highway Code)": a title followed by its translation in parentheses.
    static func splitTranslation(_ title: String) -> (title: String, translation: String)? {
        guard title.hasSuffix(")"), let open = title.lastIndex(of: "(") else { return nil }
        let inner = title[title.index(after: open)..<title.index(before: title.endIndex)].trimmingWhitespace()
        var head = title[..<open].trimmingWhitespace()
        guard inner.split(separator: " ").count >= 2, let first = inner.unicodeScalars.first, first.isUppercaseFast,
              head.split(separator: " ").count >= 2 else { return nil }
        // "“Ataques a APIs” (API attacks)": the title's opening quote went with the line's, its closing one stayed.
        if let last = head.unicodeScalars.last, ["\"", "”", "»", "’"].contains(last),
           !head.unicodeScalars.dropLast().contains(where: { ["\"", "“", "«", "‘"].contains($0) }) {
            head = String(head.unicodeScalars.dropLast()).trimmingWhitespace()
        }
        return (head, inner)
    }

    /// Capitalized titles read like names ("Building Better Queues"); these signs a name never has: four words
    /// or more, a lowercase word, a digit, a gerund or an abstract noun's ending, a technology's name.
    static func looksLikeTitle(_ paragraph: Paragraph, _ range: Range<Int>) -> Bool {
        let words = paragraph.tokens[range].filter(\.isWord)
        if words.count >= 4 { return true }
        return words.contains { word in
            word.isLowercaseWord || word.first.properties.numericType != nil || word.classes.contains(.institutionWords)
                || ["ing", "tion", "ment", "ness", "ity", "ics"].contains { word.lower.hasSuffix($0) && word.lower.count > 5 }
        }
    }

    private static func isHeading(_ paragraph: Paragraph) -> Bool {
        if case .heading = paragraph.block.kind { return true }
        return false
    }

    private static func isMarked(_ paragraph: Paragraph, _ range: Range<Int>) -> Bool {
        let scalars = paragraph.tokens[range.lowerBound].range.lowerBound..<paragraph.tokens[range.upperBound - 1].range.upperBound
        return paragraph.block.links.contains { $0.range.overlaps(scalars) } || paragraph.block.emphasis.contains { $0.overlaps(scalars) }
    }

    private static let agentWords: Set<String> = ["par", "by"]
    /// What a credit line credits: "Photos by X", "Photo credit: X", « Crédits photos : X », "Video: X".
    private static let creditWords: Set<String> = [
        "photo", "photos", "pictures", "picture", "pics", "credit", "credits", "crédit", "crédits", "video", "videos",
        "vidéo", "vidéos", "illustration", "illustrations", "recording", "captation", "images", "image", "photographie",
        "photographies", "cover", "couverture", "art", "design", "and", "et", "&",
    ]

    private static func isSeparator(_ index: Int, in paragraph: Paragraph, commas: Bool) -> Bool {
        let token = paragraph.tokens[index]
        guard token.kind == .punctuation, index > 0, !paragraph.isQuoted(index) else { return false }
        switch token.first {
        case "–", "—", "|": return true
        case "-": return token.spaceBefore && index + 1 < paragraph.tokens.count && paragraph.tokens[index + 1].spaceBefore
        case ":": return true
        case ",": return commas
        default: return false
        }
    }

    /// "19h30 – ", "18:45 ": a programme's time column written inline.
    static func afterTime(from start: Int, in tokens: [Token]) -> Int {
        var index = start
        while index < tokens.count, index - start < 6 {
            let token = tokens[index]
            let isTimePart = token.first.properties.numericType != nil || token.is(":") || token.is("h")
                || ["h", "am", "pm", "min"].contains(token.lower) || (token.isWord && token.lower.first == "h" && token.text.count <= 3 && index > start)
            if !isTimePart { break }
            index += 1
        }
        guard index > start, tokens[start].first.properties.numericType != nil else { return start }
        while index < tokens.count, tokens[index].kind == .punctuation, ["-", "–", "—", ":", "|"].contains(tokens[index].text) { index += 1 }
        return index
    }

    /// The title written in tokens `range`, without the separators, quotes and emphasis marks around it.
    static func titleText(_ paragraph: Paragraph, _ range: Range<Int>) -> String? {
        var lower = range.lowerBound
        var upper = range.upperBound
        let tokens = paragraph.tokens
        while lower < upper, tokens[lower].kind == .punctuation, !["(", "«", "“", "‘", "\"", "'", "[", "¿", "¡"].contains(tokens[lower].text) {
            lower += 1
        }
        while upper > lower, tokens[upper - 1].kind == .punctuation, [":", "–", "—", "-", ",", "|", ";", "*", "_"].contains(tokens[upper - 1].text) {
            upper -= 1
        }
        // "### 1. Observabilité …", "2) Kyverno": the programme's numbering is not the title's.
        if lower + 2 < upper, tokens[lower].isWord, tokens[lower].text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
           tokens[lower + 1].is(".") || tokens[lower + 1].is(")"), tokens[lower + 2].isWord {
            lower += 2
        }
        // "“Ten Clusters Later” (keynote)": the kind in parentheses is not the title's.
        if upper - lower > 3, tokens[upper - 1].is(")"), tokens[upper - 3].is("("), paragraph.talkNoun(at: upper - 2) != nil {
            upper -= 3
        }
        guard upper > lower else { return nil }
        let scalars = tokens[lower].range.lowerBound..<tokens[upper - 1].range.upperBound
        return paragraph.cleanTitle(scalars, quoted: true, announced: true)
    }
}

/// A line that names the speakers of the talk above it: "Speaker: Jane Roe", "Par : Jane Roe",
/// "Présenté par Jane Roe", "Talk proposé par Jane Roe (jroe)", "Speakers: A and B".
enum LabelLine {
    static func people(in paragraph: Paragraph) -> [PersonMention]? {
        let tokens = paragraph.tokens
        var start = paragraph.lineStart
        guard let after = labelEnd(paragraph, at: start) else { return nil }
        // "Par Guillaume Roy, SRE chez Octave. Guillaume a raconté …": the label's line is its first sentence.
        let end = firstSentenceEnd(paragraph, after: after)
        return SpeakerList(paragraph: paragraph).people(in: after..<end, singleNames: true, tail: .annotation)
    }

    /// The end of the sentence holding token `index`: where prose after a label line starts.
    static func firstSentenceEnd(_ paragraph: Paragraph, after index: Int) -> Int {
        paragraph.sentences.first { $0.tokens.contains(index) }?.tokens.upperBound ?? paragraph.tokens.count
    }

    /// "Speakers:" alone on its line: the people follow as a list.
    static func isBare(_ paragraph: Paragraph) -> Bool {
        let tokens = paragraph.tokens
        guard let after = labelEnd(paragraph, at: 0), after == tokens.count, after >= 2 else { return false }
        return tokens[after - 1].is(":")
    }

    static func startsWithLabel(_ paragraph: Paragraph, at start: Int) -> Bool { labelEnd(paragraph, at: start) != nil }

    /// The token after the label and its colon, when the line opens with one.
    private static func labelEnd(_ paragraph: Paragraph, at start: Int) -> Int? {
        let tokens = paragraph.tokens
        guard start < tokens.count else { return nil }
        // "Speaker:", "Speakers :", "Conférencière :", "Intervenant(e)s :".
        var index = start
        if tokens[index].isWord, tokens[index].classes.contains(.speakerLabels) {
            index += 1
            if index + 2 < tokens.count, tokens[index].is("("), tokens[index + 2].is(")") { index += 3 }
            if index < tokens.count, tokens[index].isWord, tokens[index].lower.count <= 2 { index += 1 }
            if index < tokens.count, tokens[index].is(":") || tokens[index].is("-") || tokens[index].is("–") { return index + 1 }
            return nil
        }
        // "With A (Acme), B and C.": under a panel's heading, the line that names its people.
        if start == 0, ["with", "avec"].contains(tokens[index].lower), index + 1 < tokens.count {
            return tokens[index + 1].is(":") ? index + 2 : index + 1
        }
        // "Par", "By", "Présenté par", "Talk proposé par", "Animé par :": up to four words ending in an agent preposition.
        // "Keynote d’ouverture par X", "Session de X", "A talk by X": a talk noun and its agent.
        var start = start
        if start + 1 < tokens.count, tokens[start].classes.contains(.determiners), paragraph.talkNoun(at: start + 1) != nil {
            start += 1
        }
        let opensWithTalkNoun = tokens[start].isWord && paragraph.talkNoun(at: start) != nil
        var cursor = start
        while cursor < tokens.count, cursor - start < 5, tokens[cursor].isWord {
            let word = tokens[cursor].lower
            if opensWithTalkNoun, cursor == start + 1, ["de", "d’", "d'", "from"].contains(word),
               paragraph.parser.personName(at: cursor + 1) != nil {
                return cursor + 1
            }
            // Only the talk noun and lowercase words before the agent: "Présentation de PHP 8 par X" names its title.
            if opensWithTalkNoun, word == "par" || word == "by",
               tokens[(start + 1)..<cursor].allSatisfy({ $0.isLowercaseWord }) {
                var next = cursor + 1
                if next < tokens.count, tokens[next].is(":") { next += 1 }
                return next
            }
            if word == "par" || word == "by" {
                let before = tokens[start..<cursor]
                guard before.allSatisfy({ Lexicon.talkNounsByFirstWord[$0.lower] != nil || $0.classes.contains(.agentHeads)
                        || $0.classes.contains(.labelParticiples) }) else { return nil }
                var next = cursor + 1
                if next < tokens.count, tokens[next].is(":") { next += 1 }
                return next
            }
            cursor += 1
        }
        return nil
    }
}
