import Foundation

/// RFC 2047 encoded words (`=?UTF-8?Q?…?=` / `=?UTF-8?B?…?=`) for non-ASCII subjects and display names.
///
/// Hand-written: no maintained Swift package writes them, and what is needed is small. Each word is
/// at most 75 characters and holds whole grapheme clusters (whole Unicode scalars when one cluster
/// alone is too long), so no UTF-8 sequence is ever split across words: readers decode word by word.
/// Q is used unless B is shorter (French text is mostly ASCII; emoji- or CJK-heavy text is not). In a
/// phrase (display names) Q keeps to the few characters RFC 2047 §5(3) allows there; in unstructured
/// text (Subject) it may leave every printable ASCII character but `=`, `?` and `_` as it is (§5(1)).
enum EncodedWord {
    enum Context { case text, phrase }

    static let maximumLength = 75
    private static let prefix = "=?UTF-8?Q?", suffix = "?="
    private static var overhead: Int { prefix.utf8.count + suffix.utf8.count }
    /// Room for the longest scalar (4 bytes, 12 characters in Q) plus the word's own prefix and suffix.
    static let minimumLength = 24

    /// The words for `text`; the first is at most `firstWordRoom` characters long (the rest of the
    /// header's first line) when that room is at least `minimumLength`, the others at most 75.
    static func words(for text: String, firstWordRoom: Int, context: Context) -> [String] {
        let isLiteral = context == .phrase ? isPhraseSafe : isTextSafe
        let useQ = qLength(text.utf8, isLiteral) <= bLength(byteCount: text.utf8.count)
        func payloadLength(_ bytes: [UInt8]) -> Int {
            useQ ? qLength(bytes, isLiteral) : bLength(byteCount: bytes.count)
        }
        let fullRoom = maximumLength - overhead
        var room = (firstWordRoom >= minimumLength ? min(firstWordRoom, maximumLength) : maximumLength) - overhead
        var words: [String] = []
        var chunk: [UInt8] = []
        func flush() {
            if !chunk.isEmpty { words.append(useQ ? qWord(chunk, isLiteral) : bWord(chunk)) }
            chunk.removeAll(keepingCapacity: true)
            room = fullRoom
        }
        for character in text {
            let clusterBytes = Array(character.utf8)
            let units = payloadLength(clusterBytes) <= fullRoom
                ? [clusterBytes]
                : character.unicodeScalars.map { Array(String($0).utf8) }
            for unit in units {
                // An empty chunk is flushed too when a unit is too long for a short first word:
                // the words then start on a folded line.
                if payloadLength(chunk + unit) > room { flush() }
                chunk += unit
            }
        }
        flush()
        return words
    }

    private static func isPhraseSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case 48...57, 65...90, 97...122, 33, 42, 43, 45, 47: return true  // digits, letters, ! * + - /
        default: return false
        }
    }

    private static func isTextSafe(_ byte: UInt8) -> Bool {
        (33...126).contains(byte) && byte != 61 && byte != 63 && byte != 95  // not = ? _
    }

    private static func qLength<Bytes: Sequence>(_ bytes: Bytes, _ isLiteral: (UInt8) -> Bool) -> Int
        where Bytes.Element == UInt8 {
        bytes.reduce(0) { $0 + (isLiteral($1) || $1 == 32 ? 1 : 3) }
    }

    private static func bLength(byteCount: Int) -> Int { (byteCount + 2) / 3 * 4 }

    private static func qWord(_ bytes: [UInt8], _ isLiteral: (UInt8) -> Bool) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var encoded = Array(prefix.utf8)
        for byte in bytes {
            if byte == 32 {
                encoded.append(95)  // "_" stands for a space in Q
            } else if isLiteral(byte) {
                encoded.append(byte)
            } else {
                encoded += [61, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        encoded += Array(suffix.utf8)
        return String(decoding: encoded, as: UTF8.self)
    }

    private static func bWord(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + Data(bytes).base64EncodedString() + suffix
    }
}
