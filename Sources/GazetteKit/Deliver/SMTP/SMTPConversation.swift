/// What libcurl's debug callback reports of the SMTP dialogue. libcurl hands out only the numeric reply
/// code, so this keeps the server's last reply line for outcomes, remembers which stage the dialogue
/// reached, and passes a redacted copy to the trace.
final class SMTPConversation {
    /// Greeting, EHLO, STARTTLS and AUTH concern the connection; MAIL, RCPT and DATA concern the message.
    enum Stage {
        case opening
        case envelope
    }

    private(set) var lastReply: [UInt8] = []
    private(set) var stage = Stage.opening
    /// Set from AUTH until the server's final (non-334) reply: every client line in between is a secret.
    private var authenticating = false
    /// After a failure libcurl sends QUIT within the same transfer; the 221 must not hide the reply that failed.
    private var quitting = false
    private let trace: (@Sendable (String) -> Void)?

    init(trace: (@Sendable (String) -> Void)?) {
        self.trace = trace
        lastReply.reserveCapacity(512)
    }

    func startTransfer() {
        lastReply.removeAll(keepingCapacity: true)
        stage = .opening
        quitting = false
    }

    var lastReplyCode: Int? {
        guard lastReply.count >= 3 else { return nil }
        var code = 0
        for byte in lastReply.prefix(3) {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            code = code * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return code
    }

    var lastReplyText: String { String(decoding: lastReply, as: UTF8.self) }

    /// CURLINFO_TEXT: libcurl's own remarks.
    func noted(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let trace else { return }
        forEachLine(in: bytes) { trace("* " + String(decoding: $0, as: UTF8.self)) }
    }

    /// CURLINFO_HEADER_IN: server replies.
    func received(_ bytes: UnsafeBufferPointer<UInt8>) {
        forEachLine(in: bytes) { line in
            if !quitting {
                lastReply.removeAll(keepingCapacity: true)
                lastReply.append(contentsOf: line)
                if lastReplyCode != 334 { authenticating = false }
            }
            trace?("< " + String(decoding: line, as: UTF8.self))
        }
    }

    /// CURLINFO_HEADER_OUT: client commands. Message bodies (CURLINFO_DATA_OUT) never come here.
    func sent(_ bytes: UnsafeBufferPointer<UInt8>) {
        forEachLine(in: bytes) { line in
            if authenticating {
                trace?("> [redacted]")
                return
            }
            let words = line.split(separator: UInt8(ascii: " "), maxSplits: 2)
            let verb = words.first.map { String(decoding: $0, as: UTF8.self).uppercased() } ?? ""
            switch verb {
            case "MAIL", "RCPT", "DATA":
                stage = .envelope
            case "AUTH":
                stage = .opening
                authenticating = true
                if let trace {
                    let mechanism = words.count > 1 ? String(decoding: words[1], as: UTF8.self) : ""
                    trace(words.count > 2 ? "> AUTH \(mechanism) [redacted]" : "> AUTH \(mechanism)")
                }
                return
            case "EHLO", "HELO", "STARTTLS":
                stage = .opening
            case "QUIT":
                quitting = true
            default:
                break
            }
            trace?("> " + String(decoding: line, as: UTF8.self))
        }
    }

    private func forEachLine(in bytes: UnsafeBufferPointer<UInt8>, _ body: (ArraySlice<UInt8>) -> Void) {
        guard !bytes.isEmpty else { return }
        let all = Array(bytes)[...]
        for line in all.split(separator: UInt8(ascii: "\n")) {
            let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
            if !trimmed.isEmpty { body(trimmed) }
        }
    }
}
