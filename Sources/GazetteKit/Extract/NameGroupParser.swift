/// A person named in a sentence, with what the sentence says about them.
struct PersonMention: Sendable {
    var name: String
    var affiliation: String?
    var city: String?
}

/// People named together ("X from A and Y of B"): co-speakers when they share a presenting verb.
struct NameGroup: Sendable {
    var people: [PersonMention]
    /// First token of the first name.
    var start: Int
    /// Token index just past the last name, affiliation or appositive.
    var end: Int
}

/// Reads person names and their affiliations from tokens, by the grammar of both languages:
/// "Ian Crosby from Container Solutions", "CloudOps’ own Syed Ahmed", "Syed Ahmed, de chez CloudOps,",
/// "Anthony Dahanne, ingénieur logiciel chez Terracotta/Software AG a …", "Jane Doe (Acme)".
struct NameGroupParser {
    let tokens: [Token]
    let scalars: [Unicode.Scalar]
    /// Token positions inside quoted titles, where capitalized words are a title's, not people.
    let isQuoted: (Int) -> Bool

    // MARK: Groups

    func group(at start: Int) -> NameGroup? {
        // "Dr. Margaret Ishikawa": the honorific belongs to the group's place in the sentence, not to the name.
        var index = start
        if tokens[index].classes.contains(.honorifics), index + 1 < tokens.count {
            index += tokens[index + 1].is(".") ? 2 : 1
            guard index < tokens.count else { return nil }
        }
        if let shared = sharedSurnameGroup(at: index) { return shared }
        guard let first = personName(at: index) else { return nil }
        var people: [PersonMention] = []
        var cursor = first.end
        var mention = PersonMention(name: first.name)
        mention.affiliation = possessiveAffiliation(before: index)
        var isFirst = true
        while true {
            let described = describe(after: cursor)
            // "Cloud Advocate Rosa Lind of Pinegate": what follows the name says it more surely than what precedes
            // it, so the title before the first name is read only when nothing follows.
            if mention.affiliation == nil {
                mention.affiliation = described.affiliation ?? (isFirst ? titleAffiliation(before: index) ?? roleFirstAffiliation(before: index) : nil)
            }
            isFirst = false
            mention.city = described.city
            cursor = described.end
            people.append(mention)
            guard let next = nextMember(after: cursor) else { break }
            mention = PersonMention(name: next.name)
            cursor = next.end
        }
        shareTrailingAffiliation(&people)
        return NameGroup(people: people, start: start, end: cursor)
    }

    /// "X, Y and Z from Acme": an affiliation given once, after the last name, is everyone's.
    private func shareTrailingAffiliation(_ people: inout [PersonMention]) {
        guard people.count > 1, let shared = people.last?.affiliation,
              people.dropLast().allSatisfy({ $0.affiliation == nil }) else { return }
        for index in people.indices { people[index].affiliation = shared }
    }

    /// "Raj and Meera Subramanian": two people sharing the surname written once.
    private func sharedSurnameGroup(at index: Int) -> NameGroup? {
        guard index + 2 < tokens.count, tokens[index].isWord, tokens[index].isNamePart,
              !tokens[index].classes.contains(.sentenceWords), !tokens[index].classes.contains(.institutionWords),
              tokens[index + 1].classes.contains(.conjunctions), personName(at: index) == nil,
              let second = personName(at: index + 2), second.name.split(separator: " ").count == 2,
              index == 0 || !tokens[index - 1].classes.contains(.sentenceWords) || tokens[index - 1].isCapitalized
        else { return nil }
        let surname = String(second.name.split(separator: " ")[1])
        var people = [PersonMention(name: "\(tokens[index].text) \(surname)"), PersonMention(name: second.name)]
        let described = describe(after: second.end)
        people[1].affiliation = described.affiliation
        people[1].city = described.city
        shareTrailingAffiliation(&people)
        return NameGroup(people: people, start: index, end: described.end)
    }

    /// "and Y", "et Y", ", Y and Z": the next co-speaker's name, if one follows.
    private func nextMember(after index: Int) -> (name: String, end: Int)? {
        var cursor = index
        if cursor < tokens.count, tokens[cursor].is(",") { cursor += 1 }
        if cursor < tokens.count, tokens[cursor].classes.contains(.conjunctions) { cursor += 1 }
        guard cursor > index, cursor < tokens.count else { return nil }
        let joinedByConjunction = tokens[cursor - 1].classes.contains(.conjunctions)
        // "et à Mathieu Benoit": a preposition after the conjunction starts another phrase, not a co-speaker.
        guard let next = personName(at: cursor) else { return nil }
        // "A, B and C" goes on after B; in "Grace Roe, Aurora Mobility – …" the words after the comma are her company.
        if !joinedByConjunction {
            guard next.end < tokens.count, tokens[next.end].is(",") || tokens[next.end].classes.contains(.conjunctions)
                    || tokens[next.end].is("(") || tokens[next.end].classes.contains(.affiliationMarkers)
            else { return nil }
        }
        return next
    }

    // MARK: Names

    /// The surname's index after a quoted one-word nickname at `index` ("\"Sasha\" Hrytsenko"), or nil.
    private func surnameAfterNickname(at index: Int) -> Int? {
        guard index + 3 < tokens.count, tokens[index].kind == .punctuation, Self.nicknameOpeners.contains(tokens[index].text),
              tokens[index + 1].isWord, tokens[index + 1].isCapitalized, tokens[index + 2].kind == .punctuation,
              Self.nicknameClosers.contains(tokens[index + 2].text), tokens[index + 3].isWord, tokens[index + 3].isNamePart,
              !tokens[index + 3].classes.contains(.sentenceWords) else { return nil }
        return index + 3
    }

    private static let nicknameOpeners: Set<String> = ["\"", "“", "‘", "'", "«"]
    private static let nicknameClosers: Set<String> = ["\"", "”", "’", "'", "»"]

