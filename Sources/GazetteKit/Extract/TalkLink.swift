/// A link that belongs to a talk, classified so the newsletter can say "slides" or "video".
public struct TalkLink: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case slides, video, code, other }

    public var url: String
    public var text: String
    public var kind: Kind

    public init(url: String, text: String, kind: Kind) {
        self.url = url
        self.text = text
        self.kind = kind
    }
}

extension PrettyJSONWriter {
    /// A talk's links, as `talks --format json` and manifest.json both write them.
    mutating func field(_ name: StaticString, links: [TalkLink]) {
        field(name, each: links) { link, json in
            json.beginObject()
            json.field("kind", link.kind.rawValue)
            json.field("text", link.text)
            json.field("url", link.url)
            json.endObject()
        }
    }
}
