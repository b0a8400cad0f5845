import Foundation

/// scripts/smtp-test-server.py running for one test, on a free loopback port, storing into a fresh
/// temporary folder. Options are the script's own flags, e.g.
/// `try TestSMTPServer.start(options: ["--reply", "gone@example.org=550", "--stop-after", "5"])`.
/// Stopped (and its folder removed) by `stop()` or when released.
final class TestSMTPServer {
    struct Message {
        var mailFrom: String
        var recipients: [String]
        /// Which connection carried it: 1 for the first the server accepted.
        var connection: Int
        /// When the server had the whole message (Unix time), as a server counting a rate sees it.
        var receivedAt: Double
        /// As the server received it, dot-stuffing undone.
        var bytes: [UInt8]
        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    struct StartError: Error, CustomStringConvertible {
        var description: String
    }

    static let script = packageRoot + "/scripts/smtp-test-server.py"
    static let installHint = "run scripts/install-system-packages.sh (the SMTP tests need python3-aiosmtpd and openssl)"

    let port: Int
    /// Holds the store and anything else the test wants to keep next to it (certificates, reply files).
    let folder: String
    var storeFolder: String { folder + "/store" }
    var url: String { "smtp://127.0.0.1:\(port)" }

    private let process: Process

    static func start(options: [String] = [], timeoutSeconds: Double = 15) throws -> TestSMTPServer {
        let folder = try makeTemporaryFolder()
        return try TestSMTPServer(folder: folder, options: options, timeoutSeconds: timeoutSeconds)
    }

    /// Starts in a folder the test already made, e.g. to hold the certificate passed in `options`.
    init(folder: String, options: [String] = [], timeoutSeconds: Double = 15) throws {
        self.folder = folder
        let readyFile = folder + "/ready"
        let errorFile = folder + "/server.stderr"
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
        process = Process()
        // Debian's aiosmtpd lives with the system interpreter; a pyenv `python3` first in PATH lacks it.
        let python = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "/usr/bin/env"
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = (python == "/usr/bin/env" ? ["python3"] : [])
            + [Self.script, "--store", folder + "/store", "--ready-file", readyFile, "--port", "0"] + options
        process.standardError = FileHandle(forWritingAtPath: errorFile)
        process.standardOutput = FileHandle.nullDevice
        try process.run()

        let deadline = Date().addingTimeInterval(timeoutSeconds)
        var port: Int?
        while port == nil, process.isRunning, Date() < deadline {
            port = (try? String(contentsOfFile: readyFile, encoding: .utf8))
                .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
            if port == nil { usleep(20_000) }
        }
        guard let port else {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            let errors = (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
            throw StartError(description: "the test SMTP server did not start (\(Self.installHint)): \(errors)")
        }
        self.port = port
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    var isRunning: Bool { process.isRunning }

    /// SIGTERM (the script unblocks it, though test threads pass it on blocked), then SIGKILL after 5 s.
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// Every stored message, in the order the server accepted them.
    func messages() throws -> [Message] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: storeFolder)) ?? []
        return try names.filter { $0.hasSuffix(".eml") && !$0.hasPrefix(".") }.sorted().map { name in
            let stem = storeFolder + "/" + name.dropLast(4)
            let envelope = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: stem + ".json")))
            guard let envelope = envelope as? [String: Any], let mailFrom = envelope["mail_from"] as? String,
                  let recipients = envelope["rcpt_tos"] as? [String], let connection = envelope["connection"] as? Int
            else { throw StartError(description: "unexpected envelope in \(stem).json") }
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: stem + ".eml")))
            return Message(mailFrom: mailFrom, recipients: recipients, connection: connection,
                           receivedAt: envelope["received_at"] as? Double ?? 0, bytes: bytes)
        }
    }

    /// How many TCP connections the server has accepted so far.
    var connectionCount: Int {
        let log = (try? String(contentsOfFile: storeFolder + "/connections.log", encoding: .utf8)) ?? ""
        return log.split(separator: "\n").count
    }

    /// A throwaway certificate authority-less certificate for 127.0.0.1 and localhost, valid one day:
    /// pass `--tls-cert`/`--tls-key` to the server and `certificate` as the client's CA file.
    static func makeSelfSignedCertificate(in folder: String) throws -> (certificate: String, key: String) {
        let certificate = folder + "/cert.pem", key = folder + "/key.pem"
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        openssl.arguments = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
                             "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-days", "1",
                             "-keyout", key, "-out", certificate]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        guard openssl.terminationStatus == 0 else {
            throw StartError(description: "openssl could not make a test certificate (\(installHint))")
        }
        return (certificate, key)
    }

    static func makeTemporaryFolder() throws -> String {
        let folder = NSTemporaryDirectory() + "gazette-smtp-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
