import Foundation

/// One address that must not get mail again, as the ledger records it.
public struct Suppression: Sendable, Equatable {
    public var address: String
    public var time: Date
    public var how: How
    /// The issue the unsubscribe or bounce came from, when known.
    public var issue: String?
    /// What was seen: the server's reply, the DSN's status, the complaint's feedback type.
    public var detail: String?

    public enum How: String, Sendable, CaseIterable {
        case oneClick = "one-click"
        case page
        case mail
        case bounce
        case complaint
        case byHand = "by-hand"
    }

    public init(address: String, time: Date, how: How, issue: String? = nil, detail: String? = nil) {
        self.address = address
        self.time = time
        self.how = how
        self.issue = issue
        self.detail = detail
    }
}

extension SuppressionList {
    /// This list and `addresses` together: the ledger's suppressions join the file's.
    public func adding(_ addresses: some Sequence<String>) -> SuppressionList {
        SuppressionList(addresses: Array(keys) + Array(addresses))
    }
}
