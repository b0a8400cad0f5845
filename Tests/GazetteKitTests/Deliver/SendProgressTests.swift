import Testing
@testable import GazetteKit

@Suite struct SendProgressTests {
    @Test func theLineSaysSentRemainingRateAndTimeLeft() {
        // 101 messages 10 s apart from the first: 100 intervals, 10/s; 400 left take 40 s.
        let progress = SendProgress(done: 101, total: 501, sent: 99, failed: 1, deferred: 1, elapsed: 10)
        #expect(progress.rate == 10)
        #expect(ProgressReporter.describe(progress) == "sent 99, 400 remaining, 1 failed, 1 deferred, 10.0/s, 40s left")
    }

    @Test func durationsReadLikeAClock() {
        #expect(ProgressReporter.duration(0.2) == "1s")
        #expect(ProgressReporter.duration(125) == "2m05s")
        #expect(ProgressReporter.duration(3 * 3600 + 7 * 60) == "3h07m")
    }

    @Test func aSingleMessageHasNoRateYet() {
        #expect(SendProgress(done: 1, total: 5, sent: 1, failed: 0, deferred: 0, elapsed: 0.3).rate == 0)
    }
}
