/// The columns (CSV) or keys (YAML) the loader understands; any other becomes an attribute.
enum SubscriberField {
    case email, name, language

    /// Header names are matched case-insensitively. French names are accepted because lists are often
    /// kept by francophone organizers in a French spreadsheet.
    init?(header: String) {
        switch header.withoutSurroundingWhitespace().lowercased() {
        case "email", "e-mail", "courriel": self = .email
        case "name", "nom": self = .name
        case "language", "langue", "lang": self = .language
        default: return nil
        }
    }
}
