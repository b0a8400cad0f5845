import Crypto
import Foundation

/// Remembers, in the outbox, the subscribers list (and suppression list) whose problems were last reported,
/// by a hash of their contents: an hourly cron run then says "line 12: not an address" once per change of the
/// list instead of at every run. A dry run or `--verbose` still shows every line.
struct ListWarningMemo {
    let path: String

    init(outbox: String) {
        path = (outbox as NSString).appendingPathComponent("subscribers-reported.txt")
    }

    /// SHA-256 over each file's path and bytes; a file that cannot be read hashes as absent.
    static func fingerprint(of files: [String]) -> String {
        var hash = SHA256()
        for file in files {
            hash.update(data: Data(file.utf8))
            hash.update(data: FileManager.default.contents(atPath: file) ?? Data())
        }
        return hash.finalize().map { String(format: "%02x", $0) }.joined()
    }

    func alreadyReported(_ fingerprint: String) -> Bool {
        (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) == fingerprint
    }

    func record(_ fingerprint: String) {
        // Losing this file only means the warnings are said once more: not worth failing a send for.
        try? Data((fingerprint + "\n").utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
