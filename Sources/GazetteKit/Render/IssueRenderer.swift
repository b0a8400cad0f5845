/// Renders an issue's email editions and social posts from Mustache templates.
public struct IssueRenderer: Sendable {
    public init() {}

    public func render(_ issue: IssueContent) throws -> [Artifact] {
        []
    }
}
