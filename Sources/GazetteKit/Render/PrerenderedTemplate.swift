import Mustache

/// A template rendered many times over with different strings for the same few keys: each trial of each talk
/// post (a year-long issue makes about a hundred thousand). For each set of keys present it is rendered once
/// with a marker in place of each value; a render is then the markers' text with the values put in.
///
/// That is only the same as rendering when the output is the template's own text and the values exactly as
/// given, which holds for plain variables and sections whatever the values are, and is checked rather than
/// assumed: a template that transforms values (`{{uppercased(title)}}`) or changes delimiters, a set of keys
/// whose markers do not come out whole and unescaped (an HTML template escapes `&`), or an empty value (the
/// `empty` transform tells it apart) is rendered by Mustache itself.
struct PrerenderedTemplate: Sendable {
    private enum Piece: Sendable {
        case text(String)
        case value(Int)
    }

    let template: MustacheTemplate
    let keys: [String]
    /// By bit mask of the keys present; nil where rendering must be left to Mustache.
    private let skeletons: [[Piece]?]

    /// `keys`: every key a render may be given (at most 8; each subset is rendered once here).
    init(_ template: MustacheTemplate, source: String, keys: [String]) {
        precondition(keys.count <= 8, "one skeleton per subset of keys")
        self.template = template
        self.keys = keys
        guard Self.isPlain(source) else {
            skeletons = Array(repeating: nil, count: 1 << keys.count)
            return
        }
        skeletons = (0..<(1 << keys.count)).map { mask in
            var markers: [String: Any] = [:]
            for (index, key) in keys.enumerated() where mask & (1 << index) != 0 { markers[key] = Self.marker(index) }
            return Self.pieces(of: template.render(markers), keyCount: keys.count)
        }
    }

    /// The template rendered with `values`, whose keys must be among `keys`.
    func render(_ values: [String: String]) -> String {
        var mask = 0
        var ordered: [String?] = Array(repeating: nil, count: keys.count)
        for (index, key) in keys.enumerated() {
            guard let value = values[key] else { continue }
            if value.isEmpty { return template.render(values) }
            mask |= 1 << index
            ordered[index] = value
        }
        guard let pieces = skeletons[mask] else { return template.render(values) }
        var output = ""
        for piece in pieces {
            switch piece {
            case .text(let text): output += text
            case .value(let index): output += ordered[index]!
            }
        }
        return output
    }

    /// Whether a render with these keys present puts values into a skeleton rather than asking Mustache.
    func isPrerendered(_ present: Set<String>) -> Bool {
        let mask = keys.indices.reduce(0) { present.contains(keys[$1]) ? $0 | 1 << $1 : $0 }
        return skeletons[mask] != nil
    }

    /// A value no real text holds: private-use delimiters around a letter (which a case transform would
    /// change) and `&<` (which HTML escaping would).
    private static let open: Unicode.Scalar = "\u{E000}", close: Unicode.Scalar = "\u{E001}"
    private static func marker(_ index: Int) -> String {
        "\(open)\(Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(index))))&<\(close)"
    }

    /// The rendered markers as text and values; nil when any marker is not whole, or the template's own text
    /// holds the delimiters.
    private static func pieces(of rendered: String, keyCount: Int) -> [Piece]? {
        var pieces: [Piece] = []
        var text = String.UnicodeScalarView()
        let scalars = Array(rendered.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == close { return nil }
            guard scalar == open else {
                text.append(scalar)
                index += 1
                continue
            }
            guard index + 4 < scalars.count, scalars[index + 2] == "&", scalars[index + 3] == "<", scalars[index + 4] == close,
                  scalars[index + 1].value >= 0x61, Int(scalars[index + 1].value) - 0x61 < keyCount else { return nil }
            if !text.isEmpty { pieces.append(.text(String(text))) }
            text = String.UnicodeScalarView()
            pieces.append(.value(Int(scalars[index + 1].value) - 0x61))
            index += 5
        }
        if !text.isEmpty { pieces.append(.text(String(text))) }
        return pieces
    }

    /// No tag applies a transform (`name(value)`) and the delimiters stay `{{ }}`, so a value can only come
    /// out as itself, and the template's text holds no marker delimiter. Checked on the source text, as swift-mustache keeps its parsed tags to itself.
    static func isPlain(_ source: String) -> Bool {
        if source.unicodeScalars.contains(where: { $0 == open || $0 == close }) { return false }
        var rest = source[...]
        while let start = rest.range(of: "{{") {
            guard let end = rest[start.upperBound...].range(of: "}}") else { return true }
            let tag = rest[start.upperBound..<end.lowerBound]
            if tag.hasPrefix("=") || tag.contains("(") { return false }
            rest = rest[end.upperBound...]
        }
        return true
    }
}
