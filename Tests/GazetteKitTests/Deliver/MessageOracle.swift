import Foundation
@testable import GazetteKit

/// Python's `email` package as an independent reader of what MIMEWriter writes: the message goes to
/// `python3` on stdin and comes back as JSON (decoded headers, addresses, parts with their decoded bytes).
enum MessageOracle {
    static let available = FileManager.default.isExecutableFile(atPath: "/usr/bin/env")
        && ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/python3")
        } == true

    struct Address: Decodable, Equatable {
        var displayName: String
        var addrSpec: String
    }

    struct Part: Decodable {
        var contentType: String
        var charset: String?
        var transferEncoding: String?
        var payloadBase64: String
        var payload: [UInt8] { Array(Data(base64Encoded: payloadBase64) ?? Data()) }
    }

    struct Parsed: Decodable {
        var headers: [[String]]
        var defects: [String]
        var contentType: String
        var boundary: String?
        var addresses: [String: [Address]]
        var parts: [Part]
        var plainBase64: String?
        var htmlBase64: String?

        func header(_ name: String) -> String? {
            headers.first { $0[0].lowercased() == name.lowercased() }?[1]
        }
        func headerNames() -> [String] { headers.map { $0[0] } }
        var plain: [UInt8]? { plainBase64.flatMap { Data(base64Encoded: $0) }.map(Array.init) }
        var html: [UInt8]? { htmlBase64.flatMap { Data(base64Encoded: $0) }.map(Array.init) }
    }

    static let script = #"""
import sys, json, base64, email, email.policy
msg = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
def b64(b): return None if b is None else base64.b64encode(b).decode('ascii')
def body(kind):
    part = msg.get_body((kind,))
    return None if part is None else b64(part.get_payload(decode=True))
addresses = {}
for name in ('From', 'To', 'Reply-To'):
    if msg[name] is not None:
        addresses[name] = [{'displayName': a.display_name, 'addrSpec': a.addr_spec} for a in msg[name].addresses]
parts = [{'contentType': p.get_content_type(), 'charset': p.get_param('charset'),
          'transferEncoding': p.get('Content-Transfer-Encoding'),
          'payloadBase64': b64(p.get_payload(decode=True))} for p in msg.iter_parts()]
defects = [repr(d) for d in msg.defects]
for p in msg.walk():
    defects += [repr(d) for d in p.defects]
for name, value in msg.items():
    defects += [repr(d) for d in getattr(value, 'defects', ())]
print(json.dumps({'headers': [[k, str(v)] for k, v in msg.items()], 'defects': defects,
                  'contentType': msg.get_content_type(), 'boundary': msg.get_boundary(),
                  'addresses': addresses, 'parts': parts,
                  'plainBase64': body('plain'), 'htmlBase64': body('html')}))
"""#

    static func parse(_ message: [UInt8]) throws -> Parsed {
        try JSONDecoder().decode(Parsed.self, from: run(script: script, input: message))
    }

    /// Runs a Python script with `input` on stdin and returns its stdout; throws on a non-zero exit.
    static func run(script: String, arguments: [String] = [], input: [UInt8] = []) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Python reads all of stdin before writing, so writing first cannot deadlock.
        try stdin.fileHandleForWriting.write(contentsOf: Data(input))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw MessageError("python3 failed: " + String(decoding: errors, as: UTF8.self))
        }
        return output
    }
}

/// A message with every header set, for tests to vary.
func sampleMessage(subject: String = "La Gazette — novembre / November",
                   text: String = "Bonjour à tous,\nHello everyone!\n",
                   html: String = "<p>Bonjour à tous — hello!</p>\n") -> OutgoingMessage {
    OutgoingMessage(
        from: Mailbox(address: "gazette@example.org", displayName: "La Gazette des meetups"),
        to: Mailbox(address: "ana@example.net", displayName: "Ana Lévesque"),
        replyTo: Mailbox(address: "organizers@example.org"),
        subject: subject,
        date: Date(timeIntervalSince1970: 1_795_269_789),  // Sat, 21 Nov 2026 14:03:09 +0000
        messageID: "<2026-11.t3z9k1.9f86d081884c7d65@example.org>",
        listID: "La Gazette <gazette.example.org>",
        unsubscribeURL: "https://example.org/unsubscribe?token=abc_DEF-123&email=ana%40example.net",
        unsubscribeMailto: "unsubscribe@example.org?subject=unsubscribe",
        contentLanguage: "fr, en",
        textBody: text,
        htmlBody: html)
}

/// The message's lines split at CRLF, failing on a bare CR or LF.
func crlfLines(_ bytes: [UInt8]) -> (lines: [[UInt8]], bareLineEnds: Int) {
    var lines: [[UInt8]] = [], current: [UInt8] = [], bare = 0
    var index = 0
    while index < bytes.count {
        if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
            lines.append(current)
            current = []
            index += 2
            continue
        }
        if bytes[index] == 13 || bytes[index] == 10 { bare += 1 }
        current.append(bytes[index])
        index += 1
    }
    if !current.isEmpty { lines.append(current) }
    return (lines, bare)
}

/// Text as a quoted-printable body decodes: every LF or CRLF as CRLF, a lone CR kept. Works on bytes: as
/// Characters, "\n" followed by a combining accent is one cluster that String replacement would miss.
func crlfNormalized(_ text: String) -> [UInt8] { canonicalLineEnds(Array(text.utf8)) }

func canonicalLineEnds(_ bytes: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    var index = 0
    while index < bytes.count {
        if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
            result += [13, 10]
            index += 2
        } else if bytes[index] == 10 {
            result += [13, 10]
            index += 1
        } else {
            result.append(bytes[index])
            index += 1
        }
    }
    return result
}
