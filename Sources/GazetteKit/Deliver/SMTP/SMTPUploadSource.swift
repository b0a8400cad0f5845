/// Hands one message's bytes to libcurl's read callback, straight from the caller's array:
/// libcurl copies them into its upload buffer (and dot-stuffs them), nothing else does.
/// libcurl first asks for the body after the server's 354 to DATA, so the gate is waited for there: the
/// envelope's round trips overlap the ledger's commit.
final class SMTPUploadSource {
    private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var offset = 0
    private var gate = SendGate.open
    private var gateOpened = false
    /// Set when the gate refused: the transfer was aborted before any of the body left.
    private(set) var refused = false

    /// `bytes` must stay valid until `finish()`: the caller holds them across `curl_easy_perform`.
    func start(_ bytes: UnsafeBufferPointer<UInt8>, after gate: SendGate) {
        self.bytes = bytes
        self.gate = gate
        offset = 0
    }

    func finish() {
        bytes = UnsafeBufferPointer(start: nil, count: 0)
        offset = 0
    }

    /// Forgets the gate of the message just sent (a retry of the same message need not wait again).
    func reset() {
        gate = .open
        gateOpened = false
        refused = false
    }

    /// Fills up to `capacity` bytes; 0 tells libcurl the message is complete.
    func read(into buffer: UnsafeMutableRawPointer, capacity: Int) -> Int {
        if !gateOpened {
            guard gate.wait() else {
                refused = true
                return Self.abort
            }
            gateOpened = true
        }
        let count = min(capacity, bytes.count - offset)
        guard count > 0, let base = bytes.baseAddress else { return 0 }
        buffer.copyMemory(from: base + offset, byteCount: count)
        offset += count
        return count
    }

    /// CURL_READFUNC_ABORT, a macro Swift does not import: the transfer stops with nothing more sent.
    private static let abort = 0x1000_0000
}
