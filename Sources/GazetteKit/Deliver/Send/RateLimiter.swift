import Foundation

/// Spaces message starts at least `interval` apart, across every connection of a send: each start takes
/// the next free slot, one interval after the one before. A slow message is never made up for with a
/// burst, so the rate over any stretch of the run stays under the limit: providers count over short
/// windows and throttle senders that overshoot.
///
/// The interval is `(1 + 2 × jitter) / rate`, not `1 / rate`: starts exactly 1/rate apart put rate + 1
/// of them in a closed one-second window, and the receiving server counts arrival times, which drift
/// from our start times by network, scheduling and its own processing. With this margin the server sees
/// at most `rate` messages in any one second as long as arrivals shift by less than `jitter` either way.
public final class RateLimiter: @unchecked Sendable {
    /// The arrival-time drift the limit is proof against, in seconds.
    public static let jitter = 0.05

    public let interval: Double?
    private let lock = NSLock()
    private var lastSlot: Double?

    public init(messagesPerSecond: Double?) {
        interval = messagesPerSecond.map { (1 + 2 * Self.jitter) / $0 }
    }

    /// Waits (through `sleep`) until the next message may start, and records that start. Safe to call from
    /// several threads: the lock is held while waiting, so a thread that wakes late pushes the next start
    /// later instead of letting another connection start right behind it (a reserved slot would).
    public func waitTurn(now: () -> Double, sleep: (Double) -> Void) {
        guard let interval else { return }
        lock.lock()
        defer { lock.unlock() }
        var current = now()
        if let lastSlot, current < lastSlot + interval {
            sleep(lastSlot + interval - current)
            current = max(now(), lastSlot + interval)
        }
        lastSlot = current
    }
}

/// Monotonic seconds, unaffected by clock changes during a long send.
public func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
