/// Where one subscriber's message of one issue stands.
public enum DeliveryStatus: String, Sendable, Codable, CaseIterable {
    /// Not sent yet (also while it is in flight: a crash then leaves it queued, so the next run sends it).
    case queued
    /// The server deferred it (4xx) or could not be reached; a later attempt will send it.
    case retrying
    /// The server accepted it.
    case sent
    /// The server refused it for good (5xx), it ran out of attempts, or the subscriber left before it went.
    case failed

    /// Still to be attempted by a later run.
    public var isPending: Bool { self == .queued || self == .retrying }
}
