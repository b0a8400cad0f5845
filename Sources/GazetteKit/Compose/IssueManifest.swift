/// `manifest.json`: what an issue folder holds, for the tests, the preview and other tools.
public struct IssueManifest: Sendable, Encodable {
    public var issue: String
    public var asOf: CalendarDay
    public var period: String
    public var dryRun: Bool
    public var recaps: [RecapDecision]
    public var talks: [TalkEntry]
    public var artifacts: [ArtifactEntry]
    /// What the organizer must act on (`IssueWarnings.toAct`); `notes` say what was shortened to fit a platform.
    public var warnings: [String]
    public var notes: [String]
    /// `{"fr": "La Gazette des meetups", "en": "The Meetup Gazette"}`: the From name of each edition.
    public var newsletterNames: [String: String]

    public struct TalkEntry: Sendable, Encodable {
        public var id: String
        public var event: Int
        public var speakers: [Speaker]
        public var kind: TalkKind
        public var cities: [String]
        public var links: [TalkLink]
        public var fr: TalkTexts?
        public var en: TalkTexts?
        public var missingHumanText: [Language]
    }

    public struct ArtifactEntry: Sendable, Encodable {
        public var kind: Artifact.Kind
        public var language: String
        public var platform: Platform?
        public var path: String
        public var count: Int
        public var limit: Int?
        public var talk: String?
        public var subject: String?
        public var warnings: [String]

        init(_ artifact: Artifact) {
            kind = artifact.kind
            language = artifact.language
            platform = artifact.platform
            path = artifact.path
            count = artifact.count
            limit = artifact.limit
            talk = artifact.talkID
            subject = artifact.subject
            warnings = artifact.warnings
        }

        enum CodingKeys: String, CodingKey { case kind, language, platform, path, count, limit, talk, subject, warnings }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(kind, forKey: .kind)
            try container.encode(language, forKey: .language)
            try container.encode(platform, forKey: .platform)
            try container.encode(path, forKey: .path)
            try container.encode(count, forKey: .count)
            try container.encode(limit, forKey: .limit)
            try container.encode(talk, forKey: .talk)
            try container.encodeIfPresent(subject, forKey: .subject)
            try container.encode(warnings, forKey: .warnings)
        }
    }
}
