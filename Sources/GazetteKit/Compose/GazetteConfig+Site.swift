import Yams

extension GazetteConfig {
    /// `permalinks: {en: "/community-news/{slug}/", fr: "/fr/community-news/{slug}/"}`: how the site builds
    /// its pages' addresses, per language, with `{slug}`, `{section}`, `{year}`, `{month}`, `{day}`.
    /// `fail` makes the error from a message and, when known, the 1-based line of the offending pattern.
    static func readPermalinks(_ value: Node, fail: (String, Int?) -> ConfigError) throws -> [Language: String] {
        guard let mapping = value.mapping else {
            throw fail("expected a pattern per language, e.g. {en: \"/blog/{slug}/\", fr: \"/fr/blog/{slug}/\"}", nil)
        }
        var patterns: [Language: String] = [:]
        for (languageNode, patternNode) in mapping {
            guard let language = languageNode.string.flatMap(Language.init(rawValue:)) else {
                throw fail("\(languageNode.string ?? ""): not a language; use fr and en", languageNode.mark?.line)
            }
            guard let pattern = patternNode.string, !pattern.trimmingWhitespace().isEmpty else {
                throw fail("\(language.rawValue): expected a path pattern such as \"/blog/{slug}/\"", patternNode.mark?.line)
            }
            let unknown = RecapPermalinks.unknownPlaceholders(in: pattern)
            guard unknown.isEmpty else {
                throw fail("\(language.rawValue): unknown placeholder {\(unknown[0])}; use {slug}, {section}, {year}, {month}, {day}",
                           patternNode.mark?.line)
            }
            patterns[language] = pattern.trimmingWhitespace()
        }
        return patterns
    }
}
