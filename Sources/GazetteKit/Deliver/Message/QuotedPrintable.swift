/// Quoted-printable (RFC 2045 §6.7) for message bodies.
///
/// Hand-written because no maintained Swift package implements it (Foundation has base64 only), and
/// because it is the hot loop of a send: a 100 KB HTML body is encoded once per subscriber, up to
/// 100,000 times. So it works on UTF-8 bytes into a preallocated buffer, never on Characters or
/// growing Strings.
///
/// What the encoder produces, and why:
/// - lines of at most 76 characters; longer ones are cut with a soft line break (`=` at the end);
/// - the text's own line breaks (LF or CRLF) become CRLF hard breaks, which decode to CRLF; a lone
///   CR is not a line break and is encoded as `=0D`;
/// - `=`, control characters, DEL and every non-ASCII byte are encoded as `=XX` (uppercase hex);
/// - a space or tab just before a line break or at the very end is encoded, since transports strip
///   trailing whitespace;
/// - a `.` at the start of an output line becomes `=2E` and the `F` of a line-initial `From ` becomes
///   `=46`: SMTP dot-stuffing is libcurl's job, but careless relays and mbox files mangle those lines.
/// `=` is only ever written as the start of `=XX` with an uppercase hex digit or as a soft break, so
/// the output never contains `=_` (MessageBoundary relies on that).
public enum QuotedPrintable {
    public static let maximumLineLength = 76

    public static func encode(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { encode(bytes: $0) }
    }

    public static func encode(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { encode(bytes: $0) }
    }

    static func encode(bytes input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: capacity(for: input.count)) { output, written in
            var column = 0
            written = 0
            _ = encode(input, upTo: input.count, column: &column, into: output, at: &written)
        }
    }

    /// Room enough for `count` bytes encoded from any starting column: each byte grows to at most 3, and
    /// each soft break ("=\r\n") follows at least 73 output characters (one more for the starting column).
    static func capacity(for count: Int) -> Int { 3 * count + 3 * (3 * count / 73 + 2) + 8 }

    /// Encodes `input[..<end]` from output column `column`, writing at `output[out...]`, and leaves
    /// `column` and `out` where it stopped. Bytes from `end` on are only looked at, never written: they
    /// are what follows in the message (a line break after the last byte makes a trailing space
    /// encoded and lets it use the 76th column). This is what lets MessageTemplate encode a body's fixed
    /// pieces once and only each subscriber's link per message, with the same bytes as encoding the whole.
    /// Returns the index it stopped at: `end`, or `end + 1` when a CR at `end - 1` took the LF after it.
    static func encode(_ input: UnsafeBufferPointer<UInt8>, upTo end: Int, column: inout Int,
                       into output: UnsafeMutableBufferPointer<UInt8>, at out: inout Int) -> Int {
        let count = input.count
        var lineLength = column
        var index = 0
        while index < end {
            let byte = input[index]
            if byte == lf || (byte == cr && index + 1 < count && input[index + 1] == lf) {
                output[out] = cr
                output[out + 1] = lf
                out += 2
                lineLength = 0
                index += byte == cr ? 2 : 1
                continue
            }
            let endsLine = lineBreakOrEnd(in: input, at: index + 1)
            var escaped = mustEscape(byte, in: input, at: index, atLineStart: lineLength == 0, endsLine: endsLine)
            // The last character of a line may use the 76th column; others leave it for a soft break.
            if lineLength + (escaped ? 3 : 1) > (endsLine ? maximumLineLength : maximumLineLength - 1) {
                output[out] = equals
                output[out + 1] = cr
                output[out + 2] = lf
                out += 3
                lineLength = 0
                escaped = mustEscape(byte, in: input, at: index, atLineStart: true, endsLine: endsLine)
            }
            if escaped {
                output[out] = equals
                output[out + 1] = hexDigit(byte >> 4)
                output[out + 2] = hexDigit(byte & 0x0F)
                out += 3
                lineLength += 3
            } else {
                output[out] = byte
                out += 1
                lineLength += 1
            }
            index += 1
        }
        column = lineLength
        return index
    }

    /// Decodes soft breaks and `=XX` (either case); hard line breaks are kept as they are, trailing
    /// whitespace on a line is dropped (RFC 2045: it was added in transport) and a malformed `=`
    /// is kept literally.
    public static func decode(_ encoded: [UInt8]) -> [UInt8] {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(encoded.count)
        let count = encoded.count
        var index = 0
        while index < count {
            let byte = encoded[index]
            if byte == equals {
                var next = index + 1
                while next < count, encoded[next] == space || encoded[next] == tab { next += 1 }
                if next == count { index = next; continue }
                if encoded[next] == lf { index = next + 1; continue }
                if encoded[next] == cr, next + 1 < count, encoded[next + 1] == lf { index = next + 2; continue }
                if index + 2 < count, let high = hexValue(encoded[index + 1]), let low = hexValue(encoded[index + 2]) {
                    decoded.append(high << 4 | low)
                    index += 3
                    continue
                }
                decoded.append(byte)
                index += 1
            } else if byte == space || byte == tab {
                var next = index
                while next < count, encoded[next] == space || encoded[next] == tab { next += 1 }
                let trailing = next == count || encoded[next] == lf
                    || (encoded[next] == cr && next + 1 < count && encoded[next + 1] == lf)
                if !trailing { decoded.append(contentsOf: encoded[index..<next]) }
                index = next
            } else {
                decoded.append(byte)
                index += 1
            }
        }
        return decoded
    }

    public static func decode(_ encoded: String) -> [UInt8] { decode(Array(encoded.utf8)) }

    private static let cr: UInt8 = 13, lf: UInt8 = 10, space: UInt8 = 32, tab: UInt8 = 9, equals: UInt8 = 61
    private static let dot: UInt8 = 46, capitalF: UInt8 = 70

    @inline(__always)
    private static func lineBreakOrEnd(in input: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index >= input.count || input[index] == lf
            || (input[index] == cr && index + 1 < input.count && input[index + 1] == lf)
    }

    @inline(__always)
    private static func mustEscape(_ byte: UInt8, in input: UnsafeBufferPointer<UInt8>, at index: Int,
                                   atLineStart: Bool, endsLine: Bool) -> Bool {
        if byte == space || byte == tab { return endsLine }
        if byte < 33 || byte > 126 || byte == equals { return true }
        if atLineStart {
            if byte == dot { return true }
            if byte == capitalF, index + 4 < input.count, input[index + 1] == 114, input[index + 2] == 111,
               input[index + 3] == 109, input[index + 4] == space {  // "From "
                return true
            }
        }
        return false
    }

    @inline(__always)
    private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 48 + nibble : 55 + nibble }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: return byte - 48
        case 65...70: return byte - 55
        case 97...102: return byte - 87
        default: return nil
        }
    }
}
