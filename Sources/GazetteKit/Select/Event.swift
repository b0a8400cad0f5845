/// One event of the issue: its recap in each language it was written in, and its talks aligned across them.
public struct Event: Sendable {
    public var recaps: [Language: ExtractedRecap]
    public var talks: [EventTalk]

    /// The event's date: that of the recap selected on its own merits, since a twin brought along may carry
    /// a stale date (the selection warns about it); else the earliest.
    public var date: CalendarDay?

    public init(recaps: [Language: ExtractedRecap], talks: [EventTalk], date: CalendarDay? = nil) {
        self.recaps = recaps
        self.talks = talks
        self.date = date ?? recaps.values.compactMap { $0.recap.date?.day }.min()
    }
}

/// A talk with the version each language's recap gives of it (aligned by speaker).
public struct EventTalk: Sendable {
    /// Stable: the French version's id when there is one, else the English one's.
    public var id: String
    public var versions: [Language: Talk]

    public init(id: String, versions: [Language: Talk]) {
        self.id = id
        self.versions = versions
    }
}
