import Foundation

/// Which recaps each issue composed for real has featured, kept under the outbox, so the next issue
/// does not feature them again (since-last-issue, as RSS-to-email tools do). Dry runs never write it.
public struct FeaturedRecord: Sendable, Equatable, Codable {
    /// Issue id → keys of the recaps it featured.
    public var issues: [String: [String]] = [:]

    public init(issues: [String: [String]] = [:]) { self.issues = issues }

    public static func path(inOutbox outbox: String) -> String { (outbox as NSString).appendingPathComponent("featured.json") }

    public static func load(outbox: String) throws -> FeaturedRecord {
        let path = path(inOutbox: outbox)
        guard let data = FileManager.default.contents(atPath: path) else { return FeaturedRecord() }
        do {
            return try JSONDecoder().decode(FeaturedRecord.self, from: data)
        } catch {
            throw ConfigError(file: path, line: nil, message: "the record of featured recaps is unreadable: \(error)")
        }
    }

    /// Keys featured by issues other than `issueID`: composing the same issue again for real keeps its recaps.
    public func featured(except issueID: String) -> Set<String> {
        Set(issues.filter { $0.key != issueID }.values.joined())
    }

    public func save(outbox: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(try encoder.encode(self), to: FeaturedRecord.path(inOutbox: outbox))
    }
}

/// Writes through a temporary file and a rename, so a crash leaves the old file or the new one, never half of one.
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
