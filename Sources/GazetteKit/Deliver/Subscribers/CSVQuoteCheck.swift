import Foundation

/// Finds a quoted field still open at the end of a CSV file. CSV.swift reads such a field as one value
/// running to the end of the file and reports no error, so a single stray opening quote
/// (`a@example.org,"Jean,fr`) would silently swallow every row after it. This pass follows the
/// reader's own quoting rules byte by byte (quotes and delimiters are ASCII, so it holds for UTF-8 and
/// Windows-1252 alike) and streams the file in blocks: linear, and the file is never held whole.
enum CSVQuoteCheck {
    /// The physical line where a quote opened that never closes, or nil when every quote closes.
    static func unclosedQuoteLine(path: String, delimiter: Unicode.Scalar) -> Int? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var scanner = Scanner(delimiter: UInt8(truncatingIfNeeded: delimiter.value))
        while let block = try? handle.read(upToCount: 1 << 16), !block.isEmpty {
            block.withUnsafeBytes { scanner.scan($0) }
        }
        return scanner.openQuoteLine
    }

    static func unclosedQuoteLine(bytes: some Sequence<UInt8>, delimiter: Unicode.Scalar) -> Int? {
        var scanner = Scanner(delimiter: UInt8(truncatingIfNeeded: delimiter.value))
        scanner.scan(bytes)
        return scanner.openQuoteLine
    }

    struct Scanner {
        let delimiter: UInt8
        private var line = 1
        private var previousWasCR = false
        private var atFieldStart = true
        private var inQuotes = false
        /// Inside quotes, a quote was just read: it closes the field, or escapes a second quote.
        private var quotePending = false
        private var openedOn = 0

        init(delimiter: UInt8) { self.delimiter = delimiter }

        var openQuoteLine: Int? { inQuotes && !quotePending ? openedOn : nil }

        mutating func scan(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                let isBreak = byte == 0x0A || byte == 0x0D
                if isBreak, !(byte == 0x0A && previousWasCR) { line += 1 }
                previousWasCR = byte == 0x0D
                if inQuotes {
                    if quotePending {
                        quotePending = false
                        // As CSV.swift does: a quote then a delimiter or line break ends the field, two quotes
                        // are one, and a quote then anything else leaves the field open.
                        if byte == delimiter || isBreak {
                            inQuotes = false
                            atFieldStart = true
                        }
                    } else if byte == 0x22 {
                        quotePending = true
                    }
                    continue
                }
                if byte == 0x22, atFieldStart {
                    inQuotes = true
                    atFieldStart = false
                    openedOn = line
                } else {
                    atFieldStart = byte == delimiter || isBreak
                }
            }
        }
    }
}
