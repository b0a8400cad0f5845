import Foundation

/// scripts/feed-test-server.py serving a fresh folder on a free loopback port for one test: files written
/// under `root` are served with ETag and Last-Modified, plus the misbehaving paths the script documents.
final class TestFeedServer {
    struct StartError: Error, CustomStringConvertible { var description: String }

    static let script = packageRoot + "/scripts/feed-test-server.py"

    let port: Int
    let folder: String
    let scheme: String
    var root: String { folder + "/root" }
    private let process: Process

    init(options: [String] = [], folder existing: String? = nil, scheme: String = "http") throws {
        folder = try existing ?? TestSMTPServer.makeTemporaryFolder()
        self.scheme = scheme
        try FileManager.default.createDirectory(atPath: folder + "/root", withIntermediateDirectories: true)
        let readyFile = folder + "/ready"
        let errorFile = folder + "/server.stderr"
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
        process = Process()
        let python = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "/usr/bin/env"
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = (python == "/usr/bin/env" ? ["python3"] : [])
            + [Self.script, "--root", folder + "/root", "--ready-file", readyFile] + options
        process.standardError = FileHandle(forWritingAtPath: errorFile)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(15)
        var port: Int?
        while port == nil, process.isRunning, Date() < deadline {
            port = (try? String(contentsOfFile: readyFile, encoding: .utf8)).flatMap { Int($0) }
            if port == nil { usleep(20_000) }
        }
        guard let port else {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            throw StartError(description: "the feed test server did not start: \((try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? "")")
        }
        self.port = port
    }

    deinit {
        if process.isRunning {
            process.terminate()
            let deadline = Date().addingTimeInterval(5)
            while process.isRunning, Date() < deadline { usleep(10_000) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(atPath: folder)
    }

    func url(_ path: String) -> String { "\(scheme)://127.0.0.1:\(port)/\(path)" }

    @discardableResult
    func serve(_ path: String, _ text: String) -> String {
        let full = root + "/" + path
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: full, contents: Data(text.utf8))
        return url(path)
    }

    struct Request: Decodable {
        var path: String
        var if_none_match: String?
        var if_modified_since: String?
        var status: Int
    }

    /// Every request the server answered, in order.
    func requests() -> [Request] {
        let log = (try? String(contentsOfFile: folder + "/requests.log", encoding: .utf8)) ?? ""
        return log.split(separator: "\n").compactMap { try? JSONDecoder().decode(Request.self, from: Data($0.utf8)) }
    }
}
