import Foundation

/// The subscribers file read, checked and de-duplicated, with the suppression list applied.
public struct SubscriberList: Sendable {
    /// In file order, first occurrence wins.
    public var subscribers: [Subscriber]
    /// One line per skipped entry: bad address, name or language, duplicate; each names file and line.
    /// Suppressed entries are only counted (`suppressedCount`): listing them would bury real problems.
    public var skipped: [Diagnostic]
    /// About the file as a whole, skipping nothing (e.g. it was not UTF-8 and was read as Windows-1252).
    public var warnings: [Diagnostic] = []
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
        var builder = SubscriberListBuilder(file: path, suppression: suppression)
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": try SubscriberYAMLReader(path: path).read(into: &builder)
        default: try SubscriberCSVReader(path: path).read(into: &builder)
        }
        return builder.list
    }
}
