public struct Speaker: Sendable, Equatable, Codable {
    public var name: String
    public var affiliation: String?

    public init(name: String, affiliation: String? = nil) {
        self.name = name
        self.affiliation = affiliation
    }
}
