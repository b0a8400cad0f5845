/// Finds posts that are the same post twice: read from two folders, republished under another name, or
/// copied with the same talks. Only content says so: two posts sharing a key or a file name (every page
/// bundle's `index.md`, a French and an English `bilan.md`) are not the same post for that.
/// The first one met is the one kept, so the outcome follows the sources' order.
struct DuplicateFinder: Sendable {
    /// For each recap, the index of the earlier recap it duplicates, or nil when it is the first of its kind.
    func originals(of recaps: [ExtractedRecap]) -> [Int?] {
        var byBody: [Int: [Int]] = [:]
        var byTalks: [String: Int] = [:]
        var result = [Int?](repeating: nil, count: recaps.count)
        // Each recap's hash and talk signature are its own: made on all cores, then compared in order on one.
        let signatures = recaps.parallelMap { extracted in (body: Self.bodyHash(extracted.recap), talks: Self.talkSignature(extracted)) }
        for (index, extracted) in recaps.enumerated() {
            let recap = extracted.recap
            let bodyHash = signatures[index].body
            if let bodyHash, let original = byBody[bodyHash]?.first(where: { Self.sameBody(recaps[$0].recap, recap) }) {
                result[index] = original
                continue
            }
            let talks = signatures[index].talks
            if let talks, let original = byTalks[talks] {
                result[index] = original
                continue
            }
            if let bodyHash { byBody[bodyHash, default: []].append(index) }
            if let talks { byTalks[talks] = index }
        }
        return result
    }

    /// nil for an empty body: two posts with nothing in them are not the same post.
    private static func bodyHash(_ recap: Recap) -> Int? {
        guard recap.blocks.contains(where: { !$0.text.isEmpty }) else { return nil }
        var hasher = Hasher()
        hasher.combine(recap.language)
        for block in recap.blocks { hasher.combine(block.text) }
        return hasher.finalize()
    }

    private static func sameBody(_ a: Recap, _ b: Recap) -> Bool {
        a.language == b.language && a.blocks.count == b.blocks.count && zip(a.blocks, b.blocks).allSatisfy { $0.text == $1.text }
    }

    /// The same speakers with the same titles in the same language, in any order; nil when no talk was found.
    private static func talkSignature(_ extracted: ExtractedRecap) -> String? {
        guard !extracted.talks.isEmpty else { return nil }
        let talks = extracted.talks.map { talk in
            talk.speakers.map { NameKey.speaker($0.name) }.sorted().joined(separator: ",") + "|" + (talk.title ?? "")
        }
        return extracted.recap.language.rawValue + "\n" + talks.sorted().joined(separator: "\n")
    }
}
