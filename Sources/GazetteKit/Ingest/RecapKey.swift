import Foundation

/// Stable keys for recaps: lowercase ASCII slugs that survive moving the files around,
/// so talk ids built on them stay the same from one run to the next.
enum RecapKey {
    /// What the site generator makes the URL from: the front matter `slug`, `url` or `permalink` (its last
    /// path segment), else the page bundle's folder, else the file name without its Jekyll date prefix.
    static func key(frontMatter: FrontMatter, layout: RecapLayout) -> String {
        for field in ["slug", "url", "permalink"] {
            if let value = frontMatter.string(field), let last = lastSegment(value) {
                let key = slugify(last.hasSuffix(".html") ? String(last.dropLast(5)) : last)
                if !key.isEmpty { return key }
            }
        }
        return layout.slug
    }

    static func key(frontMatter: FrontMatter, path: String) -> String {
        key(frontMatter: frontMatter, layout: RecapLayout(path: path))
    }

    static func fileKey(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        var stem = name
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { stem = String(name[..<dot]) }
        let key = slugify(stem)
        return key.isEmpty ? "recap" : key
    }

    /// A feed item's key: the last segment of its link (without `.html`), else of its guid or id
    /// (`tag:example.org,2023:bilan` → `bilan`, `https://example.org/?p=18` → `18`).
    static func feedItemKey(link: String?, guid: String?, fallback: String) -> String {
        if var trimmed = link {
            if let cut = trimmed.firstIndex(where: { $0 == "?" || $0 == "#" }) { trimmed = String(trimmed[..<cut]) }
            let segments = trimmed.split(separator: "/")
            // A bare host (https://example.org/) says nothing about the item.
            if segments.count > 2 || (segments.count == 1 && !trimmed.contains(":")), var last = segments.last.map(String.init) {
                for suffix in [".html", ".htm", ".php", ".aspx"] where last.lowercased().hasSuffix(suffix) {
                    last = String(last.dropLast(suffix.count))
                }
                let key = slugify(last)
                if !key.isEmpty { return key }
            }
        }
        if let guid {
            let segments = guid.split(whereSeparator: { $0 == "/" || $0 == ":" || $0 == "=" || $0 == "#" })
            if let last = segments.last {
                let key = slugify(String(last))
                if !key.isEmpty { return key }
            }
        }
        return slugify(fallback)
    }

    private static func lastSegment(_ text: String) -> String? {
        text.split(separator: "/").last.map(String.init)
    }

    /// Accents stripped (é → e, œ → oe), apostrophes dropped (l’est → lest, as Hugo's slugs do),
    /// anything else not a letter or digit becomes one `-`.
    static func slugify(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.utf8.count)
        var pendingDash = false
        func emit(_ scalar: Unicode.Scalar) {
            if pendingDash, !out.isEmpty { out.unicodeScalars.append("-") }
            pendingDash = false
            out.unicodeScalars.append(scalar)
        }
        for scalar in text.decomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A: emit(scalar)
            case 0x41...0x5A: emit(Unicode.Scalar(scalar.value + 0x20)!)
            case 0x300...0x36F: continue // combining accents left by the decomposition
            case 0x27, 0x2019, 0x2018, 0x2BC: continue // apostrophes
            case 0x153, 0x152: emit("o"); emit("e")
            case 0xE6, 0xC6: emit("a"); emit("e")
            case 0xDF: emit("s"); emit("s")
            case 0xF8, 0xD8: emit("o")
            default: pendingDash = true
            }
        }
        return out
    }
}
