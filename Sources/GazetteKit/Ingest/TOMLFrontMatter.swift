import TOMLKit

/// TOML front matter (`+++`) through TOMLKit.
enum TOMLFrontMatter {
    static func fields(from text: String, firstLine: Int) -> Result<[String: FrontMatterValue], FrontMatterParser.Failure> {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return .failure(.init(line: firstLine + max(1, error.source.begin.line) - 1,
                                  message: "TOML front matter cannot be read: \(error.description)"))
        } catch {
            return .failure(.init(line: firstLine, message: "TOML front matter cannot be read: \(error)"))
        }
        var fields: [String: FrontMatterValue] = [:]
        for (key, value) in table {
            let key = key.lowercased()
            guard fields[key] == nil else { continue }
            if let scalar = scalarText(value) {
                fields[key] = .string(scalar)
            } else if let array = value.array {
                fields[key] = .list(array.compactMap(scalarText))
            }
            // Sub-tables ([params] and the like) are not read by later stages.
        }
        return .success(fields)
    }

    private static func scalarText(_ value: TOMLValueConvertible) -> String? {
        if let string = value.string { return string }
        if let dateTime = value.dateTime {
            return day(dateTime.date) + "T" + clock(dateTime.time)
        }
        if let date = value.date { return day(date) }
        if let int = value.int { return String(int) }
        if let double = value.double { return String(double) }
        if let bool = value.bool { return String(bool) }
        if let time = value.time { return clock(time) }
        return nil
    }

    private static func day(_ date: TOMLDate) -> String {
        CalendarDay(year: date.year, month: date.month, day: date.day).description
    }

    private static func clock(_ time: TOMLTime) -> String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(two(time.hour)):\(two(time.minute)):\(two(time.second))"
    }
}
