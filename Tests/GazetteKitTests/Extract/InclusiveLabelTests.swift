import Testing
@testable import GazetteKit

/// French inclusive writing of a speaker label (« Orateur·ice : », « Intervenant·es : ») is the label.
@Suite struct InclusiveLabelTests {
    @Test(arguments: ["Orateur·ice", "Orateur.ice", "Intervenant·e", "Conférencier·ère"])
    func theInclusiveLabelNamesTheSpeaker(_ label: String) {
        let found = talks(post: """
            ---
            title: "Soirée DevOps n° 31"
            lang: fr
            ---

            ### Talk 1 : Les journaux sans douleur

            **\(label) :** Mireille Fontaine-Roux, SRE chez Lac Paiements

            Mireille nous a raconté comment son équipe a unifié ses journaux.
            """)
        #expect(found.map(\.title) == ["Les journaux sans douleur"])
        #expect(found.first?.speakers == [Speaker(name: "Mireille Fontaine-Roux", affiliation: "Lac Paiements")])
    }

    @Test func twoSpeakersUnderAPluralInclusiveLabel() {
        let found = talks(post: """
            ---
            title: "Soirée DevOps n° 32"
            lang: fr
            ---

            ### Talk 2 : De Jenkins à GitLab CI

            **Intervenant·es :** Marc Dufresne et Léa Nguyen, Assurances du Lac

            Un récit très concret de la migration.
            """)
        #expect(found.map(\.title) == ["De Jenkins à GitLab CI"])
        #expect(found.first?.speakers.map(\.name) == ["Marc Dufresne", "Léa Nguyen"])
    }
}