    /// A person's name: two to four capitalized parts, with particles inside ("Ana de la Cruz")
    /// and initials ("John F. Kennedy"). Single words are back-references ("Lindsey"), not names.
    func personName(at index: Int) -> (name: String, end: Int)? {
        var cursor = index
        var parts: [String] = []
        var capitalized = 0
        var leadingInitials = 0
        while cursor < tokens.count {
            // « Oleksandr "Sasha" Hrytsenko »: a nickname in quotes between the given name and the surname is left out.
            if capitalized == 1, leadingInitials == 0, let surname = surnameAfterNickname(at: cursor) {
                cursor = surname
                continue
            }
            guard !isQuoted(cursor) else { break }
            let token = tokens[cursor]
            // "R. Adeyemi", "A. K. Ramaswamy": initials before the surname stand for the given names.
            if capitalized == 0, leadingInitials < 3, isInitial(at: cursor), cursor + 2 < tokens.count,
               isInitial(at: cursor + 2) || (tokens[cursor + 2].isWord && tokens[cursor + 2].isNamePart
                   && !tokens[cursor + 2].classes.contains(.sentenceWords)) {
                parts.append(token.text + ".")
                leadingInitials += 1
                cursor += 2
                continue
            }
            // "Speaker: Jane Roe Title: …", "… Jane Roe Vidéo : https://…": the next field's label ends the name.
            if capitalized > 0, LabelRecord.isLabel(at: cursor, in: tokens) { break }
            if token.isWord, token.isNamePart, !token.classes.contains(.institutionWords),
               !token.classes.contains(.roleWords),
               capitalized > 0 || !token.classes.contains(.sentenceWords) {
                parts.append(token.text)
                capitalized += 1
                cursor += 1
                if capitalized == 4 { break }
                continue
            }
            if capitalized >= 1, token.isWord, token.text.unicodeScalars.count == 1, token.isCapitalized,
               cursor + 1 < tokens.count, tokens[cursor + 1].is("."), cursor + 2 < tokens.count,
               tokens[cursor + 2].isWord, tokens[cursor + 2].isNamePart {
                parts.append(token.text + ".")
                cursor += 2
                continue
            }
            // "Ana de la Cruz", and "Yannick Van den Bossche", where the first particle is capitalized.
            // "Siti Rahmah binte Yusof": a patronymic follows the given names, however many; no language's
            // preposition is spelled like one.
            if token.isWord, token.classes.contains(.nameParticles),
               capitalized == 1 || (capitalized == 2 && tokens[cursor - 1].classes.contains(.nameParticles))
                || ((capitalized == 2 || capitalized == 3) && Self.patronymics.contains(token.lower)) {
                var lookahead = cursor
                var particles: [String] = []
                while lookahead < tokens.count, tokens[lookahead].isWord, tokens[lookahead].classes.contains(.nameParticles),
                      particles.count < 2 {
                    particles.append(tokens[lookahead].text)
                    lookahead += 1
                }
                if lookahead < tokens.count, tokens[lookahead].isWord, tokens[lookahead].isNamePart,
                   !tokens[lookahead].classes.contains(.institutionWords),
                   !startsOrganization(at: lookahead) {
                    parts.append(contentsOf: particles)
                    cursor = lookahead
                    continue
                }
            }
            break
        }
        guard capitalized >= 2 || (capitalized == 1 && leadingInitials > 0) else { return nil }
        // « Le développeur de MTN Bénin Arnaud Roe », « la développeuse Desjardins Mélanie Roy »: three capitalized words
        // inside a longer run, or after a role, end with the person; the first are the employer's.
        if capitalized == 3, leadingInitials == 0, index > 0 {
            let previous = tokens[index - 1]
            let insideRun = previous.isWord && previous.isCapitalized && !previous.classes.contains(.sentenceWords)
                && !previous.classes.contains(.honorifics) && !previous.classes.contains(.roleWords)
            var role = index - 1
            if role > 1, Self.employerLinks.contains(tokens[role].lower) { role -= 1 }
            let afterRole = role > 0 && tokens[role].isLowercaseWord
                && (tokens[role].classes.contains(.roleWords) || Lexicon.roleStems.contains(where: tokens[role].lower.hasPrefix))
                && tokens[role - 1].classes.contains(.articles)
            if insideRun || afterRole { return nil }
        }
        // "Gatineau startup Petit Pont", "l’entreprise Cobalt Lane": a name after an organization noun is the organization's.
        if index > 0, tokens[index - 1].classes.contains(.organizationNouns) { return nil }
        // "chez Cobalt Lane", "La directrice de Saule Numérique": where someone works, not who.
        // … unless the name owns what follows: "I ended up at Yusuf Demir’s session".
        let ownsNext = cursor < tokens.count && tokens[cursor].isApostrophe
        if index > 0, Self.workplaceMarkers.contains(tokens[index - 1].lower), !ownsNext { return nil }
        // "their office in Prenzlauer Berg", "near Porte Maillot": after a preposition of place, a place; unless the
        // name owns what follows ("in Jane Roe’s talk").
        // "the Umeda office of Sakura Internet", « dans les locaux de Cobalt Lane »: a venue's owner is an organization.
        // "the University of Cape Town": after an institution's word and "of", its name goes on.
        if index > 1, ["of", "de", "du", "d’", "d'"].contains(tokens[index - 1].lower),
           Self.venueNouns.contains(tokens[index - 2].lower)
            || tokens[index - 2].isCapitalized && tokens[index - 2].classes.contains(.institutionWords) {
            return nil
        }
        if index > 0, Self.placePrepositions.contains(tokens[index - 1].lower), !ownsNext { return nil }
        if index > 1, Self.roleOfPrepositions.contains(tokens[index - 1].lower),
           (max(0, index - 4)..<(index - 1)).contains(where: { tokens[$0].classes.contains(.roleWords) }) { return nil }
        // "the Maple Ledger crew", "la Coop Érable": people take no determiner.
        if index > 0, tokens[index - 1].classes.contains(.determiners) { return nil }
        // "Fjordline Browser engineer Ingrid Roe": a run followed by a lowercase role and a name is her employer.
        if cursor + 1 < tokens.count, tokens[cursor].isLowercaseWord, tokens[cursor].classes.contains(.roleWords),
           tokens[cursor + 1].isCapitalized { return nil }
        // A capitalized run that goes on into an institution word is an organization ("Marc Roy Consulting").
        if cursor < tokens.count, tokens[cursor].isWord, tokens[cursor].isCapitalized,
           tokens[cursor].classes.contains(.institutionWords) || capitalized == 4 { return nil }
        if CityGazetteer.city(at: index, in: tokens) != nil { return nil }
        // "Loïc d’Anterroches": an elided particle is written against the name that follows.
        var name = ""
        var endsElided = false
        for part in parts {
            if !name.isEmpty, !endsElided { name += " " }
            name += part
            let last = part.unicodeScalars.last
            endsElided = last == "’" || last == "'"
        }
        return (name, cursor)
    }

