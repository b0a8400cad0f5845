/// What selection hands to summarizing: the events of the issue, and a decision for every recap considered.
public struct Selection: Sendable {
    public var events: [Event]
    public var decisions: [RecapDecision]
    public var warnings: [Diagnostic]

    public init(events: [Event] = [], decisions: [RecapDecision] = [], warnings: [Diagnostic] = []) {
        self.events = events
        self.decisions = decisions
        self.warnings = warnings
    }
}
