/// Decides a recap's language: what its author declared, else what its paths say, else what its text says.
struct LanguageResolver: Sendable {
    struct Resolution: Sendable, Equatable {
        var language: Language
        var source: Recap.LanguageSource
        /// Set when something declared was not understood or the text could not tell.
        var warning: String?
    }

    private let detector = LanguageDetector()

    func resolve(frontMatter: FrontMatter, path: String, text: @autoclosure () -> String) -> Resolution {
        var warning: String?
        for key in ["lang", "language", "languagecode"] {
            guard let declared = frontMatter.string(key) else { continue }
            if let language = Self.language(named: declared) {
                return Resolution(language: language, source: .frontMatter)
            }
            warning = "front matter \(key) '\(declared)' is neither French nor English; language detected from the text"
            break
        }
        for key in ["aliases", "url", "slug"] {
            for value in frontMatter.strings(key) {
                if let language = Self.languageSegment(in: value) { return Resolution(language: language, source: .path, warning: warning) }
            }
        }
        if let language = Self.languageInFileName(path) ?? Self.languageSegment(in: path) {
            return Resolution(language: language, source: .path, warning: warning)
        }
        let guess = detector.detect(text())
        if !guess.isConfident, warning == nil {
            warning = "language not declared and the text too short to tell; assumed \(guess.language.rawValue)"
        }
        return Resolution(language: guess.language, source: .detected, warning: warning)
    }

    /// `fr`, `fr-CA`, `fr_FR`, `French`, `français`, `fra`; the same for English.
    static func language(named name: String) -> Language? {
        let lowered = name.trimmingWhitespace().lowercased()
        let primary = lowered.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? lowered
        switch primary {
        case "fr", "fra", "fre", "french", "français", "francais", "française", "francaise": return .fr
        case "en", "eng", "english", "anglais", "anglaise": return .en
        default: return nil
        }
    }

    /// A `/fr/` or `/en/` segment, as Hugo's multilingual URLs have, or a language content folder
    /// (`content/french/`, Hugo's per-language `contentDir`).
    static func languageSegment(in path: String) -> Language? {
        // Split on the bytes ("/" is ASCII): splitting the String compared Characters and made a String per
        // segment, 24,000 instructions a path. Only a segment as long as a folder name can be one.
        for segment in path.utf8.split(separator: UInt8(ascii: "/")) where segment.count >= 2 && segment.count <= 9 {
            if let language = RecapLayout.folderLanguage(String(Substring(segment))) { return language }
        }
        return nil
    }

    /// Hugo's translation by file name: `post.fr.md`, `index.en.html`.
    static func languageInFileName(_ path: String) -> Language? {
        guard let name = path.utf8.split(separator: UInt8(ascii: "/")).last else { return nil }
        let parts = name.split(separator: UInt8(ascii: "."))
        guard parts.count >= 3 else { return nil }
        for part in parts.dropFirst().dropLast() where part.count == 2 {
            // ASCII letters either case: `| 0x20` makes a capital small and maps no other byte onto these.
            let first = part[part.startIndex] | 0x20, second = part[part.index(after: part.startIndex)] | 0x20
            if first == UInt8(ascii: "f"), second == UInt8(ascii: "r") { return .fr }
            if first == UInt8(ascii: "e"), second == UInt8(ascii: "n") { return .en }
        }
        return nil
    }
}
