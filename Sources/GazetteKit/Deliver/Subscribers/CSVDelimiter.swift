import Foundation

/// Picks the field separator from the header line. Spreadsheets in French locales export CSV with
/// semicolons (the comma is their decimal mark), and some tools export tabs; a header with commas wins.
enum CSVDelimiter {
    /// The header is in the first few kilobytes of any real file.
    private static let sampleSize = 8192

    static func sniff(path: String) -> Unicode.Scalar {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "," }
        defer { try? handle.close() }
        let sample = (try? handle.read(upToCount: sampleSize)) ?? Data()
        return sniff(bytes: sample)
    }

    static func sniff(bytes: some Collection<UInt8>) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, tabs = 0
        var inQuotes = false, sawContent = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): inQuotes.toggle()
            case UInt8(ascii: "\n") where !inQuotes:
                if sawContent { return choose(commas: commas, semicolons: semicolons, tabs: tabs) }
                continue
            case UInt8(ascii: ","): if !inQuotes { commas += 1 }
            case UInt8(ascii: ";"): if !inQuotes { semicolons += 1 }
            case UInt8(ascii: "\t"): if !inQuotes { tabs += 1 }
            case UInt8(ascii: "\r"), UInt8(ascii: " "): continue
            default: break
            }
            sawContent = true
        }
        return choose(commas: commas, semicolons: semicolons, tabs: tabs)
    }

    private static func choose(commas: Int, semicolons: Int, tabs: Int) -> Unicode.Scalar {
        if commas == 0, semicolons > 0 { return ";" }
        if commas == 0, tabs > 0 { return "\t" }
        return ","
    }
}