    /// "R." in "R. Adeyemi": one capital letter and its period, written against it.
    private func isInitial(at index: Int) -> Bool {
        guard index + 1 < tokens.count, tokens[index].range.count == 1, !tokens[index + 1].spaceBefore, tokens[index + 1].is(".")
        else { return false }
        return tokens[index].isWord && tokens[index].isCapitalized
    }

    private static let workplaceMarkers: WordSet = ["chez", "at", "@"]
    /// Between a French role and its employer: « la chercheuse de Mila », « le développeur chez Kiosk ».
    private static let employerLinks: WordSet = ["de", "d’", "d'", "chez"]
    private static let venueNouns: WordSet = [
        "office", "offices", "headquarters", "hq", "campus", "premises", "locaux", "bureaux", "bureau", "siège",
    ]
    private static let placePrepositions: WordSet = ["in", "near", "inside", "dans", "près", "vers"]
    private static let roleOfPrepositions: WordSet = ["de", "du", "d’", "d'", "of"]

    /// "Marie-Ève", "O’Connor", "McAllister", "St-Pierre": capitalized, lowercase after, per hyphenated piece.
    static func isNamePart(_ text: String) -> Bool {
        // Plain ASCII (nearly every word) is decided on its bytes; the general road below builds arrays of
        // scalars and strings per piece and cost a thousand instructions a word.
        let decided = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            if let ascii = asciiIsNamePart(bytes) { return ascii }
            // Plain Latin ("Inès", "Côté-Larivière"): each scalar is a Character, so the rules can read an
            // array of scalars without the general road's arrays and strings per piece.
            return PlainLatinText.isPlain(bytes) ? plainIsNamePart(text.unicodeScalarArray[...]) : nil
        }
        if let decided, let answer = decided { return answer }
        return isNamePartByScalars(text)
    }

    /// `isNamePart` for the scalars of plain Latin text (each its own Character).
    static func plainIsNamePart(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var pieceStart = scalars.startIndex
        var pieces = 0
        for index in scalars.startIndex...scalars.endIndex where index == scalars.endIndex || scalars[index] == "-" {
            if !plainPieceIsNamePart(scalars[pieceStart..<index]) {
                guard pieces == 1, index == scalars.endIndex, pieceStart - 1 - scalars.startIndex <= 4,
                      isSecondSyllable(scalars[pieceStart..<index]) else { return false }
            }
            pieces += 1
            pieceStart = index + 1
        }
        return true
    }

    private static let innerCapitalPrefixScalars: [[Unicode.Scalar]] = ["c", "ac", "e", "a", "i"].map { Array($0.unicodeScalars) }

    private static func plainPieceIsNamePart(_ whole: ArraySlice<Unicode.Scalar>) -> Bool {
        var piece = whole
        if let apostrophe = piece.firstIndex(where: { $0 == "’" || $0 == "'" }) {
            guard apostrophe == piece.startIndex + 1, piece[piece.startIndex].isUppercaseFast else { return false }
            piece = piece.dropFirst(2)
        }
        guard piece.count >= 2, piece[piece.startIndex].isUppercaseFast else { return false }
        var rest = piece.dropFirst()
        for prefix in innerCapitalPrefixScalars where rest.count > prefix.count + 1 {
            if rest.prefix(prefix.count).elementsEqual(prefix), rest[rest.startIndex + prefix.count].isUppercaseFast {
                rest = rest.dropFirst(prefix.count + 1)
                break
            }
        }
        return rest.allSatisfy { $0.isLowercaseFast || $0.properties.generalCategory == .nonspacingMark }
    }

    /// `isNamePart` for any text, scalar by scalar.
    static func isNamePartByScalars(_ text: String) -> Bool {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        guard !pieces.isEmpty else { return false }
        for (position, piece) in pieces.enumerated() {
            var scalars = Array(piece.unicodeScalars)
            if position == 1, pieces.count == 2, pieces[0].unicodeScalars.count <= 4, isSecondSyllable(scalars[...]) { continue }
            if let apostrophe = scalars.firstIndex(where: { $0 == "’" || $0 == "'" }) {
                // O’Connor, D’Souza: one capital letter, the apostrophe, then a capitalized word.
                guard apostrophe == 1, scalars[0].isUppercaseFast else { return false }
                scalars = Array(scalars[2...])
            }
            guard scalars.count >= 2, scalars[0].isUppercaseFast else { return false }
            var rest = scalars[1...]
            for prefix in ["c", "ac", "e", "a", "i"] where rest.count > prefix.count + 1 {
                // McAllister, MacDonald, LeBlanc, DiCaprio: one inner capital after a known prefix.
                let head = rest.prefix(prefix.count).map { Character($0) }
                if String(head) == prefix, rest[rest.startIndex + prefix.count].isUppercaseFast {
                    rest = rest.dropFirst(prefix.count + 1)
                    break
                }
            }
            guard rest.allSatisfy({ $0.isLowercaseFast || $0.properties.generalCategory == .nonspacingMark }) else {
                return false
            }
        }
        return true
    }

    /// `isNamePart` for ASCII bytes, the same rules (nil when a byte is not ASCII): each hyphenated piece
    /// is an optional `X'` head, a capital, an optional `Mc`/`Mac`/`Le`/`Da`/`Di` inner capital, then
    /// lowercase letters only.
    static func asciiIsNamePart(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let first = bytes.first else { return false }
        if first < 128 && !(first >= 65 && first <= 90) { return false }
        var pieceStart = 0
        var verdict = true
        var pieces = 0
        for index in 0...bytes.count {
            if index < bytes.count {
                let byte = bytes[index]
                if byte >= 128 { return nil }
                if byte != UInt8(ascii: "-") { continue }
            }
            let piece = UnsafeBufferPointer(rebasing: bytes[pieceStart..<index])
            if verdict, !asciiPieceIsNamePart(piece) {
                // "Hye-jin", "Seo-yeon": a short given name's second syllable in lowercase.
                verdict = pieces == 1 && index == bytes.count && pieceStart - 1 <= 4
                    && isSecondSyllable(piece.map { Unicode.Scalar($0) }[...])
            }
            pieces += 1
            pieceStart = index + 1
        }
        return verdict
    }

    /// The lowercase second syllable of a hyphenated given name ("Hye-jin", "Ji-hoon"): two to five letters, and
    /// not a particle of a compound ("Sign-up", "Add-on", "Built-in").
    static func isSecondSyllable(_ piece: ArraySlice<Unicode.Scalar>) -> Bool {
        guard piece.count >= 2, piece.count <= 5, piece.allSatisfy({ $0.value >= 97 && $0.value <= 122 }) else { return false }
        return !compoundParticles.contains(String(String.UnicodeScalarView(piece)))
    }

    private static let compoundParticles: Set<String> = ["up", "in", "on", "out", "off", "by", "down", "over", "to", "ins", "ups", "ons"]

    private static let innerCapitalPrefixes: [[UInt8]] = ["c", "ac", "e", "a", "i"].map { Array($0.utf8) }

    private static func asciiPieceIsNamePart(_ whole: UnsafeBufferPointer<UInt8>) -> Bool {
        var piece = whole[...]
        if let apostrophe = piece.firstIndex(of: UInt8(ascii: "'")) {
            // O'Connor, D'Souza: one capital letter, the apostrophe, then a capitalized word.
            guard apostrophe == piece.startIndex + 1, piece[piece.startIndex] >= 65, piece[piece.startIndex] <= 90 else { return false }
            piece = piece.dropFirst(2)
        }
        guard piece.count >= 2, let capital = piece.first, capital >= 65, capital <= 90 else { return false }
        var rest = piece.dropFirst()
        for prefix in innerCapitalPrefixes where rest.count > prefix.count + 1 {
            // McAllister, MacDonald, LeBlanc, DiCaprio: one inner capital after a known prefix.
            let after = rest.startIndex + prefix.count
            if rest.prefix(prefix.count).elementsEqual(prefix), rest[after] >= 65, rest[after] <= 90 {
                rest = rest.dropFirst(prefix.count + 1)
                break
            }
        }
        return rest.allSatisfy { $0 >= 97 && $0 <= 122 }
    }

    // MARK: Affiliations

    struct Description {
        var affiliation: String?
        var city: String?
        var end: Int
        var organizationStart: Int?
    }

    /// Where a run of lowercase words and connectors after an organization's first words reaches a comma
    /// ("des parcs de l’Outaouais,"): the comma's index, if it comes within five words.
    private func lowercaseTail(from index: Int) -> Int? {
        var cursor = index
        while cursor < tokens.count, cursor - index <= 6 {
            let token = tokens[cursor]
            if token.is(",") { return cursor > index ? cursor : nil }
            guard token.isWord, !token.classes.contains(.conjunctions), !Self.appositiveStops.contains(token.lower),
                  token.first.properties.numericType == nil else { return nil }
            cursor += 1
        }
        // "Par Samira Roe, de l’Agence nationale des ports": a byline's organization runs to the line's end.
        return cursor == tokens.count && cursor > index ? cursor : nil
    }

    /// The text of tokens `start..<end` as written, spacing and apostrophes included.
    func text(_ start: Int, _ end: Int) -> String {
        String(scalars: scalars[tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound])
    }

    /// What follows a name: "from X", "de chez X", "(X)", ", role chez X,", ", de chez X,".
    func describe(after index: Int) -> Description {
        if let described = parenthesizedRoleAndOrganization(at: index) { return described }
        if let role = parenthesizedRole(at: index) {
            // "Nathalie Marsan (Responsable Devops) de chez X": the role in parentheses, then the organization.
            let after = describe(after: role)
            return after.end == role ? Description(end: role) : after
        }
        if var direct = affiliation(at: index) {
            // "Tyler Brooks of Ferrous Labs, our only English-language speaker, closed …": skip the role after it.
            if direct.end < tokens.count, tokens[direct.end].is(","), let role = appositive(after: direct.end),
               role.end > direct.end + 1, tokens[role.end - 1].is(",") {
                direct.end = role.end
            }
            // "François Roe d’ACME (Groupe Maison) nous entraîne …": a parenthesis after the company belongs to it.
            if direct.end < tokens.count, tokens[direct.end].is("("),
               let close = (direct.end + 1..<min(tokens.count, direct.end + 8)).first(where: { tokens[$0].is(")") }) {
                direct.end = close + 1
            }
            return direct
        }
        if let dashed = dashedAppositive(at: index) { return dashed }
        if let aside = lowercaseAside(at: index) { return describe(after: aside) }
        guard index < tokens.count, tokens[index].is(",") else { return Description(end: index) }
        if let relative = relativeClause(after: index) { return relative }
        if var afterComma = affiliation(at: index + 1) {
            // "Lucía F., de la Commission des parcs de l’Outaouais, a …": French names run on in lowercase to the comma.
            if afterComma.city == nil, let start = afterComma.organizationStart,
               let closing = lowercaseTail(from: afterComma.end) {
                afterComma.affiliation = text(start, closing)
                afterComma.end = closing
            }
            var end = afterComma.end
            if end < tokens.count, tokens[end].is(","), end + 1 < tokens.count, tokens[end + 1].isLowercaseWord,
               !tokens[end + 1].classes.contains(.conjunctions) { end += 1 }
            return Description(affiliation: afterComma.affiliation, city: afterComma.city, end: end)
        }
        return appositive(after: index) ?? Description(end: index)
    }

    /// "Jane Roe - developer from Acme - explained …": a role between spaced dashes, its organization after a marker.
    private func dashedAppositive(at index: Int) -> Description? {
        guard index < tokens.count, isSpacedDash(index) else { return nil }
        guard let close = (index + 2..<min(tokens.count, index + 14)).first(where: { isSpacedDash($0) }) else { return nil }
        guard (index + 1..<close).allSatisfy({ tokens[$0].isWord || tokens[$0].is("&") || tokens[$0].is("/") || tokens[$0].is(".") })
        else { return nil }
        var affiliation: String?
        if let marker = (index + 1..<close).last(where: { ["from", "at", "of", "chez", "de", "@", "for"].contains(tokens[$0].lower) }) {
            var start = marker + 1
            if start < close, tokens[start].classes.contains(.articles) { start += 1 }
            if let organization = organization(at: start), organization.end <= close { affiliation = organization.name }
        }
        return Description(affiliation: affiliation, end: close + 1)
    }

    private func isSpacedDash(_ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation, ["-", "–", "—"].contains(token.text), token.spaceBefore else { return false }
        return index + 1 < tokens.count && tokens[index + 1].spaceBefore
    }

    /// "Julien Roe (slides) nous a présenté", "Jane Roe (@jroe) showed": an aside in parentheses, no organization.
    private func lowercaseAside(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].is("("),
              let close = (index + 1..<min(tokens.count, index + 8)).first(where: { tokens[$0].is(")") }), close > index + 1 else { return nil }
        let inner = tokens[(index + 1)..<close]
        guard inner.allSatisfy({ !$0.isCapitalized }) else { return nil }
        return close + 1
    }

    /// "(SRE, Carthage Cloud)", « (étudiant, INSAT) »: a job, a comma, then the organization, in one parenthesis.
    private func parenthesizedRoleAndOrganization(at index: Int) -> Description? {
        guard index < tokens.count, tokens[index].is("("),
              let close = (index + 1..<min(tokens.count, index + 14)).first(where: { tokens[$0].is(")") }),
              let comma = (index + 2..<close).first(where: { tokens[$0].is(",") }) else { return nil }
        let role = tokens[(index + 1)..<comma]
        guard role.allSatisfy(\.isWord),
              role.contains(where: { $0.classes.contains(.roleWords) || Lexicon.roleStems.contains(where: $0.lower.hasPrefix) }),
              let organization = organization(at: comma + 1), organization.end == close else { return nil }
        return classify(organization.name, start: comma + 1, end: close + 1)
    }

    /// "(Responsable Devops)", "(Mobile Tech Lead)": a job in parentheses, not an organization.
    /// Returns the token after the closing parenthesis.
    private func parenthesizedRole(at index: Int) -> Int? {
        guard index < tokens.count, tokens[index].is("("),
              let close = (index + 1..<min(tokens.count, index + 10)).first(where: { tokens[$0].is(")") }) else { return nil }
        let words = tokens[(index + 1)..<close].filter(\.isWord)
        guard words.contains(where: { $0.classes.contains(.roleWords) || Lexicon.roleStems.contains(where: $0.lower.hasPrefix) }),
              !words.contains(where: { ["at", "chez", "of", "de", "from", "@"].contains($0.lower) }) else { return nil }
        return close + 1
    }

    /// "from the CNCF", "de chez Juniper Networks", "of Agilicus", "chez Red Hat", "de D-TECK", "(Shopify)".
    func affiliation(at index: Int) -> Description? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        var cursor = index
        if token.is("(") {
            guard let organization = organization(at: index + 1), organization.end < tokens.count,
                  tokens[organization.end].is(")") else { return nil }
            return classify(organization.name, start: index + 1, end: organization.end + 1)
        }
        guard token.isWord || token.is("@") else { return nil }
        switch token.lower {
        case "de" where cursor + 1 < tokens.count && tokens[cursor + 1].lower == "chez":
            cursor += 2
        case "chez", "from", "of", "at", "@", "de", "du", "d’", "d'":
            cursor += 1
        default:
            return nil
        }
        if cursor < tokens.count, tokens[cursor].classes.contains(.articles) { cursor += 1 }
        guard let organization = organization(at: cursor) else { return nil }
        var described = classify(organization.name, start: cursor, end: organization.end)
        // "from Gatineau startup Petit Pont": a place, then the organization named after its kind.
        let after = organization.end
        if described.city != nil, after + 1 < tokens.count, tokens[after].classes.contains(.organizationNouns),
           let named = self.organization(at: after + 1) {
            described.affiliation = named.name
            described.organizationStart = after + 1
            described.end = named.end
        }
        return described
    }

    /// ", who is Staff Engineer at Northwind,", « , qui est développeuse chez Hexaplan, », ", who works for Acme,":
    /// a relative clause that says where the person works reads like the appositive it could have been.
    private func relativeClause(after comma: Int) -> Description? {
        let pronoun = comma + 1, verb = comma + 2
        guard verb + 1 < tokens.count, Self.relativePronouns.contains(tokens[pronoun].lower) else { return nil }
        if tokens[verb].classes.contains(.copulas) {
            guard let role = appositive(after: verb), role.affiliation != nil else { return nil }
            return role
        }
        let leads = tokens[verb].classes.contains(.leadingVerbs)
        guard leads || Self.workVerbs.contains(tokens[verb].lower) else { return nil }
        var marker = verb + 1
        if leads || !Self.workPrepositions.contains(tokens[marker].lower) {
            // "who works on the tooling team at Mozilla", "who leads the data team at Monzo", « qui dirige l’équipe
            // données chez Lumen »: the employer after the team, before the clause ends.
            guard let at = (verb + 1..<min(tokens.count, verb + 9)).prefix(while: { tokens[$0].kind != .punctuation })
                .first(where: { Self.employerMarkers.contains(tokens[$0].lower) }) else { return nil }
            marker = at
        }
        var start = marker + 1
        if start < tokens.count, tokens[start].classes.contains(.articles) { start += 1 }
        guard let organization = organization(at: start) else { return nil }
        var end = organization.end
        if end < tokens.count, tokens[end].is(",") { end += 1 }
        let described = classify(organization.name, start: start, end: end)
        return described.affiliation == nil ? nil : described
    }

    private static let relativePronouns: Set<String> = ["who", "qui"]
    static let workVerbs: Set<String> = [
        "works", "work", "worked", "working", "travaille", "travaillent", "travaillait", "employed", "employée", "employé",
    ]
    static let workPrepositions: Set<String> = ["at", "for", "chez", "pour", "with"]
    /// Particles that may follow two or three given names: patronymics ("binte"), and Portuguese "dos", "da"
    /// ("Beatriz Carvalho dos Santos"), which no language here spells as a preposition of its own.
    private static let patronymics: Set<String> = ["bin", "binti", "binte", "bint", "ibn", "dos", "das", "da"]
    static let leadingVerbs: Set<String> = ["leads", "led", "runs", "heads", "manages", "dirige", "gère", "mène"]
    private static let employerMarkers: Set<String> = ["at", "chez", "@"]

    /// "a storage expert at Blue Harbor": English's article before a role. In French "a" after a comma is the
    /// verb ("X, a présenté l’architecture"): a participle or a verb follows it, and only a whole role word counts
    /// (a stem would take "architecture" for "architect").
    private func articleBeforeRole(at index: Int) -> Bool {
        guard index + 1 < tokens.count, ["a", "an"].contains(tokens[index].lower), tokens[index + 1].isWord else { return false }
        let next = tokens[index + 1].lower
        guard !next.hasSuffix("é"), !next.hasSuffix("ée"), !next.hasSuffix("és"), !next.hasSuffix("ées"),
              !Lexicon.isStrongVerb(next), !tokens[index + 1].classes.contains(.articles) else { return false }
        var cursor = index + 1
        while cursor < tokens.count, cursor - index <= 10, tokens[cursor].isWord || tokens[cursor].is("&") || tokens[cursor].is("/") {
            if tokens[cursor].classes.contains(.roleWords) { return true }
            // "a designer-developer": a compound whose last word is a role.
            if tokens[cursor].isLowercaseWord, let hyphen = tokens[cursor].lower.lastIndex(of: "-"),
               Lexicon.classes[String(tokens[cursor].lower[tokens[cursor].lower.index(after: hyphen)...])]?.contains(.roleWords) == true {
                return true
            }
            cursor += 1
        }
        return false
    }

    /// ", architecte de solutions chez Microsoft," or ", chef … et expert Azure Global a présenté":
    /// a role between commas (or up to the verb); the organization is after its last "chez/at", else its capitalized tail.
    private func appositive(after comma: Int) -> Description? {
        var cursor = comma + 1
        guard cursor < tokens.count else { return nil }
        // After an article the role is a noun phrase, whatever its words' case ("a PhD student at …").
        let article = articleBeforeRole(at: cursor)
        if article { cursor += 1 }
        let opening = tokens[cursor]
        // English writes roles capitalized (", Software Engineer at Red Hat,"): a capitalized run is a role when a
        // role word is in it, and the lowercase word after the organization is then the sentence's verb.
        let capitalizedRole = !article && opening.isCapitalized && !opening.isAllCaps && capitalizedRoleRun(from: cursor)
        let opensLikeRole = article || opening.isLowercaseWord || opening.isAllCaps || capitalizedRole
        // ", with *Generics, two years later*", « , sur Git »: what the person came with or spoke on, not a role.
        guard opensLikeRole, !opening.classes.contains(.pronouns), !opening.classes.contains(.conjunctions),
              !Self.appositiveStops.contains(opening.lower), !Self.topicOpenings.contains(opening.lower) else { return nil }
        var lastMarker: Int?
        var lastWeakMarker: Int?
        while cursor < tokens.count, cursor - comma <= Self.appositiveReach {
            let token = tokens[cursor]
            if token.is("."), cursor > 0, isAbbreviationPeriod(cursor) {
                cursor += 1
                continue
            }
            if token.kind == .punctuation, !token.is("&"), !token.is("/") { break }
            if Self.appositiveStops.contains(token.lower) { break }
            // "Developer Advocate at orbitfold.io": a lowercase name right after the marker is the organization.
            // "Senior iOS Engineer at orbitfold.io": a lowercase word with a dot or an inner capital is a name.
            // "Agile coach at Vermeg": a lowercase role word goes on a role that opened capitalized.
            if capitalizedRole, token.isLowercaseWord, !Self.roleConnectors.contains(token.lower), !isOrganizationWord(token),
               !token.classes.contains(.roleWords) { break }
            if token.classes.contains(.conjunctions), cursor + 1 < tokens.count, personName(at: cursor + 1) != nil { break }
            if ["chez", "at", "@", "à", "au"].contains(token.lower) { lastMarker = cursor }
            if ["of", "de", "du", "d’", "d'"].contains(token.lower), cursor + 1 < tokens.count,
               isOrganizationWord(tokens[cursor + 1]) || tokens[cursor + 1].classes.contains(.articles) {
                lastWeakMarker = cursor
            }
            cursor += 1
        }
        if lastMarker == nil { lastMarker = lastWeakMarker }
        guard cursor > comma + 1, cursor - comma <= Self.appositiveReach else { return nil }
        let end = cursor < tokens.count && tokens[cursor].is(",") ? cursor + 1 : cursor
        if let marker = lastMarker {
            var start = marker + 1
            if start < cursor, tokens[start].classes.contains(.articles) { start += 1 }
            if let organization = organization(at: start) {
                // "analyste à l’Agence des données ouvertes,": the lowercase rest up to the comma is the name's.
                if organization.end < cursor, lowercaseTail(from: organization.end) == cursor {
                    return Description(affiliation: text(start, cursor), end: end)
                }
                return Description(affiliation: organization.name, end: end)
            }
        }
        // The capitalized tail: "architecte de solutions infonuagiques Microsoft Azure".
        var tailStart = cursor
        while tailStart - 1 > comma, isOrganizationWord(tokens[tailStart - 1]) { tailStart -= 1 }
        // "a Contoso Cloud Solution Architect": in English the capitalized run is the role itself.
        let tailIsRole = (tailStart..<cursor).contains { index in
            tokens[index].classes.contains(.roleWords) || Lexicon.roleStems.contains(where: tokens[index].lower.hasPrefix)
        }
        if tailStart < cursor, tailStart > comma + 1, !tailIsRole {
            let name = text(tailStart, cursor)
            if CityGazetteer.city(at: tailStart, in: tokens) == nil {
                return Description(affiliation: name, end: end)
            }
        }
        return Description(end: end)
    }

    /// How far a role between commas may run: French roles are long (« experte reconnue dans le domaine de la
    /// sécurité des conteneurs et évangéliste technique chez Aqua Security »).
    private static let appositiveReach = 20

    /// Static: as instance properties these sets were built, every word hashed, for every paragraph.
    private static let roleConnectors: Set<String> = ["at", "of", "for", "and", "de", "chez", "with", "in", "on", "the", "du", "des", "et", "à", "au"]

    private func capitalizedRoleRun(from start: Int) -> Bool {
        var index = start
        while index < tokens.count, index - start < 8 {
            let token = tokens[index]
            if token.isWord, token.classes.contains(.roleWords) { return true }
            // "Léa Roy and Bo Li, SREs at Infomaniak": a role in the plural after two people.
            if token.isWord, token.lower.count > 3, token.lower.hasSuffix("s"), Lexicon.roleWords.contains(String(token.lower.dropLast())) {
                return true
            }
            guard token.isCapitalized || token.isAllCaps || (token.isWord && Self.roleConnectors.contains(token.lower)) else { return false }
            index += 1
        }
        return false
    }

    /// Words that end an appositive: the verb of the sentence or a relative pronoun.
    private static let topicOpenings: Set<String> = ["with", "avec", "on", "about", "sur"]
    private static let appositiveStops: Set<String> = [
        "a", "ont", "avait", "avaient", "est", "sont", "s’est", "s’", "se", "nous", "qui", "who", "which", "où", "where",
        "fut", "était", "va", "presented", "gave", "spoke", "talked", "discussed", "explained", "showed", "shared",
        "demonstrated", "walked", "led", "opened", "closed", "kicked", "then", "ensuite",
    ]

    /// "CloudOps’ own Syed Ahmed", "Shopify's own …".
    /// "Le directeur technique de Cervelle Logiciel, Mathis Lemire, …": a role and organization before the name.
    private func leadingRoleAffiliation(before index: Int) -> String? {
        guard index >= 3, tokens[index - 1].is(",") else { return nil }
        var start = index - 2
        guard isOrganizationWord(tokens[start]) else { return nil }
        while start - 1 >= 0, isOrganizationWord(tokens[start - 1]) || ["&"].contains(tokens[start - 1].text) { start -= 1 }
        guard start >= 2, ["de", "du", "d’", "d'", "chez", "of", "at"].contains(tokens[start - 1].lower),
              (max(0, start - 4)..<(start - 1)).contains(where: { tokens[$0].classes.contains(.roleWords) })
        else { return nil }
        let organization = text(start, index - 1)
        return CityGazetteer.city(at: start, in: tokens) == nil ? organization : nil
    }

    /// "Quantaris CTO Rebecca Roe", "Greyhaven VP of Engineering Tomás Ibarra": English sets an employer and a job
    /// title before a name, with no comma. Only titles that mean employment count ("Kubernetes maintainer" does not).
    private func titleAffiliation(before index: Int) -> String? {
        var cursor = index - 1
        var titleStart: Int?
        while cursor >= 1, index - cursor <= 4 {
            let token = tokens[cursor]
            if Self.employmentTitles.contains(token.lower)
                || (token.isCapitalized && ["engineer", "develop", "architect", "manag", "consult"].contains(where: token.lower.hasPrefix)) {
                titleStart = cursor
            } else if titleStart == nil || !["of", "for"].contains(token.lower) {
                break
            }
            cursor -= 1
        }
        guard let titleStart else { return nil }
        let last = titleStart - 1
        guard last >= 0, isOrganizationWord(tokens[last]), !tokens[last].classes.contains(.roleWords) else { return nil }
        var start = last
        while start - 1 >= 0, last - start < 3, isOrganizationWord(tokens[start - 1]),
              !tokens[start - 1].classes.contains(.sentenceWords) || tokens[start - 1].isAllCaps {
            start -= 1
        }
        // The organization opens the clause: at the sentence's start, after punctuation or after a lowercase word.
        if start > 0, tokens[start - 1].isWord, !tokens[start - 1].isLowercaseWord { return nil }
        guard !tokens[start].classes.contains(.sentenceWords) || tokens[start].isAllCaps,
              !(start...last).contains(where: { Self.titleModifiers.contains(tokens[$0].lower) }),
              CityGazetteer.city(at: start, in: tokens) == nil else { return nil }
        // "Karoo Pay SRE Aditya Roe": two capitalized words before a job title are an employer, though they could
        // read as a name; before a title's other words ("Jane Roe, Senior …") they may be someone.
        if personName(at: start) != nil, !Self.employmentTitles.contains(tokens[titleStart].lower) || !tokens[titleStart].isAllCaps {
            return nil
        }
        return text(start, last + 1)
    }

    /// « la développeuse Desjardins Mélanie Roy », « la chercheuse de Mila Yasmine Roe », « le développeur de MTN Bénin
    /// Arnaud Roe »: French puts the role first, then the employer, then the name.
    private func roleFirstAffiliation(before index: Int) -> String? {
        var start = index
        while start - 1 >= 0, index - start < 3, tokens[start - 1].isWord, tokens[start - 1].isCapitalized,
              !tokens[start - 1].classes.contains(.sentenceWords) {
            start -= 1
        }
        guard start < index, start >= 2 else { return nil }
        var role = start - 1
        if Self.employerLinks.contains(tokens[role].lower) { role -= 1 }
        guard role >= 1, tokens[role].isLowercaseWord,
              tokens[role].classes.contains(.roleWords) || Lexicon.roleStems.contains(where: tokens[role].lower.hasPrefix),
              tokens[role - 1].classes.contains(.articles) || tokens[role - 1].classes.contains(.determiners) else { return nil }
        return text(start, index)
    }

    /// Words that make up job titles ("Senior Software Engineer", "Cloud Advocate"): a run holding one is a title.
    private static let titleModifiers: Set<String> = [
        "senior", "junior", "principal", "staff", "lead", "chief", "head", "associate", "assistant", "executive", "managing",
        "general", "regional", "global", "software", "cloud", "data", "security", "solution", "solutions", "platform",
        "product", "technical", "tech", "technology", "devops", "site", "reliability", "full", "stack", "full-stack",
        "frontend", "front-end", "backend", "back-end", "mobile", "web", "machine", "learning", "ml", "ai", "research",
        "community", "developer", "developers", "open", "source", "sales", "marketing", "customer", "success",
        "engineering", "infrastructure", "systems", "network", "database", "qa", "test", "quality", "it", "digital",
        "innovation", "program", "project", "ux", "ui", "design", "ops", "sre", "team",
    ]

    private static let employmentTitles: Set<String> = [
        "cto", "ceo", "cio", "coo", "vp", "engineer", "developer", "architect", "manager", "director", "founder", "co-founder",
        "cofounder", "advocate", "evangelist", "scientist", "consultant", "analyst", "designer", "chief", "officer",
        "president", "researcher", "professor", "head", "sre",
    ]

    private func possessiveAffiliation(before index: Int) -> String? {
        if let leading = leadingRoleAffiliation(before: index) { return leading }
        guard index >= 2 else { return nil }
        var last = tokens[index - 1].lower == "own" ? index - 2 : index - 1
        // "cloud.ca’s very own Jane Roe".
        if last < index - 1, last >= 1, tokens[last].lower == "very" { last -= 1 }
        if tokens[last].lower == "s", last >= 1, tokens[last].spaceBefore == false { last -= 1 }
        guard tokens[last].isApostrophe, last >= 1 else { return nil }
        last -= 1
        guard isOrganizationWord(tokens[last]) else { return nil }
        var start = last
        while start - 1 >= 0, isOrganizationWord(tokens[start - 1]), !tokens[start - 1].classes.contains(.sentenceWords) {
            start -= 1
        }
        guard personName(at: start) == nil, CityGazetteer.city(at: start, in: tokens) == nil else { return nil }
        return text(start, last + 1)
    }

    // MARK: Organizations

    /// A run of organization-like words: "Container Solutions", "Solo.io", "Terracotta/Software AG",
    /// "cloud.ca", "Ville de Montréal". Stops at a lowercase word, punctuation, or "et/and".
    func organization(at index: Int) -> (name: String, end: Int)? {
        guard index < tokens.count, !isQuoted(index), isOrganizationWord(tokens[index]),
              !tokens[index].classes.contains(.sentenceWords) || tokens[index].isAllCaps else { return nil }
        var cursor = index + 1
        var words = 1
        while cursor < tokens.count, words < 6 {
            let token = tokens[cursor]
            // "… chez Bleu Cobalt Sujet : …": the next field's label ends the name.
            if LabelRecord.isLabel(at: cursor, in: tokens) { break }
            if isOrganizationWord(token), !token.spaceBefore || token.isWord {
                cursor += 1
                words += 1
                continue
            }
            // "St. Lawrence Analytics": an abbreviation's period inside the name.
            if token.is("."), isAbbreviationPeriod(cursor), cursor + 1 < tokens.count, isOrganizationWord(tokens[cursor + 1]) {
                cursor += 1
                continue
            }
            // "Ville de Montréal", "Bank of Canada", "AT & T": a connector between two organization words.
            if ["de", "du", "des", "of", "for", "&"].contains(token.lower), cursor + 1 < tokens.count,
               isOrganizationWord(tokens[cursor + 1]), personName(at: cursor + 1) == nil {
                cursor += 2
                words += 2
                continue
            }
            break
        }
        // "DataNord Inc.": the abbreviation keeps its period.
        if cursor < tokens.count, tokens[cursor].is("."), !tokens[cursor].spaceBefore,
           tokens[cursor - 1].classes.contains(.organizationAbbreviations) { cursor += 1 }
        // "HSBC London": a city right after the name, with no "of" or "de" before it, is the office, not the employer.
        var nameEnd = cursor
        // "Université Laval", "Polytechnique Montréal": after an institution's word the city is part of its name.
        for start in max(index + 1, cursor - CityGazetteer.longestName)..<cursor where tokens[start].isCapitalized && tokens[start - 1].isWord
            && !["de", "du", "des", "of", "for"].contains(tokens[start - 1].lower) && !tokens[start - 1].classes.contains(.institutionWords) {
            if let city = CityGazetteer.city(at: start, in: tokens), start + city.length == cursor {
                nameEnd = start
                break
            }
        }
        return (text(index, nameEnd), cursor)
    }

    /// "St.", "Inc.", "Ltd.": a period that abbreviates, not one that ends the sentence.
    private func isAbbreviationPeriod(_ index: Int) -> Bool {
        guard index > 0, !tokens[index].spaceBefore else { return false }
        let word = tokens[index - 1]
        return word.classes.contains(.organizationAbbreviations) || ["st", "ste", "mt"].contains(word.lower)
    }

    private func startsOrganization(at index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].isWord && tokens[index + 1].classes.contains(.institutionWords)
    }

    func isOrganizationWord(_ token: Token) -> Bool {
        guard token.isWord else { return false }
        if token.isCapitalized || token.first.properties.numericType != nil { return true }
        // "cloud.ca", "eBay", "iFixit": lowercase start, but a dot or an inner capital marks a name.
        return token.text.unicodeScalars.contains { $0 == "." || $0.isUppercaseFast }
    }

    /// An organization that is in fact a city is where the person is from, not who they work for.
    private func classify(_ name: String, start: Int, end: Int) -> Description {
        let words = Tokenizer.tokens(of: Array(name.unicodeScalars))
        if let city = CityGazetteer.city(at: 0, in: words), city.length == words.count {
            return Description(city: name, end: end)
        }
        return Description(affiliation: name, end: end, organizationStart: start)
    }
}
