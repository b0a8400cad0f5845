import Foundation

/// `gazette serve` on a free loopback port for one test, and curl (a real HTTP client) to talk to it.
final class ServeProcess {
    let process: GazetteProcess
    let port: Int
    let outputFile: String
    var base: String { "http://127.0.0.1:\(port)" }

    init(config: String, environment: [String: String], extra: [String] = []) throws {
        process = try GazetteProcess(["serve", "--config", config, "--listen", "127.0.0.1:0"] + extra, environment: environment)
        outputFile = process.outputPath
        let deadline = Date().addingTimeInterval(20)
        var found: Int?
        while found == nil, process.process.isRunning, Date() < deadline {
            let text = (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("gazette: serving on http://127.0.0.1:") }) {
                found = Int(line.split(separator: ":").last!)
            } else {
                usleep(20_000)
            }
        }
        guard let found else {
            process.kill()
            let result = process.wait()
            throw TestFailure("gazette serve did not start: \(result.errors)")
        }
        port = found
    }

    /// Stops the server and returns what it logged.
    func stop() -> GazetteProcess.Result {
        process.process.terminate()
        return process.wait()
    }

    deinit { if process.process.isRunning { process.kill() } }

    struct Reply {
        var status: Int
        var body: String
    }

    static let curlAvailable = FileManager.default.isExecutableFile(atPath: "/usr/bin/curl")

    /// One request through curl; `--path-as-is` so `..` reaches the server as written.
    static func curl(_ arguments: [String]) throws -> Reply {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "--path-as-is", "--max-time", "20", "-w", "\n%{http_code}"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var text = String(decoding: data, as: UTF8.self)
        guard let newline = text.lastIndex(of: "\n") else { throw TestFailure("curl printed nothing for \(arguments)") }
        let status = Int(text[text.index(after: newline)...]) ?? 0
        text = String(text[..<newline])
        return Reply(status: status, body: text)
    }
}
