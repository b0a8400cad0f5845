/// Organizers' corrections, keyed by talk id: they win over everything.
public struct Overrides: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var title: [Language: String]
        public var summary: [Language: String]

        public init(title: [Language: String] = [:], summary: [Language: String] = [:]) {
            self.title = title
            self.summary = summary
        }
    }

    public var entries: [String: Entry]

    public init(entries: [String: Entry] = [:]) { self.entries = entries }
}
