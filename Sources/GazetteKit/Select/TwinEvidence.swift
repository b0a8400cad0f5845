/// What one recap offers for pairing with its twin, with speakers, links and images interned to integers:
/// the matcher counts shared items through inverted lists, and integers keep those counts cheap at 10,000 recaps.
struct TwinEvidence: Sendable {
    var language: Language
    var key: Int
    var day: Int?
    var speakers: [Int]
    /// Talk links and images, in one space: both are specific to a post and say the same thing when shared.
    var attachments: [Int]
    var titleYears: Set<Int>
    var titleCities: Set<String>

    /// Builds every recap's evidence at once, so items too common to tell events apart can be dropped:
    /// a speaker in more than `commonSpeakerLimit` recaps (a host, a sponsor), and a link or image that
    /// two posts of the same language share (a logo, the meetup group's page) is site furniture.
    static func build(_ recaps: [ExtractedRecap], commonSpeakerLimit: Int = 1000) -> [TwinEvidence] {
        var ids: [String: Int] = [:]
        func intern(_ text: String) -> Int {
            if let id = ids[text] { return id }
            let id = ids.count
            ids[text] = id
            return id
        }
        // Normalizing names and links is most of the work, and each recap's own: done on all cores, in the
        // order met, so that interning (one table, on one core) gives the same numbers as one pass would.
        let items = recaps.parallelMap { extracted -> [String] in
            var items: [String] = []
            for talk in extracted.talks {
                for speaker in talk.speakers { items.append("s:" + NameKey.speaker(speaker.name)) }
                for link in talk.links { items.append("u:" + NameKey.url(link.url)) }
            }
            for image in extracted.recap.imageSources { items.append("u:" + NameKey.url(image)) }
            return items
        }
        var speakerLists: [[Int]] = []
        var attachmentLists: [[Int]] = []
        var keys: [Int] = []
        speakerLists.reserveCapacity(recaps.count)
        attachmentLists.reserveCapacity(recaps.count)
        for (extracted, items) in zip(recaps, items) {
            var speakers = Set<Int>()
            var attachments = Set<Int>()
            for item in items {
                if item.hasPrefix("s:") { speakers.insert(intern(item)) } else { attachments.insert(intern(item)) }
            }
            speakerLists.append(Array(speakers))
            attachmentLists.append(Array(attachments))
            keys.append(intern("k:" + extracted.recap.key))
        }

        var speakerCount = [Int](repeating: 0, count: ids.count)
        for list in speakerLists { for id in list { speakerCount[id] += 1 } }
        var attachmentCount = [Language: [Int]]()
        for language in Language.allCases { attachmentCount[language] = [Int](repeating: 0, count: ids.count) }
        for (index, list) in attachmentLists.enumerated() {
            let language = recaps[index].recap.language
            for id in list { attachmentCount[language]![id] += 1 }
        }

        let tables = (speakerLists, attachmentLists, keys, speakerCount, attachmentCount)  // immutable, for the cores to share
        return Array(recaps.indices).parallelMap { index in
            let (speakerLists, attachmentLists, keys, speakerCount, attachmentCount) = tables
            let recap = recaps[index].recap
            let counts = attachmentCount[recap.language]!
            let title = recap.title ?? ""
            return TwinEvidence(
                language: recap.language, key: keys[index], day: recap.date?.day.dayNumber,
                speakers: speakerLists[index].filter { speakerCount[$0] <= commonSpeakerLimit }.sorted(),
                attachments: attachmentLists[index].filter { counts[$0] == 1 }.sorted(),
                titleYears: NameKey.years(in: title), titleCities: NameKey.cities(in: title))
        }
    }
}
