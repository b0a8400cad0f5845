import Foundation
#if canImport(Glibc)
import Glibc
#endif

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
            // Folders first, once each; then the files on all cores (tens of thousands for a long period), a
            // folder a job: two threads creating files in one folder queue on its lock (on ext4 a fifth of the
            // write went to spinning on it), while in different folders they do not.
            var byFolder: [String: [Int]] = [:]
            for (index, artifact) in issue.artifacts.enumerated() {
                // Artifact paths are the renderer's own relative paths ("social/x/en/a.txt"): cut at the last
                // slash, without NSString's path normalizing (a quarter of a second for a year's 40,000 posts).
                let folder = artifact.path.lastIndex(of: "/").map { staging + "/" + artifact.path[..<$0] } ?? staging
                byFolder[folder, default: []].append(index)
            }
            for folder in byFolder.keys.sorted() { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            let folders = byFolder.values.sorted { ($0.count, $1[0]) > ($1.count, $0[0]) }
            // The manifest and the preview page are the longest writes: they go first, one after the other (each
            // holds a large document while it is made), while the other cores write the artifacts.
            let manifest = issue.manifest(dryRun: dryRun)
            let artifacts = issue.artifacts
            let failures = Array(-1..<folders.count).parallelMap { job -> (any Error)? in
                do {
                    if job == -1 {
                        let manifestPath = (staging as NSString).appendingPathComponent("manifest.json")
                        if !manifest.jsonBytes().withUnsafeBufferPointer({ Self.writePlain($0, to: manifestPath) }) {
                            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: manifestPath])
                        }
                        // Written from the string itself: a year's page is over 20 MB, and a copy into Data would double it.
                        let preview = (staging as NSString).appendingPathComponent("preview.html")
                        if !Self.writePlain(PreviewPage.html(issue: issue, manifest: manifest), to: preview) {
                            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: preview])
                        }
                    } else {
                        for index in folders[job] {
                            let path = (staging as NSString).appendingPathComponent(artifacts[index].path)
                            if !Self.writePlain(artifacts[index].content, to: path) {
                                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
                            }
                        }
                    }
                    return nil
                } catch {
                    return error
                }
            }
            if let failure = failures.compactMap({ $0 }).first { throw failure }
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

    /// A plain write: the staging folder's rename already makes the issue appear whole, so each file needs
    /// none of the temporary-file dance Foundation's atomic writes do.
    private static func writePlain(_ text: String, to path: String) -> Bool {
        var text = text
        return text.withUTF8 { writePlain($0, to: path) }
    }

    private static func writePlain(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}
