import Foundation

/// Each recap's public address, for the "Read the full recap" links: the page's own address when its source
/// gives one (front matter `url`/`permalink`, a feed item's link), else `site_url` and the pattern of its
/// language in the config's `permalinks:` (`/fr/community-news/{slug}/`).
public struct RecapPermalinks: Sendable, Equatable {
    public var siteURL: String?
    public var patterns: [Language: String]

    /// What Hugo builds without a `permalinks` setting, English being its default content language:
    /// the section and the slug, the other language under its code.
    public static let hugoDefaults: [Language: String] = [.en: "/{section}/{slug}/", .fr: "/fr/{section}/{slug}/"]
    static let placeholders: Set<String> = ["slug", "section", "year", "month", "day"]

    public init(siteURL: String? = nil, patterns: [Language: String] = [:]) {
        self.siteURL = siteURL?.trimmingWhitespace()
        var merged = Self.hugoDefaults
        for (language, pattern) in patterns { merged[language] = pattern }
        self.patterns = merged
    }

    /// The absolute http(s) URL of the recap, or nil when neither its source nor the config tells it.
    public func url(for recap: Recap) -> String? {
        let resolver = LinkResolver(siteURL: siteURL)
        if let own = recap.site.url {
            return resolver.absolute(own)
        }
        guard siteURL != nil, let pattern = patterns[recap.language] else { return nil }
        guard let path = Self.expand(pattern, recap: recap) else { return nil }
        return resolver.absolute(Self.joined(siteURL!, path))
    }

    /// The pattern with its placeholders filled; nil when it needs a date the recap does not have.
    static func expand(_ pattern: String, recap: Recap) -> String? {
        var result = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = rest[rest.index(after: open)..<close]
            let day = recap.date?.day
            switch name {
            case "slug": result += recap.key
            case "section": result += recap.site.section ?? ""
            case "year": guard let day else { return nil }; result += String(day.year)
            case "month": guard let day else { return nil }; result += day.month < 10 ? "0\(day.month)" : String(day.month)
            case "day": guard let day else { return nil }; result += day.day < 10 ? "0\(day.day)" : String(day.day)
            default: result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        // An empty `{section}` leaves `//`: the page is at the top of the site then.
        while result.contains("//") { result = result.replacingOccurrences(of: "//", with: "/") }
        return result.hasPrefix("/") ? result : "/" + result
    }

    /// Site and path joined as Hugo joins them: the path under the site's own folder, if it has one.
    static func joined(_ site: String, _ path: String) -> String {
        (site.hasSuffix("/") ? String(site.dropLast()) : site) + path
    }

    /// Placeholders a pattern uses that are not known, for a config error.
    static func unknownPlaceholders(in pattern: String) -> [String] {
        var unknown: [String] = []
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = String(rest[rest.index(after: open)..<close])
            if !placeholders.contains(name) { unknown.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return unknown
    }
}
