/// Where each edition sits in the web archive (`gazette archive`, `serve` under `/issues/`): one rule
/// shared by the emails' "View in your browser" link and the archive writer, so the two never disagree.
public enum ArchiveLayout {
    /// `<issue>/<edition>.html` under the archive's root.
    public static func editionPath(issue: String, edition: Edition) -> String {
        "\(issue)/\(edition.rawValue).html"
    }

    public static func editionURL(base: String?, issue: String, edition: Edition) -> String? {
        guard let base, !base.isEmpty else { return nil }
        return (base.hasSuffix("/") ? base : base + "/") + editionPath(issue: issue, edition: edition)
    }
}
