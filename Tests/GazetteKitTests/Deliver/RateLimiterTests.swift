import Testing
@testable import GazetteKit

@Suite struct RateLimiterTests {
    /// A fake clock: sleeping advances it; each send takes `work` seconds.
    final class FakeClock {
        var time = 1000.0
        var slept: [Double] = []
    }

    func starts(rate: Double, messages: Int, work: (Int) -> Double) -> [Double] {
        let clock = FakeClock()
        let limiter = RateLimiter(messagesPerSecond: rate)
        var starts: [Double] = []
        for index in 0..<messages {
            limiter.waitTurn(now: { clock.time }, sleep: { clock.slept.append($0); clock.time += $0 })
            starts.append(clock.time)
            clock.time += work(index)
        }
        return starts
    }

    @Test func startsAreNeverCloserThanTheInterval() {
        let starts = starts(rate: 10, messages: 200) { index in index % 7 == 0 ? 0.35 : 0.01 }
        for (previous, next) in zip(starts, starts.dropFirst()) {
            #expect(next - previous >= 0.1 - 1e-9)
        }
    }

    @Test func aSlowMessageIsNotMadeUpForWithABurst() {
        // One message takes 2 s; the following ones are instant. A schedule-based limiter would send ~20 at once.
        let starts = starts(rate: 10, messages: 40) { index in index == 5 ? 2.0 : 0 }
        for window in 0..<(starts.count - 10) {
            #expect(starts[window + 10] - starts[window] >= 1.0 - 1e-9, "11 starts within one second at \(window)")
        }
    }

    @Test func longRunRateIsTheLimitWhenTheServerIsFast() {
        let starts = starts(rate: 50, messages: 501) { _ in 0.001 }
        let rate = Double(starts.count - 1) / (starts.last! - starts.first!)
        #expect(rate <= 50 + 1e-6)
        #expect(rate > 45, "the margin for jitter costs under 10%")
    }

    @Test func aServerCountingArrivalsSeesAtMostTheLimitInAnySecondDespiteJitter() {
        // Starts exactly 1/50 s apart put 51 in a closed second; arrivals drifting by up to ±jitter then make 51
        // likelier still. Every window of 1 s, widened by the jitter on both sides, must hold at most 50 starts.
        let starts = starts(rate: 50, messages: 400) { index in index % 3 == 0 ? 0.004 : 0.0001 }
        let span = 1 + 2 * RateLimiter.jitter
        var end = 0
        for (first, start) in starts.enumerated() {
            while end < starts.count, starts[end] <= start + span { end += 1 }
            #expect(end - first <= 50, "\(end - first) starts within \(span) s from start \(first)")
        }
    }

    @Test func noLimitNeverSleeps() {
        let clock = FakeClock()
        let limiter = RateLimiter(messagesPerSecond: nil)
        for _ in 0..<100 { limiter.waitTurn(now: { clock.time }, sleep: { clock.slept.append($0) }) }
        #expect(clock.slept.isEmpty)
    }

    @Test func ratesParse() {
        #expect(DeliverySettings.rate("10") == 10)
        #expect(DeliverySettings.rate("10/s") == 10)
        #expect(DeliverySettings.rate("600/min") == 10)
        #expect(DeliverySettings.rate("3600/h") == 1)
        #expect(DeliverySettings.rate("0") == nil)
        #expect(DeliverySettings.rate("fast") == nil)
        #expect(DeliverySettings.rate("5/day") == nil)
    }
}
