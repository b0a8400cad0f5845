import Foundation

/// The built `gazette` executable run as a user (or cron) runs it, with its own environment.
struct GazetteProcess {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static let executable: String? = TalksCommandTests.executable

    let process = Process()
    private let outputFile: String
    /// Where its standard output goes, to read while it runs.
    var outputPath: String { outputFile }
    private let errorFile: String

    /// Starts `gazette ARGUMENTS`; its output goes to files so a killed process leaves what it wrote.
    init(_ arguments: [String], environment: [String: String] = [:], currentDirectory: String? = nil) throws {
        guard let executable = Self.executable else { throw TestFailure("the gazette executable is not built") }
        let base = NSTemporaryDirectory() + "gazette-process-\(UUID().uuidString)"
        outputFile = base + ".out"
        errorFile = base + ".err"
        FileManager.default.createFile(atPath: outputFile, contents: nil)
        FileManager.default.createFile(atPath: errorFile, contents: nil)
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "GAZETTE_SMTP_PASSWORD")
        merged.removeValue(forKey: "GAZETTE_UNSUBSCRIBE_KEY")
        merged.removeValue(forKey: "GAZETTE_CONFIG")
        merged.merge(environment) { _, new in new }
        process.environment = merged
        process.standardOutput = FileHandle(forWritingAtPath: outputFile)
        process.standardError = FileHandle(forWritingAtPath: errorFile)
        try process.run()
    }

    /// Runs to the end.
    static func run(_ arguments: [String], environment: [String: String] = [:], currentDirectory: String? = nil) throws -> Result {
        try GazetteProcess(arguments, environment: environment, currentDirectory: currentDirectory).wait()
    }

    func wait() -> Result {
        process.waitUntilExit()
        defer {
            try? FileManager.default.removeItem(atPath: outputFile)
            try? FileManager.default.removeItem(atPath: errorFile)
        }
        return Result(status: process.terminationStatus,
                      output: (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? "",
                      errors: (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? "")
    }

    func kill() {
        Foundation.kill(process.processIdentifier, SIGKILL)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
