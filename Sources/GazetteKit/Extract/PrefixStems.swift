import Foundation

/// Word stems matched as prefixes of a lowercase word ("present" matches "presented"), each stem tried on
/// the words that begin with its first scalar. Asked of nearly every token, so a word written only in ASCII
/// and the Latin letters up to U+017F (all of French and English) is compared byte by byte: those
/// characters are each their own grapheme and already in normal form, so a byte prefix is exactly a
/// `hasPrefix`, without its hundreds of instructions of grapheme and canonical-equivalence work a stem.
/// Other words, and stems outside that range, take the general road.
struct PrefixStems: Sendable {
    /// Stems of plain Latin text, as UTF-8, by their first byte.
    private let latinByFirstByte: [[[UInt8]]]
    /// Every stem by its first scalar, for the general road.
    private let byFirstScalar: [Unicode.Scalar: [String]]
    /// Stems outside plain Latin by their first scalar: a plain word must still try them the general way.
    private let otherByFirstScalar: [Unicode.Scalar: [String]]

    init(_ stems: [String]) {
        let nonEmpty = stems.filter { !$0.isEmpty }
        byFirstScalar = Dictionary(grouping: nonEmpty) { $0.unicodeScalars.first! }
        var table = [[[UInt8]]](repeating: [], count: 256)
        var other: [String] = []
        for stem in nonEmpty {
            let bytes = Array(stem.utf8)
            if bytes.withUnsafeBufferPointer(PlainLatinText.isPlain) { table[Int(bytes[0])].append(bytes) } else { other.append(stem) }
        }
        latinByFirstByte = table
        otherByFirstScalar = Dictionary(grouping: other) { $0.unicodeScalars.first! }
    }

    func matchesPrefix(of word: String) -> Bool {
        enum Verdict { case matched, plainUnmatched, notPlain }
        let verdict = word.utf8.withContiguousStorageIfAvailable { bytes -> Verdict in
            guard let base = bytes.baseAddress, let first = bytes.first, PlainLatinText.isPlain(bytes) else { return .notPlain }
            for stem in latinByFirstByte[Int(first)] where stem.count <= bytes.count {
                if stem.withUnsafeBufferPointer({ memcmp($0.baseAddress!, base, $0.count) == 0 }) { return .matched }
            }
            return .plainUnmatched
        } ?? .notPlain
        if verdict == .matched { return true }
        guard let first = word.unicodeScalars.first else { return false }
        // A plain word that matched no plain stem may still match another (no stem is one today).
        let remaining = verdict == .plainUnmatched ? otherByFirstScalar[first] : byFirstScalar[first]
        return remaining?.contains { word.hasPrefix($0) } ?? false
    }
}
