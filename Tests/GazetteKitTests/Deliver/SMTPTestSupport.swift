import Foundation
@testable import GazetteKit

/// Collects SMTPSettings.trace lines, which arrive on whichever thread runs the session.
final class SMTPTraceRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    var sink: @Sendable (String) -> Void { { [self] line in lock.withLock { lines.append(line) } } }
    var all: [String] { lock.withLock { lines } }
    var text: String { all.joined(separator: "\n") }
}

/// A CRLF message of about `size` bytes whose lines exercise dot-stuffing: ".", "..", ".x" at line starts.
func sampleSMTPMessage(number: Int, size: Int = 60_000) -> [UInt8] {
    var text = "From: Gazette <news@example.org>\r\nTo: reader\(number)@example.org\r\n"
        + "Subject: Issue \(number)\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        + ".a line that starts with a dot\r\n.\r\n..\r\n"
    var line = 0
    while text.utf8.count < size {
        line += 1
        text += "Message \(number), line \(line): Les rencontres du mois — café, Swift et courriel.\r\n"
        if line % 50 == 0 { text += ".\r\n" }
    }
    return Array(text.utf8)
}

/// One self-signed certificate for 127.0.0.1 for every TLS test: openssl takes a moment per key.
let sharedTestCertificate: Result<(certificate: String, key: String), Error> = Result {
    try TestSMTPServer.makeSelfSignedCertificate(in: try TestSMTPServer.makeTemporaryFolder())
}
