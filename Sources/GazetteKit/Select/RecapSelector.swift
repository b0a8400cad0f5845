/// Chooses the recaps of an issue, pairs French and English twins, and aligns their talks.
public struct RecapSelector: Sendable {
    public init() {}

    public func select(_ recaps: [ExtractedRecap], request: SelectionRequest) -> Selection {
        Selection()
    }
}
