/// Word stems matched as prefixes of a lowercase word ("present" matches "presented"). Asked of nearly every
/// token, so an ASCII word is compared byte by byte with the stems that begin with its first byte: for ASCII
/// text that is exactly `hasPrefix`, whose grapheme and canonical-equivalence work cost hundreds of
/// instructions a stem. Other words take the general road, stems grouped by first scalar as before.
struct PrefixStems: Sendable {
    private let byFirstScalar: [Unicode.Scalar: [String]]
    /// Each stem's UTF-8 bytes, indexed by its first byte when that byte is ASCII.
    private let byFirstASCIIByte: [[[UInt8]]]

    init(_ stems: [String]) {
        let nonEmpty = stems.filter { !$0.isEmpty }
        byFirstScalar = Dictionary(grouping: nonEmpty) { $0.unicodeScalars.first! }
        var table = [[[UInt8]]](repeating: [], count: 128)
        for stem in nonEmpty where stem.utf8.first! < 0x80 { table[Int(stem.utf8.first!)].append(Array(stem.utf8)) }
        byFirstASCIIByte = table
    }

    func matchesPrefix(of word: String) -> Bool {
        let decided = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            guard let first = bytes.first else { return false }
            for byte in bytes where byte >= 0x80 { return nil }
            for stem in byFirstASCIIByte[Int(first)] where stem.count <= bytes.count {
                if stem.withUnsafeBufferPointer({ $0.elementsEqual(bytes.prefix(stem.count)) }) { return true }
            }
            return false
        }
        if let decided, let answer = decided { return answer }
        guard let first = word.unicodeScalars.first, let stems = byFirstScalar[first] else { return false }
        return stems.contains { word.hasPrefix($0) }
    }
}
