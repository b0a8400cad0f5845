import Foundation
@testable import GazetteKit

/// A Swift reading of ../shared/tools/score_talks.py, so the project's own fixtures are scored
/// the same way without ../shared: talks match on a shared speaker; titles agree at token F1 ≥ 0.9;
/// affiliations agree when one contains the other.
struct GoldScore {
    var precision = 0.0, recall = 0.0, f1 = 0.0, affiliations = 0.0, titles = 0.0
    var misses: [String] = []
    var extras: [String] = []
}

enum GoldScorer {
    static func score(goldPath: String, recaps: [ExtractedRecap]) throws -> GoldScore {
        let gold = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: goldPath))) as! [String: Any]
        var byFile: [String: [Talk]] = [:]
        for extracted in recaps { byFile[(extracted.recap.source as NSString).lastPathComponent] = extracted.talks }
        var predicted = 0, optionalMatched = 0, matched = 0, required = 0, found = 0
        var affiliationTotal = 0, affiliationRight = 0, titleTotal = 0, titleRight = 0
        var score = GoldScore()
        for entry in gold["recaps"] as! [[String: Any]] {
            let file = entry["file"] as! String
            let talks = byFile[file] ?? []
            predicted += talks.count
            var used = Set<Int>()
            let goldTalks = (entry["talks"] as! [[String: Any]]).sorted { ($0["required"] as? Bool ?? true) && !($1["required"] as? Bool ?? true) }
            for goldTalk in goldTalks {
                let names = (goldTalk["speakers"] as! [String]).map(normalize)
                let isRequired = goldTalk["required"] as? Bool ?? true
                if isRequired { required += 1 }
                guard let hit = talks.indices.first(where: { index in
                    !used.contains(index) && !Set(talks[index].speakers.map { normalize($0.name) }).isDisjoint(with: names)
                }) else {
                    if isRequired { score.misses.append("\(file): \(names.joined(separator: ", "))") }
                    continue
                }
                used.insert(hit)
                guard isRequired else { optionalMatched += 1; continue }
                found += 1
                matched += 1
                let talk = talks[hit]
                for (name, affiliation) in zip(goldTalk["speakers"] as! [String], goldTalk["affiliations"] as? [Any] ?? []) {
                    guard let affiliation = affiliation as? String else { continue }
                    affiliationTotal += 1
                    let predictedAffiliation = talk.speakers.first { normalize($0.name) == normalize(name) }?.affiliation
                    let (a, b) = (normalize(predictedAffiliation ?? ""), normalize(affiliation))
                    if !a.isEmpty, !b.isEmpty, a.contains(b) || b.contains(a) { affiliationRight += 1 }
                }
                if let title = goldTalk["title"] as? String {
                    titleTotal += 1
                    var candidates = [title] + (goldTalk["title_alternatives"] as? [String] ?? [])
                    if let translation = goldTalk["title_translation"] as? String { candidates.append(translation) }
                    if let predictedTitle = talk.title, candidates.contains(where: { titlesAgree(predictedTitle, $0) }) { titleRight += 1 }
                }
            }
            for index in talks.indices where !used.contains(index) {
                score.extras.append("\(file): \(talks[index].speakers.map(\.name).joined(separator: ", "))")
            }
        }
        let denominator = predicted - optionalMatched
        score.precision = denominator > 0 ? Double(matched) / Double(denominator) : 0
        score.recall = required > 0 ? Double(found) / Double(required) : 0
        score.f1 = score.precision + score.recall > 0 ? 2 * score.precision * score.recall / (score.precision + score.recall) : 0
        score.affiliations = affiliationTotal > 0 ? Double(affiliationRight) / Double(affiliationTotal) : 0
        score.titles = titleTotal > 0 ? Double(titleRight) / Double(titleTotal) : 0
        return score
    }

    static func normalize(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
        let kept = folded.unicodeScalars.map { scalar -> String in
            CharacterSet.alphanumerics.contains(scalar) || "/+.'-_".unicodeScalars.contains(scalar) ? String(scalar) : " "
        }.joined()
        return kept.split(separator: " ").joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " .,'-"))
    }

    static func titlesAgree(_ predicted: String, _ gold: String) -> Bool {
        let split: (String) -> [String] = { normalize($0).components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty } }
        let p = split(predicted), g = split(gold)
        guard !p.isEmpty, !g.isEmpty else { return false }
        if p == g { return true }
        let common = Set(p).reduce(0) { total, token in total + min(p.filter { $0 == token }.count, g.filter { $0 == token }.count) }
        let precision = Double(common) / Double(p.count), recall = Double(common) / Double(g.count)
        return precision + recall > 0 && 2 * precision * recall / (precision + recall) >= 0.9
    }
}
