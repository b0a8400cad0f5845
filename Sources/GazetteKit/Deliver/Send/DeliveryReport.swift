/// What one send run did, for its summary line and exit status.
public struct DeliveryReport: Sendable, Equatable {
    public var issue: String
    /// Subscribers newly added to the ledger by this run.
    public var queued = 0
    public var sent = 0
    /// Deferred (4xx, connection trouble) and left for a later run.
    public var retryLater = 0
    /// Refused for good this run (5xx, out of attempts).
    public var failed = 0
    /// Already sent by earlier runs.
    public var alreadySent = 0
    /// Stopped early because the server could not be reached.
    public var serverUnreachable: String?
    /// Stopped at once because the server refused the login (535) or wants one (530): the reply.
    public var loginRefused: String?
    /// Subscribers still on the list whom this issue failed for good, over every run so far.
    public var refused = 0
    public var seconds: Double = 0

    public init(issue: String) { self.issue = issue }

    public var line: String {
        var parts = ["\(issue): sent \(sent)"]
        if retryLater > 0 { parts.append("\(retryLater) to retry later") }
        parts.append("\(failed) failed")
        if alreadySent > 0 { parts.append("\(alreadySent) sent before") }
        var line = parts.joined(separator: ", ")
        if let serverUnreachable { line += " (stopped: \(serverUnreachable))" }
        return line
    }
}
