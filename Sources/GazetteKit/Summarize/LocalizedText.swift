/// Where a text in the issue came from, so readers and organizers can trust it accordingly.
public enum TextOrigin: String, Sendable, Codable {
    /// Taken (and maybe trimmed) from the recap's own sentences.
    case extracted
    /// Built from the talk's fields with a language's phrase table.
    case built
    /// Machine translation, labelled as such in the output.
    case translated
    /// Written by an organizer in the overrides file.
    case override
}

/// A text and the language it is actually in, which may differ from the edition's (a French summary
/// in the English edition, marked `lang="fr"` and noted as such).
public struct LocalizedText: Sendable, Equatable, Codable {
    public var text: String
    public var language: Language
    public var origin: TextOrigin

    public init(text: String, language: Language, origin: TextOrigin) {
        self.text = text
        self.language = language
        self.origin = origin
    }
}
