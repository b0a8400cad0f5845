import Foundation

/// `gazette talks` output: JSON in the shape `score_talks.py` reads, or text for a person.
public enum TalksReport {
    public static func json(_ scan: TalkScan) -> String {
        let recaps: [[String: Any]] = scan.recaps.map { extracted in
            let recap = extracted.recap
            return [
                "source": recap.source,
                "key": recap.key,
                "language": recap.language.rawValue,
                "date": recap.date.map { $0.day.description } ?? NSNull(),
                "dateSource": recap.date.map { $0.source.rawValue } ?? NSNull(),
                "title": recap.title ?? NSNull(),
                "warnings": recap.warnings.map(\.description),
                "talks": extracted.talks.map(talkObject),
            ]
        }
        let root: [String: Any] = ["recaps": recaps, "failures": scan.failures.map(\.description)]
        let data = try! JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    private static func talkObject(_ talk: Talk) -> [String: Any] {
        [
            "id": talk.id,
            "speakers": talk.speakers.map { ["name": $0.name, "affiliation": $0.affiliation ?? NSNull()] as [String: Any] },
            "title": talk.title ?? NSNull(),
            "titleTranslation": talk.titleTranslation ?? NSNull(),
            "kind": talk.kind.rawValue,
            "cities": talk.cities,
            "links": talk.links.map { ["url": $0.url, "text": $0.text, "kind": $0.kind.rawValue] },
            "evidence": talk.evidence,
        ]
    }

    public static func text(_ scan: TalkScan) -> String {
        var lines: [String] = []
        for extracted in scan.recaps {
            let recap = extracted.recap
            let date = recap.date.map { "\($0.day) (\($0.source.rawValue))" } ?? "undated"
            lines.append("\(recap.source) [\(recap.language.rawValue), \(date)] \(recap.title ?? "")")
            for talk in extracted.talks {
                let speakers = talk.speakers.map { speaker in
                    speaker.affiliation.map { "\(speaker.name) (\($0))" } ?? speaker.name
                }.joined(separator: ", ")
                var line = "  - \(speakers)"
                if let title = talk.title { line += ": “\(title)”" }
                if let translation = talk.titleTranslation { line += " (\(translation))" }
                var facts = [talk.kind.rawValue]
                if !talk.cities.isEmpty { facts.append(talk.cities.joined(separator: ", ")) }
                line += " [\(facts.joined(separator: "; "))] \(talk.id)"
                lines.append(line)
            }
            if extracted.talks.isEmpty { lines.append("  (no talks found)") }
        }
        return lines.joined(separator: "\n")
    }
}
