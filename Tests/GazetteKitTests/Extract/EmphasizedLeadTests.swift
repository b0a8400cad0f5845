import Testing
@testable import GazetteKit

/// A programme line in bold that opens a paragraph of prose, after a line break: its own entry, the prose its talk's.
@Suite struct EmphasizedLeadTests {
    @Test func theBoldLineIsTheEntryAndTheProseItsTalks() throws {
        let post = """
            ---
            title: "Soirée DevOps"
            lang: fr
            ---

            Après la pause, deux présentations de 10 minutes :

            **Vincent Lamarre (Levia) – « Terraform : 5 pièges avec les modules »**
            Vincent nous a montré des erreurs qu’il voit chez presque tous ses clients.

            **Rosalie Tardieu – les runbooks qui servent vraiment**
            Rosalie, étudiante en génie logiciel à l’Université Laval, nous a présenté comment son équipe a réécrit ses runbooks.
            """
        let found = talks(post: post)
        try #require(found.count == 2, "\(found.map { $0.speakers.map(\.name) })")
        #expect(found.map { $0.speakers.map(\.name) } == [["Vincent Lamarre"], ["Rosalie Tardieu"]])
        #expect(found.map(\.title) == ["Terraform : 5 pièges avec les modules", "les runbooks qui servent vraiment"])
        #expect(found.map { $0.speakers[0].affiliation } == ["Levia", "Université Laval"])
        #expect(found[0].evidence.contains { $0.hasPrefix("Vincent nous a montré") })
    }
}
