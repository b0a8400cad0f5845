import Foundation
import Testing
@testable import GazetteKit

/// `gazette talks` and compose let a recap's text blocks go as they are read (a 50 MB recap's text need not
/// sit beside its talks): the talks must be the same as when the blocks are kept.
@Suite struct BlockReleaseTests {
    private let post = """
        ---
        title: "Soirée de mars"
        lang: fr
        ---

        # Au programme

        ## « Les index partiels »

        Par Jeanne Roy (Acme). Elle a montré comment indexer une partie d'une table.

        ## Fatou Diallo

        Fatou Diallo, de Kestrel, a présenté « Observabilité sans douleur ». Elle est revenue sur les traces.

        | Heure | Titre | Conférencier |
        |---|---|---|
        | 19 h | Rust à l'usine | Marc Tremblay |
        | 20 h | Le mot des organisateurs | Julie Roy |

        ## Présentations éclair

        - Ana Lima a parlé de tests de propriétés.
        - Merci à Paul Girard pour la pizza.
        """

    private func recap() throws -> Recap {
        let result = RecapReader().read(bytes: Array(post.utf8), source: "mars.md")
        return try #require(result.recaps.first)
    }

    @Test func releasingTheBlocksFindsTheSameTalks() throws {
        let kept = TalkExtractor().extract(try recap())
        let released = TalkExtractor().extract(try recap(), keepingBlocks: false)
        #expect(kept.talks.count >= 4, "\(kept.talks.map(\.speakers))")
        #expect(released.talks == kept.talks)
        #expect(!kept.recap.blocks.isEmpty)
        #expect(released.recap.blocks.isEmpty)
    }

    @Test func aStreamedScanHandsOnRecapsWithoutBlocksUnlessAskedToKeepThem() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("block-release-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try post.write(to: folder.appendingPathComponent("mars.md"), atomically: true, encoding: .utf8)

        var streamed: [ExtractedRecap] = []
        _ = TalkScan.stream(sources: [folder.path], transform: { $0 }, consume: { streamed += $0 })
        let whole = TalkScan.run(sources: [folder.path])
        #expect(streamed.count == 1 && whole.recaps.count == 1)
        #expect(streamed.first?.recap.blocks.isEmpty == true)
        #expect(whole.recaps.first?.recap.blocks.isEmpty == false)
        #expect(streamed.first?.talks == whole.recaps.first?.talks)
    }
}
