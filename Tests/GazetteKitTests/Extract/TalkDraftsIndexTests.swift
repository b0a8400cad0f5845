import Testing
@testable import GazetteKit

/// The speaker index of `TalkDrafts` answers exactly what a scan of every talk answers, whatever was done
/// to the talks in between (speakers replaced, added, renamed by slot, talks discarded).
@Suite struct TalkDraftsIndexTests {
    static let names = ["Ines Roe", "Ines Park", "Hugo Li", "Fatima Zahra Idrissi", "Fatima Zahra", "Wei Roy", "Élodie Tremblay",
                        "Hugo", "Anne-Sophie Lavoie"]

    func draft(_ speakers: [String]) -> TalkDraft {
        TalkDraft(speakers: speakers.map { Speaker(name: $0) }, title: nil, titleTranslation: nil, kind: .talk, cities: [],
                  links: [], evidence: [])
    }

    func scanFirstName(_ drafts: TalkDrafts, _ first: String) -> [Int] {
        drafts.indices.filter { drafts[$0].speakers.contains { $0.name.split(separator: " ").first.map(String.init) == first } }
    }

    @Test func lookUpsMatchAScanAfterEveryChange() {
        var generator = SystemRandomNumberGenerator()
        var drafts = TalkDrafts()
        for step in 0..<600 {
            let name = Self.names.randomElement(using: &generator)!
            switch Int.random(in: 0..<5, using: &generator) {
            case 0, 1: drafts.append(draft([name]))
            case 2 where !drafts.isEmpty: drafts[Int.random(in: 0..<drafts.count)].speakers = [Speaker(name: name)]
            case 3 where !drafts.isEmpty: drafts[Int.random(in: 0..<drafts.count)].speakers.append(Speaker(name: name))
            case 4 where !drafts.isEmpty:
                let index = Int.random(in: 0..<drafts.count)
                if !drafts[index].speakers.isEmpty { drafts[index].speakers[0].name = name }
                drafts[index].discarded.toggle()
            default: drafts.append(draft([]))
            }
            #expect(drafts.liveCount == drafts.filter { !$0.discarded }.count, "step \(step)")
            for name in Self.names {
                let first = String(name.split(separator: " ")[0])
                #expect(drafts.talks(withFirstName: first[...], limit: 2) == Array(scanFirstName(drafts, first).prefix(2)),
                        "step \(step): first name \(first)")
                let key = Slug.make(name)
                #expect(drafts.lastTalk(withKey: key) == drafts.lastIndex { $0.speakers.contains { Slug.make($0.name) == key } }, "step \(step): \(key)")
                let partial = drafts.indices.filter { drafts[$0].speakers.contains { Slug.make($0.name).hasPrefix(key + "-") } }
                #expect(drafts.talks(withKeyPrefix: key, limit: 2) == Array(partial.prefix(2)), "step \(step): \(key)-…")
            }
        }
    }

    @Test func aReplacedSpeakerIsNoLongerFound() {
        var drafts = TalkDrafts()
        drafts.append(draft(["Ines Roe"]))
        drafts.append(draft(["Hugo Li"]))
        drafts[0].speakers = [Speaker(name: "Wei Roy")]
        #expect(drafts.talks(withFirstName: "Ines", limit: 2).isEmpty)
        #expect(drafts.lastTalk(withKey: "ines-roe") == nil)
        #expect(drafts.talks(withFirstName: "Wei", limit: 2) == [0])
        #expect(drafts.talks(withKeyPrefix: "hugo", limit: 2) == [1])
    }
}
