/// Hands one message's bytes to libcurl's read callback, straight from the caller's array:
/// libcurl copies them into its upload buffer (and dot-stuffs them), nothing else does.
final class SMTPUploadSource {
    private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var offset = 0

    /// `bytes` must stay valid until `finish()`: the caller holds them across `curl_easy_perform`.
    func start(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        offset = 0
    }

    func finish() {
        bytes = UnsafeBufferPointer(start: nil, count: 0)
        offset = 0
    }

    /// Fills up to `capacity` bytes; 0 tells libcurl the message is complete.
    func read(into buffer: UnsafeMutableRawPointer, capacity: Int) -> Int {
        let count = min(capacity, bytes.count - offset)
        guard count > 0, let base = bytes.baseAddress else { return 0 }
        buffer.copyMemory(from: base + offset, byteCount: count)
        offset += count
        return count
    }
}
