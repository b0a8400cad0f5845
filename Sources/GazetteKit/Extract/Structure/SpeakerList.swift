/// Reads a stretch of a block that is nothing but people: "Jane Roe (Acme) & Li Wei", "Marc et Lise de chez Acme".
/// Programme lines, label lines and table cells name their speakers this way; prose does not.
struct SpeakerList {
    /// What may follow the last name.
    enum Tail {
        /// Nothing but closing punctuation.
        case none
        /// A dash and anything after it ("— no recording"), or a comma and a lowercase role.
        case annotation
    }

    let paragraph: Paragraph

    /// The people of tokens `range`, or nil when the range holds anything else.
    /// `singleNames` lets one capitalized word be a person, as label lines write first names ("Par Louis").
    /// `lastAfterCommaIsOrganization`: in programme lines "Jane Roe, Aurora Rail" is a person and her company
    /// (people joined by a comma alone would be written "Jane Roe & John Poe"); label lines list people.
    func people(in range: Range<Int>, singleNames: Bool, tail: Tail, lastAfterCommaIsOrganization: Bool = false) -> [PersonMention]? {
        let tokens = paragraph.tokens
        let parser = paragraph.parser
        var index = range.lowerBound
        while index < range.upperBound, tokens[index].kind == .punctuation, leadingMarks.contains(tokens[index].first) { index += 1 }
        var people: [PersonMention] = []
        while index < range.upperBound {
            if let group = parser.group(at: index), group.end <= range.upperBound, group.end > index {
                people += group.people
                index = group.end
            } else if singleNames, isSingleName(at: index) {
                // A label line says it names people: "Par Romain Camp" is a name even where "Camp" could be an organization's.
                var last = index + 1
                while last < range.upperBound, last - index < 4, tokens[last].isWord, tokens[last].isNamePart { last += 1 }
                var person = PersonMention(name: parser.text(index, last))
                let described = parser.describe(after: last)
                if described.end <= range.upperBound {
                    person.affiliation = described.affiliation
                    index = described.end
                } else {
                    index = last
                }
                people.append(person)
            } else {
                return nil
            }
            index = skipHandle(from: index, in: range, person: &people[people.count - 1])
            guard index < range.upperBound else { break }
            // "Jane Park, Principal Engineer, Proton": the name's group took the role and its comma; the
            // organization after them is the people's.
            if index > range.lowerBound, tokens[index - 1].is(","), people[people.count - 1].affiliation == nil,
               let organization = trailingOrganization(from: index, in: range) {
                for slot in people.indices where people[slot].affiliation == nil { people[slot].affiliation = organization }
                break
            }
            let token = tokens[index]
            // "Jane Roe, Kestrel Cloud": an organization after the last comma is the people's.
            let joinedByConjunction = tokens[range].contains { $0.classes.contains(.conjunctions) || $0.is("&") }
            if token.is(","), index + 1 < range.upperBound,
               parser.personName(at: index + 1) == nil || (lastAfterCommaIsOrganization && !joinedByConjunction),
               let organization = parser.organization(at: index + 1),
               organization.end == range.upperBound || (tail == .annotation && organization.end < range.upperBound
                   && tokens[organization.end].kind == .punctuation && !tokens[organization.end].is(",")) {
                for slot in people.indices where people[slot].affiliation == nil { people[slot].affiliation = organization.name }
                break
            }
            // "Léa Roy and Bo Li, SREs at Infomaniak", "Sun-Hee Park, Principal Engineer, Proton": a role, then its
            // organization, ends the list; the organization is everyone's it follows.
            if token.is(","), let organization = roleThenOrganization(from: index, in: range) {
                for slot in people.indices where people[slot].affiliation == nil { people[slot].affiliation = organization }
                break
            }
            // "Par Jeanne Roe, École nationale supérieure de Yaoundé": an institution's name runs on in lowercase words.
            if token.is(","), let institution = institutionName(from: index + 1, in: range) {
                for slot in people.indices where people[slot].affiliation == nil { people[slot].affiliation = institution }
                break
            }
            if token.is(",") || token.is("&") || token.is("/") || token.is(";") || token.classes.contains(.conjunctions)
                || ["avec", "with"].contains(token.lower) {
                index += 1
                if index < range.upperBound, tokens[index].classes.contains(.conjunctions) { index += 1 }
                if token.is(","), tail == .annotation, index < range.upperBound, tokens[index].isLowercaseWord,
                   !tokens[index].classes.contains(.conjunctions) { break }
                continue
            }
            if token.kind == .punctuation, closingMarks.contains(token.first),
               tokens[index..<range.upperBound].allSatisfy({ $0.kind == .punctuation }) { break }
            if tail == .annotation, token.kind == .punctuation, dashes.contains(token.first) || token.is("(") || token.is("|") { break }
            return nil
        }
        return people.isEmpty ? nil : people
    }

