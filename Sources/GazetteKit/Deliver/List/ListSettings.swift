/// The list-keeping settings of `delivery:` (issue 10): sender identity, bounces, the web archive.
/// Their config keys are `ListSettings.configKeys`, read in `GazetteConfig+List.swift`.
public struct ListSettings: Sendable, Equatable {
    /// `delivery.sender`: name per language, postal address, contact; shown in every footer.
    public var sender = SenderDetails()
    /// `delivery.bounce_address`, e.g. `bounces+{token}@example.org`: the envelope sender (VERP), so a
    /// bounce names its subscriber. nil: bounces go to the From (or return_path) address.
    public var bounceAddress: String?
    /// `delivery.suppress_on_5xx`: a 5xx reply about a recipient suppresses the address.
    public var suppressOn5xx = true
    /// `delivery.archive_url`: where `gazette archive` output is served (`https://example.org/issues/`);
    /// every email links to its edition there.
    public var archiveURL: String?

    public init() {}

    /// The keys under `delivery:` this struct owns (for config-key validation).
    public static let configKeys = ["sender", "bounce_address", "suppress_on_5xx", "archive_url"]
    /// The keys under `delivery.sender:`.
    public static let senderKeys = ["name", "postal_address", "contact"]
}
