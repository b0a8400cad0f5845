/// Twins the site itself declares, paired before any content evidence: posts sharing Hugo's
/// `translationKey`, else the same page bundle folder (or the same file path, `post.md` and `post.fr.md`)
/// in both languages. A group is trusted only when it holds exactly one post of each language.
enum SiteTwins {
    /// For each recap, the index of its twin, or nil; only `candidates` are considered.
    static func pairs(_ recaps: [ExtractedRecap], among candidates: [Int]) -> [Int?] {
        var twin = [Int?](repeating: nil, count: recaps.count)
        let keyed: [(Int) -> String?] = [
            { recaps[$0].recap.site.translationKey.map { "key:" + $0 } },
            { recaps[$0].recap.site.translationBase },
        ]
        for groupKey in keyed {
            var groups: [String: [Int]] = [:]
            for index in candidates where twin[index] == nil {
                guard let key = groupKey(index) else { continue }
                groups[key, default: []].append(index)
            }
            for members in groups.values where members.count == 2 {
                let a = members[0], b = members[1]
                guard recaps[a].recap.language != recaps[b].recap.language else { continue }
                twin[a] = b
                twin[b] = a
            }
        }
        return twin
    }
}
