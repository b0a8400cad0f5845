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
