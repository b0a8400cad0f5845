/// A recap's date and where it came from, so a user can see why a recap was (not) selected.
public struct RecapDate: Sendable, Equatable {
    public enum Source: String, Sendable, Codable {
        case date, publishDate, lastmod, fileName, feed
    }

    public var day: CalendarDay
    public var source: Source

    public init(day: CalendarDay, source: Source) {
        self.day = day
        self.source = source
    }
}
