/// Addresses that must never receive mail again (unsubscribed, bounced), matched case-insensitively.
public struct SuppressionList: Sendable {
    public static let empty = SuppressionList(addresses: [])

    public init(addresses: some Sequence<String>) {
        fatalError("SuppressionList.init: to be written")
    }

    /// One address per line, or a CSV whose first column (or `email` column) holds them; `#` comments.
    public static func load(path: String) throws -> SuppressionList {
        fatalError("SuppressionList.load: to be written")
    }

    public func contains(_ address: String) -> Bool {
        fatalError("SuppressionList.contains: to be written")
    }

    public var count: Int { fatalError("SuppressionList.count: to be written") }
}
