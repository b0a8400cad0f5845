/// What hands one message to one recipient: the SMTP session in real sends; the seam lets the retry and
/// rate logic be tested against scripted replies as well as against a real server.
public protocol MessageTransport: AnyObject {
    func send(_ message: [UInt8], from envelopeSender: String, to recipient: String) -> SMTPOutcome
}

extension SMTPSession: MessageTransport {}
