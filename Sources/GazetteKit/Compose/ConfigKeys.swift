/// Every key `gazette.yaml` knows, section by section: the one list a new setting is added to (one line),
/// so that a misspelt key is an error naming its line and the closest known key, never silently ignored.
/// Sections are named by their path: `delivery.retry` is the `retry:` mapping under `delivery:`.
/// A key whose value is a free-form mapping (none yet) would simply have no section here.
public enum ConfigKeys {
    public static let sections: [String: [String]] = [
        "": ["sources", "outbox", "schedule", "window_days", "editions", "bilingual_order", "intro", "overrides",
             "templates", "site_url", "permalinks", "translation", "delivery", "smtp", "max_recap_mb"],
        "intro": ["fr", "en"],
        "permalinks": ["fr", "en"],
        "translation": ["provider", "url", "model", "api_key_env", "timeout_seconds"],
        "delivery": ["subscribers", "suppression", "from", "reply_to", "return_path", "list_id", "unsubscribe_url",
                     "unsubscribe_mailto", "rate", "retry"] + ListSettings.configKeys,
        "delivery.sender": ListSettings.senderKeys,
        "delivery.retry": ["rounds", "delay_seconds", "max_attempts"],
        "smtp": ["url", "user", "password_file", "password", "ca_file", "insecure_no_tls", "timeout_seconds", "connections"],
    ]

    /// The known key closest to `key` in `section`, when it is close enough to be a likely misspelling.
    public static func closest(to key: String, in section: String) -> String? {
        let known = sections[section] ?? []
        let lowered = key.lowercased().replacingOccurrences(of: "-", with: "_")
        if let same = known.first(where: { $0 == lowered }) { return same }
        let scored = known.map { ($0, editDistance(lowered, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(2, best.count / 3) else {
            // `window` for `window_days`, `subscriber` for `subscribers`: a clear prefix is a likely meaning too.
            return known.first { $0.hasPrefix(lowered) && lowered.count >= 4 }
        }
        return best
    }

    /// Levenshtein distance over Unicode scalars, two rows at a time: keys are a few dozen characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
