import Foundation

/// How long one stage of a compose took, wall clock: what `--timings` prints.
public struct StageTiming: Sendable, Equatable {
    public var stage: String
    public var seconds: Double

    public init(stage: String, seconds: Double) {
        self.stage = stage
        self.seconds = seconds
    }

    /// Runs `body` and appends its duration to `timings` under `stage`.
    static func measure<T>(_ stage: String, into timings: inout [StageTiming], _ body: () throws -> T) rethrows -> T {
        let start = monotonicSeconds()
        defer { timings.append(StageTiming(stage: stage, seconds: monotonicSeconds() - start)) }
        return try body()
    }

    /// `read and extract 4.21 s · select 0.10 s · …`
    public static func line(_ timings: [StageTiming]) -> String {
        timings.map { "\($0.stage) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: " · ")
    }
}
