import Testing
@testable import GazetteKit

/// A programme table whose speaker cells hold more than one line ("Jane Roe<br><small>SRE, Acme</small>"): the
/// first line names the people, the later ones say where they work. A cell read as prose is still one paragraph.
@Suite struct TableCellLinesTests {
    @Test func anHTMLTableInMarkdownWithOrganizationsUnderTheNames() {
        let found = talks(post: """
            ---
            title: "Meetup n° 9"
            lang: fr
            ---

            Le programme de la soirée :

            <table>
              <tr><th>Heure</th><th>Intervenant·e</th><th>Sujet</th></tr>
              <tr><td>18h30</td><td>Nadia Ferchichi</td><td>Mot d’accueil et nouvelles de la communauté</td></tr>
              <tr><td>18h45</td><td>Sofiane Mebarki<br><small>SRE, Alvéole Cloud</small></td><td>Des alertes qui réveillent moins souvent</td></tr>
              <tr><td>19h30</td><td>Léa Gagnon &amp; Tarek Aouad<br><small>Datagramme</small></td><td>Entraîner sur GPU sans se ruiner</td></tr>
              <tr><td>20h15</td><td>Inès Kacem<br>doctorante, ÉTS</td><td>Les graphes de connaissances en pratique</td></tr>
            </table>
            """)
        #expect(talkLines(found) == [
            "Sofiane Mebarki (Alvéole Cloud) | Des alertes qui réveillent moins souvent",
            "Léa Gagnon (Datagramme) & Tarek Aouad (Datagramme) | Entraîner sur GPU sans se ruiner",
            "Inès Kacem (ÉTS) | Les graphes de connaissances en pratique",
        ])
    }

    @Test func aMarkdownTableWithALineBreakInTheSpeakerCell() {
        let found = talks(post: """
            ---
            title: "June lightning night"
            lang: en
            ---

            | Time | Speaker | Talk |
            |------|---------|------|
            | 7:00 | Priya Raman<br>Quantel | Feature flags without tears |
            | 7:20 | Jonas Berg<br>Fjordline | Tracing a request across nine services |
            """)
        #expect(talkLines(found) == [
            "Priya Raman (Quantel) | Feature flags without tears",
            "Jonas Berg (Fjordline) | Tracing a request across nine services",
        ])
    }

    /// No column of people: each cell is read as one paragraph, its lines joined, so "**Title**" over "Name, Org"
    /// is still a programme line.
    @Test func aCellOfTitleOverSpeakerIsReadWhole() {
        let found = talks(post: """
            <html><body>
            <h1>Journée mobile</h1>
            <table>
              <tr><th>Heure</th><th>Salle A</th><th>Salle B</th></tr>
              <tr><td>10h30</td><td><strong>Compose : de zéro au Store</strong><br>Anne-Sophie Kouamé, Lagunaire Apps</td>
                  <td><strong>Accessibilité : pas une option</strong><br>Moussa Traoré, Baobab Studio</td></tr>
            </table>
            </body></html>
            """, file: "post.html")
        #expect(talkLines(found) == [
            "Anne-Sophie Kouamé (Lagunaire Apps) | Compose : de zéro au Store",
            "Moussa Traoré (Baobab Studio) | Accessibilité : pas une option",
        ])
    }

    /// Breaks ("Pause", "—") and a struck-out talk's emptied cell leave fewer than half the rows naming someone; the
    /// column is still the speakers', read over the rows that say something in it.
    @Test func breaksAndAStruckOutRowDoNotHideTheSpeakerColumn() {
        let found = talks(post: """
            ---
            title: "Journée sécurité"
            lang: fr
            ---

            | Horaire | Titre | Intervenant·e |
            |---------|-------|---------------|
            | 08:45 | Accueil et café | — |
            | 09:15 | Rançongiciels dans les PME : retour de 40 incidents | Noémie Favre (Alpsec) |
            | 10:00 | Pause | — |
            | 10:30 | ~~Sécurité des réseaux industriels~~ — annulé | ~~Didier Rochat~~ |
            | 11:15 | Le phishing par QR code | Karim Zerrouki |
            | 12:00 | Repas | — |
            | 13:30 | Passkeys : la fin des mots de passe ? | Ana Lüthi & Bruno Keller (CryptaLac) |
            | 14:15 | Pause | — |
            """)
        #expect(talkLines(found) == [
            "Noémie Favre (Alpsec) | Rançongiciels dans les PME : retour de 40 incidents",
            "Karim Zerrouki | Le phishing par QR code",
            "Ana Lüthi (CryptaLac) & Bruno Keller (CryptaLac) | Passkeys : la fin des mots de passe ?",
        ])
    }
}
