import Foundation

/// Builds the next messages on another thread while the current one is on the wire. A send is bound by
/// SMTP round trips on one connection; building a message (quoted-printable, headers, token) takes as long
/// as a round trip, so doing it in between would halve the rate. A small window bounds the memory.
final class MessagePrefetcher: @unchecked Sendable {
    typealias Built = Result<(messageID: String, bytes: [UInt8]), Error>

    private let condition = NSCondition()
    private var ready: [Int: Built] = [:]
    private var taken = 0
    private var cancelled = false
    private let window: Int
    /// Set while the builder sleeps, to the number of taken items that wakes it: half a window below
    /// where it stopped, so it is woken once per half window rather than once per message (each wake-up
    /// is a context switch on the sender's critical path).
    private var builderResumesAt: Int?
    private var takersWaiting = 0

    /// Starts building items `0..<count` in order with `build`, at most `window` ahead of `take`.
    init(count: Int, window: Int = 16, build: @escaping @Sendable (Int) -> Built) {
        self.window = window
        let thread = Thread { [self] in
            for index in 0..<count {
                condition.lock()
                if index - taken >= window {
                    builderResumesAt = index - window / 2
                    // A taker waiting for an item this builder has not made wakes it too, whatever the count.
                    while taken < builderResumesAt! && takersWaiting == 0 && !cancelled { condition.wait() }
                    builderResumesAt = nil
                }
                let stop = cancelled
                condition.unlock()
                if stop { return }
                let built = build(index)
                condition.lock()
                ready[index] = built
                if takersWaiting > 0 { condition.broadcast() }
                condition.unlock()
            }
        }
        thread.name = "gazette.prefetch"
        thread.start()
    }

    /// The item at `index`, waiting for it if needed. Each item is taken once, roughly in order.
    func take(_ index: Int) -> Built {
        condition.lock()
        defer { condition.unlock() }
        while ready[index] == nil {
            if builderResumesAt != nil { condition.broadcast() }
            takersWaiting += 1
            condition.wait()
            takersWaiting -= 1
        }
        let built = ready.removeValue(forKey: index)!
        taken = max(taken, index + 1)  // several connections take, not always in order
        if let resume = builderResumesAt, taken >= resume { condition.broadcast() }
        return built
    }

    /// Stops the builder; call it when the pass ends (early or not), or the builder thread would wait on.
    func cancel() {
        condition.lock()
        cancelled = true
        ready.removeAll()
        condition.broadcast()
        condition.unlock()
    }
}
