import Foundation

/// `gazette talks` output: JSON in the shape `score_talks.py` reads, or text for a person.
/// Each recap is encoded on its own so output can stream while later files are still being read.
public enum TalksReport {
    /// The JSON object of one recap, as UTF-8.
    /// Indented to sit inside the document's `recaps` array, so the writer only concatenates.
    public static func jsonObject(_ extracted: ExtractedRecap) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try! encoder.encode(RecapRecord(extracted))
        var indented = [UInt8]("    ".utf8)
        indented.reserveCapacity(data.count + data.count / 8)
        for byte in data {
            indented.append(byte)
            if byte == UInt8(ascii: "\n") { indented.append(contentsOf: "    ".utf8) }
        }
        return String(decoding: indented, as: UTF8.self)
    }

    /// Assembles the document `{"recaps": [...], "failures": [...]}` from encoded recaps.
    public static func jsonDocument(recaps: [String], failures: [Diagnostic]) -> String {
        var output = jsonHeader
        for (index, recap) in recaps.enumerated() { output += jsonElement(recap, first: index == 0) }
        return output + jsonFooter(failures: failures)
    }

    public static func json(_ scan: TalkScan) -> String {
        jsonDocument(recaps: scan.recaps.map(jsonObject), failures: scan.failures)
    }

    public static let jsonHeader = "{\n  \"recaps\" : ["

    public static func jsonElement(_ recap: String, first: Bool) -> String {
        (first ? "\n" : ",\n") + recap
    }

    public static func jsonFooter(failures: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let list = String(decoding: try! encoder.encode(failures.map(\.description)), as: UTF8.self)
        return "\n  ],\n  \"failures\" : \(list)\n}"
    }

    public static func text(_ extracted: ExtractedRecap) -> String {
        let recap = extracted.recap
        let date = recap.date.map { "\($0.day) (\($0.source.rawValue))" } ?? "undated"
        var lines = ["\(recap.source) [\(recap.language.rawValue), \(date)] \(recap.title ?? "")"]
        for talk in extracted.talks {
            let speakers = talk.speakers.map { speaker in
                speaker.affiliation.map { "\(speaker.name) (\($0))" } ?? speaker.name
            }.joined(separator: ", ")
            var line = "  - \(speakers)"
            if let title = talk.title { line += ": “\(title)”" }
            if let translation = talk.titleTranslation { line += " (\(translation))" }
            var facts = [talk.kind.rawValue]
            if !talk.cities.isEmpty { facts.append(talk.cities.joined(separator: ", ")) }
            line += " [\(facts.joined(separator: "; "))] \(talk.id)"
            lines.append(line)
        }
        if extracted.talks.isEmpty { lines.append("  (no talks found)") }
        return lines.joined(separator: "\n")
    }
}

/// The JSON shape of a recap; nil fields are written as null so every key is always present.
private struct RecapRecord: Encodable {
    let extracted: ExtractedRecap
    init(_ extracted: ExtractedRecap) { self.extracted = extracted }

    enum Keys: String, CodingKey { case source, key, language, date, dateSource, title, warnings, talks }

    func encode(to encoder: Encoder) throws {
        let recap = extracted.recap
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(recap.source, forKey: .source)
        try container.encode(recap.key, forKey: .key)
        try container.encode(recap.language, forKey: .language)
        try container.encode(recap.date?.day, forKey: .date)
        try container.encode(recap.date?.source, forKey: .dateSource)
        try container.encode(recap.title, forKey: .title)
        try container.encode(recap.warnings.map(\.description), forKey: .warnings)
        try container.encode(extracted.talks.map(TalkRecord.init), forKey: .talks)
    }
}

private struct TalkRecord: Encodable {
    let talk: Talk

    enum Keys: String, CodingKey { case id, speakers, title, titleTranslation, kind, cities, links, evidence }
    enum SpeakerKeys: String, CodingKey { case name, affiliation }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(talk.id, forKey: .id)
        var speakers = container.nestedUnkeyedContainer(forKey: .speakers)
        for speaker in talk.speakers {
            var entry = speakers.nestedContainer(keyedBy: SpeakerKeys.self)
            try entry.encode(speaker.name, forKey: .name)
            try entry.encode(speaker.affiliation, forKey: .affiliation)
        }
        try container.encode(talk.title, forKey: .title)
        try container.encode(talk.titleTranslation, forKey: .titleTranslation)
        try container.encode(talk.kind, forKey: .kind)
        try container.encode(talk.cities, forKey: .cities)
        try container.encode(talk.links, forKey: .links)
        try container.encode(talk.evidence, forKey: .evidence)
    }
}
