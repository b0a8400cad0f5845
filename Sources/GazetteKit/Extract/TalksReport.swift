import Foundation

/// `gazette talks` output: JSON in the shape `score_talks.py` reads, or text for a person.
/// Each recap is encoded on its own so output can stream while later files are still being read.
public enum TalksReport {
    /// The JSON object of one recap, keys sorted, indented to sit inside the document's `recaps` array, so
    /// the writer only concatenates. Written directly (PrettyJSONWriter) rather than by a JSONEncoder per
    /// recap and a second pass to indent it, which together cost more than a tenth of `gazette talks`.
    public static func jsonObject(_ extracted: ExtractedRecap) -> String {
        var json = PrettyJSONWriter(indent: 2)
        writeObject(extracted, to: &json)
        return "    " + String(decoding: json.bytes, as: UTF8.self)
    }

    /// One recap's part of the JSON document, made on the worker that extracted it.
    public enum JSONPiece: Sendable {
        case encoded([UInt8])
        /// A recap with so many talks that its text would cost several times the recap: written straight to
        /// the output when its turn comes, a few talks at a time, with its blocks already let go.
        case deferred(ExtractedRecap)
    }

    /// Past this many talks a recap's JSON is written as it is made rather than held whole.
    static let deferredTalkCount = 512

    public static func jsonPiece(_ extracted: ExtractedRecap) -> JSONPiece {
        guard extracted.talks.count <= deferredTalkCount else {
            var light = extracted
            light.recap.blocks = []
            return .deferred(light)
        }
        var json = PrettyJSONWriter(indent: 2)
        json.raw("    ")
        writeObject(extracted, to: &json)
        return .encoded(json.bytes)
    }

    /// Writes a piece as an element of the `recaps` array, in chunks of at most about 64 kB for a deferred one.
    public static func writeJSON(_ piece: JSONPiece, first: Bool, to sink: @escaping ([UInt8]) -> Void) {
        sink(Array((first ? "\n" : ",\n").utf8))
        switch piece {
        case .encoded(let bytes):
            sink(bytes)
        case .deferred(let extracted):
            var json = PrettyJSONWriter(indent: 2, drain: (threshold: 1 << 16, sink: sink))
            json.raw("    ")
            writeObject(extracted, to: &json)
            json.drain()
        }
    }

    private static func writeObject(_ extracted: ExtractedRecap, to json: inout PrettyJSONWriter) {
        let recap = extracted.recap
        json.beginObject()
        json.field("date", recap.date?.day.description)
        json.field("dateSource", recap.date?.source.rawValue)
        json.field("key", recap.key)
        json.field("language", recap.language.rawValue)
        json.field("source", recap.source)
        json.key("talks")
        json.beginArray()
        for talk in extracted.talks {
            json.element()
            json.drainIfFull()
            writeTalk(talk, to: &json)
        }
        json.endArray()
        json.field("title", recap.title)
        json.field("warnings", strings: recap.warnings.map(\.description))
        json.endObject()
    }

    private static func writeTalk(_ talk: Talk, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.field("cities", strings: talk.cities)
        json.field("evidence", sentences: talk.evidence)
        json.field("id", talk.id)
        json.field("kind", talk.kind.rawValue)
        json.field("links", links: talk.links)
        json.key("speakers")
        json.beginArray()
        for speaker in talk.speakers {
            json.element()
            json.beginObject()
            json.field("affiliation", speaker.affiliation)
            json.field("name", speaker.name)
            json.endObject()
        }
        json.endArray()
        json.field("title", talk.title)
        json.field("titleTranslation", talk.titleTranslation)
        json.endObject()
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
