import Testing
@testable import GazetteKit

/// Selection over an archive the size `scripts/bench_talks.sh` uses, shaped like `gen_corpus.py`'s: 900
/// possible names, so every speaker recurs in about a hundred recaps, and a third of the events in both languages.
@Suite struct SelectPerformanceTests {
    static let first = ["Amélie", "Bruno", "Chloé", "Dmitri", "Élodie", "Farid", "Gaëlle", "Hiroshi", "Inès", "Jonas",
                        "Karim", "Léa", "Mateo", "Nadia", "Olivier", "Priya", "Quentin", "Rosalie", "Samir", "Tanya",
                        "Ugo", "Valérie", "Wei", "Xavier", "Yasmine", "Zoé", "Marc-Antoine", "Anne-Sophie", "Jean-Philippe", "Ngozi"]
    static let last = ["Arsenault", "Bélanger", "Chen", "Dubois", "Eriksen", "Fortin", "Gagnon", "Hassan", "Ivanova", "Jobin",
                       "Kowalski", "Lavoie", "Martel", "Nakamura", "O'Neill", "Patel", "Quirion", "Roy", "Santos", "Tremblay",
                       "Umarov", "Vachon", "Wong", "Xu", "Yilmaz", "Zhang", "Picard-Lemieux", "St-Pierre", "McAllister", "Da Silva"]
    static let cities = [("Montreal", "Montréal"), ("Quebec City", "Québec"), ("Ottawa", "Ottawa"), ("Toronto", "Toronto")]

    /// The recaps, and for each English recap with a French twin, the French one's index.
    static func archive(count: Int) -> (recaps: [ExtractedRecap], twins: [Int: Int]) {
        var random = SeededGenerator(state: 42)
        var recaps: [ExtractedRecap] = []
        var twins: [Int: Int] = [:]
        recaps.reserveCapacity(count)
        var event = 0
        while recaps.count < count {
            let date = CalendarDay(year: 2019, month: 1, day: 1).adding(days: event * 365 / (count * 3 / 4))
            let city = cities[random.below(cities.count)]
            let talks = (0..<(4 + random.below(9))).map { _ in
                let speakers = (0..<(random.below(100) < 15 ? 2 : 1)).map { _ in
                    first[random.below(first.count)] + " " + last[random.below(last.count)]
                }
                let links = random.below(5) == 0 ? ["https://slides.example.org/\(random.below(1_000_000))"] : []
                return SelectTalk(speakers: speakers, title: "Talk \(random.below(1_000_000))", links: links)
            }
            let languages: [Language] = random.below(100) < 33 ? [.en, .fr] : [random.below(2) == 0 ? .en : .fr]
            let start = recaps.count
            for language in languages where recaps.count < count {
                let title = language == .en ? "\(city.0) Cloud Native Meetup recap, \(date.year)" : "Retour sur le meetup de \(city.1), \(date.year)"
                recaps.append(selectRecap("\(recaps.count)-\(language)", language, date: date.description, title: title,
                                          talks: talks, images: ["/images/\(recaps.count).png"]))
            }
            if recaps.count - start == 2 { twins[start] = start + 1 }
            event += 1
        }
        return (recaps, twins)
    }

    @Test func tenThousandRecapsAreSelectedAndTwinsFound() {
        let (recaps, twins) = Self.archive(count: 10_000)
        let clock = ContinuousClock()
        var selection = Selection()
        let elapsed = clock.measure {
            selection = RecapSelector().select(recaps, request: SelectionRequest(asOf: selectDay("2019-12-31"), period: .window(days: 366)))
        }
        // Speed is a benchmark's figure (scripts/bench_compose.sh), not a test's: a busy machine must not fail CI.
        print("selecting 10,000 recaps took \(elapsed)")
        #expect(selection.decisions.count == 10_000)

        let found = Dictionary(uniqueKeysWithValues: TwinMatcher().pairs(recaps).map { ($0.english, $0.french) })
        let right = twins.filter { found[$0.key] == $0.value }.count
        #expect(right == twins.count, "\(twins.count - right) of \(twins.count) twins missed")
        #expect(found.count == twins.count, "\(found.count - right) wrong pairs")
        print("select over 10,000 recaps: \(elapsed), \(twins.count) twins")
    }
}
