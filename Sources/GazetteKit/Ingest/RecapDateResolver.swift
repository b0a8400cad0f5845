/// Finds a recap's date and says where it came from, and warns when it is missing, unreadable,
/// or contradicts the year the post itself names (a `lastmod` from a site migration, a copied post).
struct RecapDateResolver: Sendable {
    struct Resolution: Sendable, Equatable {
        var date: RecapDate?
        /// Messages with their file line when known.
        var warnings: [(line: Int?, message: String)]

        static func == (lhs: Resolution, rhs: Resolution) -> Bool {
            lhs.date == rhs.date && lhs.warnings.map(\.message) == rhs.warnings.map(\.message)
        }
    }

    /// Hugo's own order of preference for a page's date.
    private static let keys: [(key: String, source: RecapDate.Source)] = [
        ("date", .date), ("publishdate", .publishDate), ("lastmod", .lastmod),
    ]

    func resolve(parsed: FrontMatterParser.Parsed, path: String) -> Resolution {
        var warnings: [(line: Int?, message: String)] = []
        for (key, source) in Self.keys {
            guard let value = parsed.frontMatter.string(key) else { continue }
            if let day = Self.day(from: value) {
                return Resolution(date: RecapDate(day: day, source: source), warnings: warnings)
            }
            let name = source == .date ? "date" : source.rawValue
            warnings.append((parsed.line(ofKey: key), "unreadable \(name) '\(value)' in front matter; ignored"))
        }
        if let day = Self.dayInFileName(path) {
            return Resolution(date: RecapDate(day: day, source: .fileName), warnings: warnings)
        }
        if warnings.isEmpty {
            warnings.append((nil, "no date: front matter has no date, publishDate or lastmod and the file name none"))
        } else {
            warnings.append((nil, "no date: no readable front matter date and the file name none"))
        }
        return Resolution(date: nil, warnings: warnings)
    }

    /// `YYYY-MM-DD` (with any time after it), `YYYY/MM/DD`, `YYYY.MM.DD`, or `YYYYMMDD`.
    static func day(from value: String) -> CalendarDay? {
        let trimmed = value.trimmingWhitespace()
        if let day = CalendarDay(isoPrefix: trimmed) { return day }
        let bytes = Array(trimmed.utf8.prefix(10))
        if bytes.count == 10, bytes[4] == bytes[7], bytes[4] == UInt8(ascii: "/") || bytes[4] == UInt8(ascii: ".") {
            var normalized = bytes
            normalized[4] = UInt8(ascii: "-")
            normalized[7] = UInt8(ascii: "-")
            return CalendarDay(isoPrefix: String(decoding: normalized, as: UTF8.self))
        }
        let digits = Array(trimmed.utf8)
        if digits.count == 8, digits.allSatisfy(isDigit) { return compactDay(digits[...]) }
        return nil
    }

    /// A date in the file name, or a `YYYY/MM/DD` run of folders just above it (a common permalink layout).
    static func dayInFileName(_ path: String) -> CalendarDay? {
        let components = path.split(separator: "/")
        guard let name = components.last else { return nil }
        let bytes = Array(name.utf8)
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]), index == 0 || !isDigit(bytes[index - 1]) else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, isDigit(bytes[end]) { end += 1 }
            if end - index == 4, end + 6 <= bytes.count,
               bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "_") || bytes[end] == UInt8(ascii: "."),
               bytes[end + 3] == bytes[end],
               (end + 6 == bytes.count || !isDigit(bytes[end + 6])) {
                var iso = Array(bytes[index..<(end + 6)])
                iso[4] = UInt8(ascii: "-")
                iso[7] = UInt8(ascii: "-")
                if let day = CalendarDay(isoPrefix: String(decoding: iso, as: UTF8.self)), isPlausibleYear(day.year) { return day }
            }
            // Eight digits alone, not inside a hex hash or a longer id.
            if end - index == 8,
               index == 0 || !isAlphanumeric(bytes[index - 1]),
               end == bytes.count || !isAlphanumeric(bytes[end]),
               let day = compactDay(bytes[index..<end]), isPlausibleYear(day.year) {
                return day
            }
            index = end
        }
        if components.count >= 4 {
            let folders = components.suffix(4).prefix(3)
            let joined = folders.joined(separator: "-")
            if folders.map(\.count) == [4, 2, 2], let day = CalendarDay(isoPrefix: joined), isPlausibleYear(day.year) { return day }
        }
        return nil
    }

    /// The warning when the date's year is not the one the post is about, or nil when they agree.
    static func yearMismatch(date: RecapDate, title: String?, text: @autoclosure () -> String) -> String? {
        let year = date.day.year
        let dated = "dated \(date.day) (\(date.source.rawValue))"
        if let title {
            let titleYears = years(in: title)
            if !titleYears.isEmpty {
                if titleYears.contains(year) { return nil }
                return "\(dated) but the title names \(list(titleYears))"
            }
        }
        let textYears = years(in: text())
        if textYears.isEmpty || textYears.contains(year) { return nil }
        return "\(dated) but the text names only \(list(textYears))"
    }

    /// Four-digit numbers from 1990 to 2099 standing alone (not in `1.2019`, `20190`, `v2019`).
    static func years(in text: String) -> [Int] {
        var found: [Int] = []
        let bytes = text.utf8
        var run = 0
        var value = 0
        var previous: UInt8 = 0x20
        var beforeRun: UInt8 = 0x20
        func closeRun(next: UInt8) {
            if run == 4, (1990...2099).contains(value), !isAlphanumeric(beforeRun), beforeRun != UInt8(ascii: "."),
               !isAlphanumeric(next), !found.contains(value) {
                found.append(value)
            }
            run = 0
            value = 0
        }
        for byte in bytes {
            if isDigit(byte) {
                if run == 0 { beforeRun = previous }
                run += 1
                value = value &* 10 &+ Int(byte - 48)
            } else if run > 0 {
                closeRun(next: byte)
            }
            previous = byte
        }
        if run > 0 { closeRun(next: 0x20) }
        return found
    }

    private static func list(_ years: [Int]) -> String {
        let sorted = years.sorted().map(String.init)
        guard sorted.count > 1 else { return sorted.first ?? "" }
        return sorted.dropLast().joined(separator: ", ") + " and " + sorted.last!
    }

    private static func compactDay(_ digits: ArraySlice<UInt8>) -> CalendarDay? {
        let bytes = Array(digits)
        guard bytes.count == 8 else { return nil }
        let iso = Array(bytes[0..<4]) + [UInt8(ascii: "-")] + Array(bytes[4..<6]) + [UInt8(ascii: "-")] + Array(bytes[6..<8])
        return CalendarDay(isoPrefix: String(decoding: iso, as: UTF8.self))
    }

    private static func isPlausibleYear(_ year: Int) -> Bool { (1990...2099).contains(year) }
}

@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

@inline(__always) func isAlphanumeric(_ byte: UInt8) -> Bool {
    isDigit(byte) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
}
