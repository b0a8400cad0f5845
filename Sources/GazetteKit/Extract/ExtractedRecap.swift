/// A recap with the talks found in it: what extraction hands to selection and summarizing.
public struct ExtractedRecap: Sendable {
    public var recap: Recap
    public var talks: [Talk]

    public init(recap: Recap, talks: [Talk]) {
        self.recap = recap
        self.talks = talks
    }
}
