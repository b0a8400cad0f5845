import Foundation

/// Pretty-printed JSON written into one byte buffer, in the layout of Foundation's `.prettyPrinted` with
/// `.sortedKeys` and `.withoutEscapingSlashes` (`"key" : value`, two spaces a level), but `[]` for an
/// empty list (Foundation leaves an empty line between the brackets);
/// the caller writes keys in sorted order. Hand-written for `gazette talks`, whose report is a fixed shape
/// of strings and lists: a JSONEncoder per recap and a pass to indent it cost a tenth of the command; and for
/// an issue's `manifest.json`, which JSONEncoder took over a second to write for a year's issue.
/// Its bytes live in memory it owns (hence `~Copyable`): appends of two or three bytes to an `Array` cost a
/// hundred instructions each in uniqueness and capacity checks, more than the report's text itself.
struct PrettyJSONWriter: ~Copyable {
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var count = 0
    private var depth: Int
    private var firstInContainer = true
    /// Where written bytes go once there are at least `threshold` of them; nil keeps them all.
    private let drainTo: (threshold: Int, sink: ([UInt8]) -> Void)?

    init(indent depth: Int, drain: (threshold: Int, sink: ([UInt8]) -> Void)? = nil) {
        self.depth = depth
        self.drainTo = drain
        capacity = drain.map { $0.threshold + 4096 } ?? 4096
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    /// What has been written (and not drained).
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: buffer, count: count)) }

    /// Text written as is (ASCII, nothing to escape).
    mutating func raw(_ text: StaticString) {
        put(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    mutating func drainIfFull() {
        if let drainTo, count >= drainTo.threshold { drain() }
    }

    mutating func drain() {
        guard let drainTo, count > 0 else { return }
        drainTo.sink(bytes)
        count = 0
    }

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// A member's name, before its value. Names are the report's own ASCII identifiers: nothing to escape.
    mutating func key(_ name: StaticString) {
        separate()
        put(UInt8(ascii: "\""))
        raw(name)
        raw("\" : ")
    }

    /// A member whose name is only known at run time (a dictionary's key), escaped as any string.
    mutating func key(_ name: String) {
        separate()
        string(name)
        raw(" : ")
    }

    /// A member whose value is a whole number.
    mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        number(value)
    }

    /// A member whose value is true or false.
    mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        raw(value ? "true" : "false")
    }

    /// A whole number, in decimal.
    mutating func number(_ value: Int) {
        var text = String(value)
        text.withUTF8 { put($0) }
    }

    /// A member whose value is a string or null.
    mutating func field(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    /// A member whose value is a list of strings.
    mutating func field(_ name: StaticString, strings values: [String]) {
        key(name)
        strings(values)
    }

    /// Before each element of an array.
    mutating func element() { separate() }

    /// A member whose value is a list, each element written by `write`.
    mutating func field<Element>(_ name: StaticString, each elements: [Element], _ write: (Element, inout PrettyJSONWriter) -> Void) {
        key(name)
        beginArray()
        for element in elements {
            separate()
            write(element, &self)
        }
        endArray()
    }

    /// An array of strings.
    mutating func strings(_ values: [String]) {
        beginArray()
        for value in values {
            separate()
            string(value)
        }
        endArray()
    }

    /// A JSON string, or null. Escapes what RFC 8259 requires (quote, backslash, controls); `/` and
    /// everything else as is, as `.withoutEscapingSlashes` does. Runs with nothing to escape go in whole,
    /// found eight bytes at a time (nearly all report text has nothing to escape).
    mutating func string(_ value: String?) {
        guard var value else { raw("null"); return }
        value.withUTF8 { string(utf8: $0) }
    }

    /// A member whose value is a talk's sentences, written from their bytes without a String each.
    mutating func field(_ name: StaticString, sentences: SentenceList) {
        key(name)
        beginArray()
        sentences.forEachSentenceBytes { utf8 in
            separate()
            string(utf8: utf8)
        }
        endArray()
    }

    /// A JSON string from UTF-8 bytes.
    mutating func string(utf8: UnsafeBufferPointer<UInt8>) {
        do {
            put(UInt8(ascii: "\""))
            guard let base = utf8.baseAddress else { put(UInt8(ascii: "\"")); return }
            let length = utf8.count
            var runStart = 0
            var index = 0
            while index < length {
                if index + 8 <= length, !Self.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                    continue
                }
                let end = min(index + 8, length)
                while index < end {
                    let byte = base[index]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                        put(UnsafeBufferPointer(start: base + runStart, count: index - runStart))
                        runStart = index + 1
                        escape(byte)
                    }
                    index += 1
                }
            }
            put(UnsafeBufferPointer(start: base + runStart, count: length - runStart))
            put(UInt8(ascii: "\""))
        }
    }

    /// Whether any of eight bytes is a quote, a backslash or a control character (the classic SWAR tests
    /// for a byte below n and a byte equal to n; exact for n ≤ 128).
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word & highs
        let quotes = word ^ (ones &* 0x22), backslashes = word ^ (ones &* 0x5C)
        let quote = (quotes &- ones) & ~quotes & highs
        let backslash = (backslashes &- ones) & ~backslashes & highs
        return control | quote | backslash != 0
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        default:
            raw("\\u00")
            put(Self.hexDigit(byte >> 4))
            put(Self.hexDigit(byte & 0x0F))
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    private mutating func open(_ bracket: UInt8) {
        put(bracket)
        depth += 1
        firstInContainer = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !firstInContainer { newline() }
        put(bracket)
        firstInContainer = false
    }

    private mutating func separate() {
        if !firstInContainer { put(UInt8(ascii: ",")) }
        firstInContainer = false
        newline()
    }

    private mutating func newline() {
        let spaces = 2 * depth
        reserve(1 + spaces)
        buffer[count] = 0x0A
        (buffer + count + 1).update(repeating: UInt8(ascii: " "), count: spaces)
        count += 1 + spaces
    }

    @inline(__always)
    private mutating func put(_ byte: UInt8) {
        reserve(1)
        buffer[count] = byte
        count += 1
    }

    @inline(__always)
    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (buffer + count).update(from: base, count: bytes.count)
        count += bytes.count
    }

    @inline(__always)
    private mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private mutating func grow(to needed: Int) {
        var larger = capacity * 2
        while larger < needed { larger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.update(from: buffer, count: count)
        buffer.deallocate()
        buffer = moved
        capacity = larger
    }
}
