/// What a post's place in a site tree says about it, read as Hugo and Jekyll read it: the slug its URL
/// is made from, its section, its language, and whether it is a page bundle or a section's list page.
///
/// A Hugo page bundle is a folder holding `index.md` (or `index.fr.md` for a translation): the folder
/// names the post, not the file, so every bundle's file is called `index`. Jekyll posts carry their
/// date in front of the name (`2019-05-17-retour-devoxx.md`), which is not part of their slug.
struct RecapLayout: Sendable, Equatable {
    /// Lowercase ASCII slug: the bundle folder, else the file name without its date prefix, language
    /// suffix and extension.
    var slug: String
    /// The first folder under the content root (`content/english/community-news/x/index.md` → `community-news`).
    var section: String?
    /// From a language content folder (`content/french/`, `fr/`) or a language in the file name (`post.fr.md`).
    var language: Language?
    var isBundle: Bool
    /// Hugo's `_index.md`: a section's list page, never a post.
    var isListPage: Bool

    init(path: String) {
        let segments = path.split(separator: "/").map(String.init)
        let name = segments.last ?? path
        var parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count > 1, !parts[0].isEmpty { parts.removeLast() } // the extension
        var fileLanguage: Language?
        if parts.count > 1, let language = Self.fileNameLanguage(parts[parts.count - 1]) {
            fileLanguage = language
            parts.removeLast()
        }
        let stem = parts.joined(separator: ".")
        let lowerStem = stem.lowercased()
        isListPage = lowerStem == "_index"
        isBundle = (lowerStem == "index" || isListPage) && segments.count >= 2
        language = fileLanguage ?? segments.dropLast().lazy.compactMap(Self.folderLanguage).first

        let base = isBundle ? segments[segments.count - 2] : Self.droppingDatePrefix(stem)
        let slug = RecapKey.slugify(base)
        self.slug = slug.isEmpty ? "recap" : slug

        // Hugo's section: the first folder below `content/` (and below its language folder, when each
        // language has its own content folder). Outside a `content/` tree there is no telling.
        section = nil
        if let root = segments.lastIndex(where: { $0 == "content" }) {
            var folders = Array(segments[(root + 1)..<(segments.count - 1)])
            if let first = folders.first, Self.folderLanguage(first) != nil { folders.removeFirst() }
            if isBundle, !isListPage { folders = folders.dropLast() }
            if let first = folders.first { section = first }
        }
    }

    /// `2019-05-17-retour-devoxx` → `retour-devoxx`; a name that is only a date stays whole.
    static func droppingDatePrefix(_ stem: String) -> String {
        let bytes = Array(stem.utf8)
        guard bytes.count > 11 else { return stem }
        let digitsAt: [Int] = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digitsAt.allSatisfy({ bytes[$0] >= 0x30 && bytes[$0] <= 0x39 }),
              bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[10] == UInt8(ascii: "-")
        else { return stem }
        return String(decoding: bytes[11...], as: UTF8.self)
    }

    /// Folder names sites give their languages: Hugo's `contentDir` (`content/french`) or a URL-style `fr/`.
    static func folderLanguage(_ segment: String) -> Language? {
        switch segment.lowercased() {
        case "fr", "fr-ca", "fr-fr", "french", "francais", "français": return .fr
        case "en", "en-ca", "en-us", "en-gb", "english", "anglais": return .en
        default: return nil
        }
    }

    private static func fileNameLanguage(_ part: String) -> Language? {
        switch part.lowercased() {
        case "fr", "fr-ca", "fr-fr": return .fr
        case "en", "en-ca", "en-us", "en-gb": return .en
        default: return nil
        }
    }
}
