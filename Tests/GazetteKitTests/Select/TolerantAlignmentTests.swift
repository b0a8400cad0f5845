import Testing
@testable import GazetteKit

/// Twins written by different hands spell names a little differently; each talk must still be one talk.
@Suite struct TolerantAlignmentTests {
    private func talk(_ id: String, _ names: [String], title: String? = nil, links: [TalkLink] = []) -> Talk {
        Talk(id: id, speakers: names.map { Speaker(name: $0) }, title: title, links: links, evidence: ["…"])
    }

    @Test func aTypoOrADroppedMiddleNameIsTheSameSpeaker() {
        let french = [talk("fr/a", ["Gabrielle Bélanger-Whitfeld"]), talk("fr/b", ["Daniela Sofia Marchetti"]), talk("fr/c", ["Paul Roy"])]
        let english = [talk("en/a", ["Gabrielle Belanger-Whitfield"]), talk("en/b", ["Daniela Marchetti"]), talk("en/c", ["Paula Roy"])]
        let aligned = TalkAligner().align(french: french, english: english)
        #expect(aligned.map { $0.versions[.en]?.id } == ["en/a", "en/b", nil, "en/c"])
    }

    @Test func sharedSlidesPairTalksWhoseSpeakersWereNotRecognizedAlike() {
        let slides = TalkLink(url: "https://slides.example.org/deck", text: "slides", kind: .slides)
        let french = [talk("fr/a", ["Équipe Nord"], links: [slides])]
        let english = [talk("en/a", ["Nord Team Lead"], links: [slides])]
        #expect(TalkAligner().align(french: french, english: english).count == 1)
    }

    @Test func namesAreComparedToleranly() {
        #expect(NameMatch.same("Marc-André Poitras", "Marc-Andre Poitras"))
        #expect(NameMatch.same("Josh Schneider", "Josh Schenider"))
        #expect(!NameMatch.same("Paul Roy", "Paula Roy"))
        #expect(!NameMatch.same("Anna Lee", "Anne Lee"))
        #expect(NameMatch.sameInRecap("Daniela Sofia Marchetti", "Daniela Marchetti"))
        #expect(!NameMatch.sameInRecap("Josh Schneider", "Josh Schenider"))
    }
}
