/// What hands one message to one recipient: the SMTP session in real sends; the seam lets the retry and
/// rate logic be tested against scripted replies as well as against a real server.
public protocol MessageTransport: AnyObject {
    func send(_ message: [UInt8], from envelopeSender: String, to recipient: String) -> SMTPOutcome
    /// The same, with the body held back until `gate` opens; the envelope may go out meanwhile. When the
    /// gate refuses, nothing is delivered (the outcome is then of no use: the run stops).
    func send(_ message: [UInt8], from envelopeSender: String, to recipient: String, after gate: SendGate) -> SMTPOutcome
}

extension MessageTransport {
    /// A transport that cannot hold a body back waits for the gate first.
    public func send(_ message: [UInt8], from envelopeSender: String, to recipient: String, after gate: SendGate) -> SMTPOutcome {
        guard gate.wait() else { return .connectionFailed(reason: "not sent: the ledger could not record it") }
        return send(message, from: envelopeSender, to: recipient)
    }
}

extension SMTPSession: MessageTransport {}
