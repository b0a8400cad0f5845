import Foundation

/// Spaces sends at least 1/rate seconds apart, measured from one start to the next. A slow message
/// is never made up for with a burst, so the rate over any stretch of the run stays at or under the
/// limit: providers count over short windows and throttle limits that overshoot.
public struct RateLimiter {
    public let interval: Double?
    private var lastStart: Double?

    public init(messagesPerSecond: Double?) {
        interval = messagesPerSecond.map { 1 / $0 }
    }

    /// Waits (through `sleep`) until the next message may start, and records that start.
    public mutating func waitTurn(now: () -> Double, sleep: (Double) -> Void) {
        guard let interval else { return }
        var current = now()
        if let lastStart, current < lastStart + interval {
            sleep(lastStart + interval - current)
            current = max(now(), lastStart + interval)
        }
        lastStart = current
    }
}

/// Monotonic seconds, unaffected by clock changes during a long send.
public func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
