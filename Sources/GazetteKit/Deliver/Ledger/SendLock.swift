import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on an outbox's sends, so two runs (a slow cron send and the next one, or an organizer
/// by hand) never send the same issue at once. flock(2) is released by the kernel when the process dies,
/// even by SIGKILL, so a crash never leaves a stale lock behind.
public final class SendLock {
    public static let fileName = "ledger.lock"
    private let descriptor: Int32

    /// Nil when another process holds the lock; `holder` then names it when it could be read.
    public static func acquire(outbox: String) throws -> Result<SendLock, HeldLock> {
        try FileManager.default.createDirectory(atPath: outbox, withIntermediateDirectories: true)
        let path = (outbox as NSString).appendingPathComponent(fileName)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = pread(descriptor, &buffer, buffer.count, 0)
            close(descriptor)
            let pid = count > 0 ? Int(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) : nil
            return .failure(HeldLock(path: path, pid: pid))
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
        return .success(SendLock(descriptor: descriptor))
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

public struct HeldLock: Error, CustomStringConvertible {
    public var path: String
    public var pid: Int?
    public var description: String {
        "another gazette send is running (\(pid.map { "pid \($0), " } ?? "")lock \(path)); this run stops here"
    }
}
