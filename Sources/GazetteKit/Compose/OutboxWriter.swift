import Foundation

/// Queues a composed issue to `OUT/<issue-id>/`: every artifact, `manifest.json` and `preview.html`.
/// The folder is written beside its final place and renamed in, so a crash mid-write leaves the previous
/// issue folder (or none), never a half-written one that a cron send could pick up.
public struct OutboxWriter: Sendable {
    public var outbox: String

    public init(outbox: String) { self.outbox = outbox }

    public func folder(for issueID: String) -> String { (outbox as NSString).appendingPathComponent(issueID) }

    @discardableResult
    public func write(_ issue: ComposedIssue, dryRun: Bool) throws -> String {
        let manager = FileManager.default
        try manager.createDirectory(atPath: outbox, withIntermediateDirectories: true)
        let final = folder(for: issue.id)
        let staging = (outbox as NSString).appendingPathComponent(".\(issue.id).writing-\(UUID().uuidString)")
        try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        do {
            for artifact in issue.artifacts {
                try write(Data(artifact.content.utf8), to: (staging as NSString).appendingPathComponent(artifact.path))
            }
            let manifest = issue.manifest(dryRun: dryRun)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            try write(try encoder.encode(manifest), to: (staging as NSString).appendingPathComponent("manifest.json"))
            try write(Data(PreviewPage.html(issue: issue, manifest: manifest).utf8),
                      to: (staging as NSString).appendingPathComponent("preview.html"))
            if manager.fileExists(atPath: final) {
                let retired = (outbox as NSString).appendingPathComponent(".\(issue.id).replaced-\(UUID().uuidString)")
                try manager.moveItem(atPath: final, toPath: retired)
                try manager.moveItem(atPath: staging, toPath: final)
                try? manager.removeItem(atPath: retired)
            } else {
                try manager.moveItem(atPath: staging, toPath: final)
            }
        } catch {
            try? manager.removeItem(atPath: staging)
            throw error
        }
        return final
    }

    private func write(_ data: Data, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: path))
    }
}
