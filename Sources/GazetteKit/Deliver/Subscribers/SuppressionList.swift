import CSV
import Foundation

/// Addresses that must never receive mail again (unsubscribed, bounced), matched case-insensitively.
public struct SuppressionList: Sendable {
    public static let empty = SuppressionList(addresses: [])

    /// Lowercased and trimmed, the same folding as `Subscriber.key`.
    let keys: Set<String>

    public init(addresses: some Sequence<String>) {
        keys = Set(addresses.lazy.map(Self.key).filter { !$0.isEmpty })
    }

    /// One address per line, or a CSV whose first column (or `email` column) holds them; `#` comments.
    /// Anything after the address on a line (a date, a reason) is ignored, so exported bounce logs work.
    public static func load(path: String) throws -> SuppressionList {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SubscribersFileError(file: path, message: "cannot read the suppression file")
        }
        let bytes = [UInt8](data)
        var text = String(validating: bytes, as: UTF8.self) ?? Windows1252.decode(bytes)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let lines = text.split(omittingEmptySubsequences: true) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .filter { line in
                let trimmed = line.drop(while: \.isWhitespace)
                return !trimmed.isEmpty && !trimmed.hasPrefix("#")
            }
        guard !lines.isEmpty else { return .empty }
        let delimiter = CSVDelimiter.sniff(bytes: Array(lines[0].utf8))
        let reader: CSVReader
        do {
            reader = try CSVReader(string: lines.joined(separator: "\n"), delimiter: delimiter)
        } catch {
            throw SubscribersFileError(file: path, message: "cannot read the suppression file")
        }
        var addresses: [String] = []
        var column = 0
        var isFirstRecord = true
        while let fields = reader.next() {
            defer { isFirstRecord = false }
            if isFirstRecord {
                // A header names the column; a first row without any @ is a header naming something else.
                if let emailColumn = fields.firstIndex(where: { SubscriberField(header: $0) == .email }) {
                    column = emailColumn
                    continue
                }
                if !fields.contains(where: { $0.contains("@") }) { continue }
            }
            guard column < fields.count else { continue }
            // The first word only: "ana@example.org 2024-05-01 hard bounce" suppresses ana@example.org.
            if let address = fields[column].split(whereSeparator: \.isWhitespace).first {
                addresses.append(String(address))
            }
        }
        return SuppressionList(addresses: addresses)
    }

    public func contains(_ address: String) -> Bool {
        keys.contains(Self.key(address))
    }

    /// For callers that already hold the trimmed, lowercased address.
    func contains(key: String) -> Bool {
        keys.contains(key)
    }

    public var count: Int { keys.count }

    private static func key(_ address: String) -> String {
        SubscriberListBuilder.key(address.withoutSurroundingWhitespace())
    }
}
