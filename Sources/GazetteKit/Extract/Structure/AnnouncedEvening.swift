/// A post written before its evening: a sentence of its opening places the group's meetup on a day after the post's
/// own date ("on Thursday 13 March we will host the next meetup", "postpone the meetup planned for March 19", « la
/// prochaine rencontre aura lieu le jeudi 23 novembre »). Its programme names talks not yet given, and it recaps none.
///
/// Only the opening is read (the first two paragraphs of some length, before any list, table or heading below the
/// title): a recap that ends on "next meetup: April 12" is still a recap. A date the same day as the post is not
/// later (recaps are often posted the evening itself), and one more than four months on is some other plan.
enum AnnouncedEvening {
    static func isAnnouncement(_ recap: Recap) -> Bool {
        guard let posted = recap.date?.day else { return false }
        var read = 0
        for block in recap.blocks.prefix(8) {
            if case .heading(let level) = block.kind {
                if level == 1, read == 0 { continue }
                return false
            }
            guard block.kind == .paragraph, block.cell == nil else { return false }
            let words = block.text.utf8.prefix(64).lazy.filter { $0 == 0x20 }.count + 1
            // "Hi everyone," « Bonjour à toutes et à tous ! »: a greeting is not the opening.
            guard words >= 6 else { continue }
            read += 1
            // The opening's first lines say when the evening is; a long recap paragraph is not read through. Most
            // openings have no date or nothing to come in them, and are passed over before any paragraph is built.
            let opening = Self.prefix(of: block.text, bytes: 280)
            if opening.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }), Self.futureStems.occur(in: opening),
               Self.placesEveningAhead(Paragraph(TextBlock(kind: .paragraph, text: opening)), than: posted) {
                return true
            }
            if read == 2 { return false }
        }
        return false
    }

    /// `text` cut at a character boundary at most `bytes` long.
    private static func prefix(of text: String, bytes: Int) -> String {
        guard text.utf8.count > bytes else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: bytes)
        while end > text.startIndex, end.samePosition(in: text.unicodeScalars) == nil { end = text.utf8.index(before: end) }
        return String(text[..<end])
    }

    private static func placesEveningAhead(_ paragraph: Paragraph, than posted: CalendarDay) -> Bool {
        for sentence in paragraph.sentences {
            let tokens = paragraph.tokens[sentence.tokens]
            // The group's own evening, not "KubeCon, which takes place on November 18" in a recap's opening.
            // And told as to come: "On November 17th took place the 9th edition", written a year on, is a recap.
            guard tokens.contains(where: { TalkExtractor.announcedOccasions.contains($0.lower) }),
                  tokens.contains(where: { futureMarkers.contains($0.lower) }) else { continue }
            if laterDay(in: Array(tokens), than: posted) { return true }
        }
        return false
    }

    /// Whether a day and month written in `tokens` ("March 19", "13 March", "February 27th", « jeudi 23 novembre »,
    /// « 1er mars ») falls 1 to 120 days after `posted`, taking the year nearest the post's.
    static func laterDay(in tokens: [Token], than posted: CalendarDay) -> Bool {
        let words = tokens.filter(\.isWord)
        for (index, word) in words.enumerated() {
            guard let month = month(word.lower) else { continue }
            var day: Int?
            if index + 1 < words.count { day = dayNumber(words[index + 1].lower) }
            if day == nil, index >= 1 { day = dayNumber(words[index - 1].lower) }
            if day == nil, index >= 2, ["of", "de"].contains(words[index - 1].lower) { day = dayNumber(words[index - 2].lower) }
            // "May" and « mars » are words too: only beside a day are they months.
            guard let day, day <= CalendarDay.daysIn(month: month, year: posted.year) else { continue }
            let distances = [posted.year - 1, posted.year, posted.year + 1].map {
                CalendarDay(year: $0, month: month, day: day).dayNumber - posted.dayNumber
            }
            guard let nearest = distances.min(by: { abs($0) < abs($1) }) else { continue }
            if (1...120).contains(nearest) { return true }
        }
        return false
    }


    /// A byte gate before `futureMarkers`: every marker holds one of these.
    private static let futureStems = ByteStems([
        "will", "'ll", "’ll", "coming", "planned", "scheduled", "postpon", "next", "aura", "sera", "tiendra", "déroulera",
        "accueiller", "recev", "prochain", "prévu", "report", "retrouver", "réunira",
    ])

    /// What places an evening ahead: the future, "coming up", "planned for", a postponement, « aura lieu », « prévue le ».
    private static let futureMarkers: Set<String> = [
        "will", "ll", "’ll", "coming", "upcoming", "planned", "scheduled", "postpone", "postponed", "postponing", "next",
        "aura", "sera", "seront", "tiendra", "déroulera", "accueillera", "accueillerons", "recevra", "recevrons",
        "prochain", "prochaine", "prévu", "prévue", "reporté", "reportée", "reporter", "retrouverons", "réunira",
    ]

    /// "19", "19th", "1st", « 1er », « 2e »: a day of the month.
    private static func dayNumber(_ word: String) -> Int? {
        var value = 0
        var digits = 0
        var rest = Substring.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            if rest.isEmpty, let digit = scalar.properties.numericType != nil ? Int(String(scalar)) : nil, digits < 2 {
                value = value * 10 + digit
                digits += 1
            } else {
                rest.append(scalar)
            }
        }
        guard digits > 0, (1...31).contains(value) else { return nil }
        return ["", "st", "nd", "rd", "th", "er", "e", "ème"].contains(String(rest)) ? value : nil
    }

    private static func month(_ word: String) -> Int? { months[word] }

    private static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let names: [[String]] = [
            ["january", "jan", "janvier", "janv"], ["february", "feb", "février", "fevrier", "févr", "fevr"],
            ["march", "mar", "mars"], ["april", "apr", "avril", "avr"], ["may", "mai"], ["june", "jun", "juin"],
            ["july", "jul", "juillet", "juil"], ["august", "aug", "août", "aout"],
            ["september", "sep", "sept", "septembre"], ["october", "oct", "octobre"], ["november", "nov", "novembre"],
            ["december", "dec", "décembre", "decembre", "déc"],
        ]
        for (index, spellings) in names.enumerated() { for spelling in spellings { table[spelling] = index + 1 } }
        return table
    }()
}
