/// `manifest.json`'s bytes, as JSONEncoder wrote them with `.prettyPrinted, .sortedKeys, .withoutEscapingSlashes`
/// (but `[]` for an empty list): written directly, since a year's manifest (tens of megabytes) took JSONEncoder
/// over a second, the longest single job of writing an issue. The members of each object are written in sorted
/// order by hand; `IssueManifestJSONTests` checks the result against JSONEncoder's.
extension IssueManifest {
    public func jsonBytes() -> [UInt8] {
        var writer = PrettyJSONWriter(indent: 0)
        writer.beginObject()
        writer.field("artifacts", each: artifacts) { artifact, writer in artifact.write(to: &writer) }
        writer.field("asOf", asOf.description)
        writer.field("dryRun", dryRun)
        writer.field("issue", issue)
        writer.key("newsletterNames")
        writer.beginObject()
        for (language, name) in newsletterNames.sorted(by: { $0.key < $1.key }) {
            writer.key(language)
            writer.string(name)
        }
        writer.endObject()
        writer.field("notes", strings: notes)
        writer.field("period", period)
        writer.field("recaps", each: recaps) { recap, writer in Self.write(recap, to: &writer) }
        writer.field("talks", each: talks) { talk, writer in talk.write(to: &writer) }
        writer.field("warnings", strings: warnings)
        writer.endObject()
        return writer.bytes
    }

    private static func write(_ recap: RecapDecision, to writer: inout PrettyJSONWriter) {
        writer.beginObject()
        if let date = recap.date { writer.field("date", date.description) }
        writer.field("key", recap.key)
        writer.field("language", recap.language.rawValue)
        writer.field("reason", recap.reason.rawValue)
        writer.field("selected", recap.selected)
        writer.field("source", recap.source)
        if let twin = recap.twin { writer.field("twin", twin) }
        if let url = recap.url { writer.field("url", url) }
        writer.endObject()
    }
}

extension IssueManifest.ArtifactEntry {
    fileprivate func write(to writer: inout PrettyJSONWriter) {
        writer.beginObject()
        writer.field("count", count)
        writer.field("kind", kind.rawValue)
        writer.field("language", language)
        writer.key("limit")
        if let limit { writer.number(limit) } else { writer.raw("null") }
        writer.field("path", path)
        writer.field("platform", platform?.rawValue)
        if let subject { writer.field("subject", subject) }
        writer.field("talk", talk)
        writer.field("warnings", strings: warnings)
        writer.endObject()
    }
}

extension IssueManifest.TalkEntry {
    fileprivate func write(to writer: inout PrettyJSONWriter) {
        writer.beginObject()
        writer.field("cities", strings: cities)
        if let en { Self.write(en, named: "en", to: &writer) }
        writer.field("event", event)
        if let fr { Self.write(fr, named: "fr", to: &writer) }
        writer.field("id", id)
        writer.field("kind", kind.rawValue)
        writer.field("links", links: links)
        writer.field("missingHumanText", strings: missingHumanText.map(\.rawValue))
        // Unlike `talks --format json`, the manifest leaves out an affiliation it does not know, as JSONEncoder did.
        writer.field("speakers", each: speakers) { speaker, writer in
            writer.beginObject()
            if let affiliation = speaker.affiliation { writer.field("affiliation", affiliation) }
            writer.field("name", speaker.name)
            writer.endObject()
        }
        writer.endObject()
    }

    private static func write(_ texts: TalkTexts, named name: StaticString, to writer: inout PrettyJSONWriter) {
        writer.key(name)
        writer.beginObject()
        if let note = texts.note { writer.field("note", note) }
        writer.field("summary", each: texts.summary) { text, writer in write(text, to: &writer) }
        if let title = texts.title {
            writer.key("title")
            write(title, to: &writer)
        }
        writer.endObject()
    }

    private static func write(_ text: LocalizedText, to writer: inout PrettyJSONWriter) {
        writer.beginObject()
        writer.field("language", text.language.rawValue)
        writer.field("origin", text.origin.rawValue)
        writer.field("text", text.text)
        writer.endObject()
    }
}
