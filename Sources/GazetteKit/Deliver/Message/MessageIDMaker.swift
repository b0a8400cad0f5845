/// Unique Message-IDs on the sender's domain: `<issue.time.random@domain>`.
public struct MessageIDMaker: Sendable {
    public init(domain: String, issue: String) {
        fatalError("MessageIDMaker.init: to be written")
    }

    public func make() -> String {
        fatalError("MessageIDMaker.make: to be written")
    }
}
