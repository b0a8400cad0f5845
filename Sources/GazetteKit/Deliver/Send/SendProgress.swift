import Foundation
import Logging

/// Where a send stands, reported after each message.
public struct SendProgress: Sendable {
    public var done: Int
    public var total: Int
    public var sent: Int
    public var failed: Int
    public var deferred: Int
    /// Seconds since the first message started.
    public var elapsed: Double

    public var remaining: Int { max(total - done, 0) }
    /// Over the intervals between messages (n messages span n − 1 of them), so a rate-limited send shows
    /// its limit, not more.
    public var rate: Double { elapsed > 0 && done > 1 ? Double(done - 1) / elapsed : 0 }
    public var secondsLeft: Double? { rate > 0 ? Double(remaining) / rate : nil }
}

/// Shows progress the way the output is read: one line rewritten in place on a terminal, a log line
/// every `interval` seconds otherwise (cron mail and log files must not fill with carriage returns).
public final class ProgressReporter {
    private let terminal: Bool
    private let logger: Logger
    private let interval: Double
    private var lastShown: Double = -.infinity
    private var shownOnTerminal = false

    public init(terminal: Bool, logger: Logger, interval: Double = 10) {
        self.terminal = terminal
        self.logger = logger
        self.interval = interval
    }

    public func report(_ progress: SendProgress) {
        let now = monotonicSeconds()
        let minimum = terminal ? 0.2 : interval
        guard now - lastShown >= minimum || (terminal && progress.remaining == 0) else { return }
        lastShown = now
        let line = Self.describe(progress)
        if terminal {
            FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
            shownOnTerminal = true
        } else {
            logger.notice("\(line)")
        }
    }

    /// Ends the terminal line so what follows starts on its own.
    public func finish() {
        if shownOnTerminal { FileHandle.standardError.write(Data("\n".utf8)) }
        shownOnTerminal = false
    }

    public static func describe(_ progress: SendProgress) -> String {
        var line = "sent \(progress.sent), \(progress.remaining) remaining"
        if progress.failed > 0 { line += ", \(progress.failed) failed" }
        if progress.deferred > 0 { line += ", \(progress.deferred) deferred" }
        line += String(format: ", %.1f/s", progress.rate)
        if let left = progress.secondsLeft, progress.remaining > 0 { line += ", \(duration(left)) left" }
        return line
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m\(String(format: "%02d", total % 60))s" }
        return "\(total / 3600)h\(String(format: "%02d", total % 3600 / 60))m"
    }
}
