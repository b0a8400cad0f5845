import Yams

/// The fixed words of one language (`templates/strings/<lang>.yaml`): flat keys, `{name}` placeholders.
struct StringTable: Sendable {
    var values: [String: String]
    var months: [String]

    init(values: [String: String], months: [String]) {
        self.values = values
        self.months = months
    }

    init(yaml: String, file: String) throws {
        let loaded: Any?
        do {
            loaded = try Yams.load(yaml: yaml)
        } catch {
            throw TemplateSet.LoadError.badStrings(file: file, message: "\(error)")
        }
        guard let map = (loaded ?? [String: Any]()) as? [String: Any] else {
            throw TemplateSet.LoadError.badStrings(file: file, message: "expected a map of keys to words")
        }
        var values: [String: String] = [:]
        var months: [String] = []
        for (key, value) in map {
            if key == "months" {
                guard let list = value as? [Any], list.count == 12 else {
                    throw TemplateSet.LoadError.badStrings(file: file, message: "months must list 12 names")
                }
                months = list.map { "\($0)" }
            } else {
                values[key] = "\(value)"
            }
        }
        self.init(values: values, months: months)
    }

    func overridden(by other: StringTable) -> StringTable {
        StringTable(values: values.merging(other.values) { _, own in own }, months: other.months.isEmpty ? months : other.months)
    }

    /// The phrase for `key` with its placeholders filled; a missing key shows as itself so it gets noticed.
    subscript(_ key: String, arguments arguments: [String: String] = [:]) -> String {
        // One pass, so a value that itself holds `{name}` (an issue id, a title) is never filled in again.
        let phrase = values[key] ?? key
        var result = ""
        var rest = phrase[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let value = arguments[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    func count(_ n: Int, _ stem: String) -> String {
        self[n == 1 ? "\(stem)_one" : "\(stem)_other", arguments: ["n": String(n)]]
    }

    func date(_ day: CalendarDay) -> String {
        self["date_format", arguments: ["day": String(day.day), "month": monthName(day.month), "year": String(day.year)]]
    }

    /// `2019-06` reads as "juin 2019", `2019-W23` as "semaine du 3 juin 2019"; any other issue id is shown as written.
    func period(_ id: String) -> String {
        if let monday = CalendarDay(isoWeekID: id) { return self["week_format", arguments: ["date": date(monday)]] }
        let parts = id.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else {
            return id
        }
        return self["period_format", arguments: ["month": monthName(month), "year": String(year)]]
    }

    func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: self["list_separator"]) + self["last_separator"] + items.last!
    }

    private func monthName(_ month: Int) -> String {
        months.indices.contains(month - 1) ? months[month - 1] : String(month)
    }
}
