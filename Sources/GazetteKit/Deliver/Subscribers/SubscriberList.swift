/// The subscribers file read, checked and de-duplicated, with the suppression list applied.
public struct SubscriberList: Sendable {
    /// In file order, first occurrence wins.
    public var subscribers: [Subscriber]
    /// One line per skipped entry: bad address or language, duplicate, suppressed; each names file and line.
    public var skipped: [Diagnostic]
    public var suppressedCount: Int
    public var duplicateCount: Int

    public init(subscribers: [Subscriber], skipped: [Diagnostic] = [], suppressedCount: Int = 0, duplicateCount: Int = 0) {
        self.subscribers = subscribers
        self.skipped = skipped
        self.suppressedCount = suppressedCount
        self.duplicateCount = duplicateCount
    }

    /// Reads a CSV (`email,name,language`, header required, extra columns become attributes) or a YAML
    /// file (`.yaml`/`.yml`: a list of mappings with the same keys). Throws only when the file as a whole
    /// cannot be used (unreadable, no `email` column); bad entries are skipped and reported.
    public static func load(path: String, suppression: SuppressionList = .empty) throws -> SubscriberList {
        fatalError("SubscriberList.load: to be written")
    }
}