    /// "Romain Porte (MicroJoe)", "Jane Roe (@jroe)": a handle or an organization in parentheses after a name.
    private func skipHandle(from index: Int, in range: Range<Int>, person: inout PersonMention) -> Int {
        let tokens = paragraph.tokens
        guard index < range.upperBound, tokens[index].is("(") else { return index }
        guard let close = (index + 1..<min(range.upperBound, index + 8)).first(where: { tokens[$0].is(")") }), close > index + 1 else {
            return index
        }
        let words = tokens[(index + 1)..<close].filter(\.isWord)
        if person.affiliation == nil, !words.isEmpty, !tokens[index + 1].is("@"),
           let first = words.first, first.isCapitalized, !words.contains(where: { $0.isLowercaseWord && !$0.classes.contains(.affiliationMarkers) }) {
            person.affiliation = paragraph.parser.text(index + 1, close)
        }
        return close + 1
    }

    /// The organization of a role after `comma` that runs to the end of the range: "…, SREs at Infomaniak",
    /// "…, Principal Engineer, Proton" (a capitalized role, a comma, the organization).
    private func roleThenOrganization(from comma: Int, in range: Range<Int>) -> String? {
        let tokens = paragraph.tokens
        let parser = paragraph.parser
        var end = range.upperBound
        while end > comma, tokens[end - 1].kind == .punctuation, closingMarks.contains(tokens[end - 1].first) { end -= 1 }
        guard comma + 2 < end, parser.personName(at: comma + 1) == nil else { return nil }
        let role = parser.describe(after: comma)
        guard role.end > comma + 1 else { return nil }
        if let affiliation = role.affiliation { return role.end >= end ? affiliation : nil }
        guard role.end < end, tokens[role.end - 1].is(",") else { return nil }
        return trailingOrganization(from: role.end, in: range)
    }

    /// An organization's name from `start` to the end of the range (closing punctuation aside).
    private func trailingOrganization(from start: Int, in range: Range<Int>) -> String? {
        let tokens = paragraph.tokens
        var end = range.upperBound
        while end > start, tokens[end - 1].kind == .punctuation, closingMarks.contains(tokens[end - 1].first) { end -= 1 }
        guard start < end, paragraph.parser.personName(at: start) == nil, let organization = paragraph.parser.organization(at: start),
              organization.end == end else { return nil }
        return organization.name
    }

    /// The rest of the range, when it is one institution's name: capitalized first, an institution's word among its
    /// first words, no other comma, and nothing after it but closing punctuation.
    private func institutionName(from start: Int, in range: Range<Int>) -> String? {
        let tokens = paragraph.tokens
        var end = range.upperBound
        while end > start, tokens[end - 1].kind == .punctuation, closingMarks.contains(tokens[end - 1].first) { end -= 1 }
        guard start < end, end - start <= 10, tokens[start].isCapitalized, paragraph.parser.personName(at: start) == nil,
              tokens[start..<min(end, start + 3)].contains(where: { $0.classes.contains(.institutionWords) }),
              !tokens[start..<end].contains(where: { $0.is(",") || $0.classes.contains(.conjunctions) }) else { return nil }
        return paragraph.parser.text(start, end)
    }

    func isSingleName(at index: Int) -> Bool {
        let token = paragraph.tokens[index]
        return token.isWord && token.isNamePart && !token.classes.contains(.sentenceWords)
            && !token.classes.contains(.institutionWords) && !token.classes.contains(.roleWords)
            && !token.classes.contains(.speakerNouns) && Lexicon.talkNounsByFirstWord[token.lower] == nil
    }

    private var leadingMarks: Set<Unicode.Scalar> { [":", "-", "–", "—", "*", "•", "(", "["] }
    private var closingMarks: Set<Unicode.Scalar> { [".", "!", ")", "]", ":", "*"] }
    private var dashes: Set<Unicode.Scalar> { ["-", "–", "—"] }
}
