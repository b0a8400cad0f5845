/// The two languages Gazette reads and writes.
public enum Language: String, Sendable, Codable, CaseIterable, Comparable {
    case fr
    case en

    public var other: Language { self == .fr ? .en : .fr }

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}
