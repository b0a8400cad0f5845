import Foundation

/// How long one stage of a compose took, wall clock and the process's CPU time: what `--timings` prints.
/// CPU over wall says how many cores the stage kept busy, which is what tells a slow stage from a serial one;
/// the process's peak memory at the stage's end tells which stage raised it.
public struct StageTiming: Sendable, Equatable {
    public var stage: String
    public var seconds: Double
    public var cpuSeconds: Double
    public var peakMegabytes: Int

    public init(stage: String, seconds: Double, cpuSeconds: Double = 0, peakMegabytes: Int = 0) {
        self.stage = stage
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds
        self.peakMegabytes = peakMegabytes
    }

    /// Runs `body` and appends its duration to `timings` under `stage`.
    static func measure<T>(_ stage: String, into timings: inout [StageTiming], _ body: () throws -> T) rethrows -> T {
        let start = monotonicSeconds(), cpuStart = processCPUSeconds()
        defer {
            timings.append(StageTiming(stage: stage, seconds: monotonicSeconds() - start, cpuSeconds: processCPUSeconds() - cpuStart,
                                       peakMegabytes: peakMegabytes()))
        }
        return try body()
    }

    /// `read and extract 4.21 s (1.9 cores, 130 MB) · select 0.10 s (1.0 cores, 131 MB) · …`
    public static func line(_ timings: [StageTiming]) -> String {
        timings.map { timing in
            let cores = timing.seconds > 0 ? timing.cpuSeconds / timing.seconds : 0
            return "\(timing.stage) \(String(format: "%.2f", timing.seconds)) s (\(String(format: "%.1f", cores)) cores, \(timing.peakMegabytes) MB)"
        }.joined(separator: " · ")
    }

    /// User and system CPU seconds of every thread of the process so far.
    public static func processCPUSeconds() -> Double {
        let usage = resourceUsage()
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The process's largest resident size so far (Linux gives it in kilobytes).
    public static func peakMegabytes() -> Int { resourceUsage().ru_maxrss / 1024 }

    private static func resourceUsage() -> rusage {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage
    }
}
