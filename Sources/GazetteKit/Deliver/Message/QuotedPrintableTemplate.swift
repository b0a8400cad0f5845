import Foundation

/// A body whose only per-subscriber part is one value (the unsubscribe link) put in at every
/// placeholder, encoded as quoted-printable the way `QuotedPrintable.encode` encodes the filled-in
/// text, byte for byte, but encoding the fixed pieces once rather than once per subscriber.
///
/// Quoted-printable is not position-free: where a piece's soft line breaks fall depends on the column it
/// starts at, which depends on the length of the link before it, and the encoding of a piece's last
/// bytes depends on what follows it (a line break, or `From `). So each piece is encoded once per
/// (starting column, following bytes) it is met with, at most 76 columns, and kept.
final class QuotedPrintableTemplate: @unchecked Sendable {
    private let pieces: [[UInt8]]
    private let lock = NSLock()
    private var encodedPieces: [PieceKey: EncodedPiece] = [:]

    /// The most bytes QuotedPrintable looks past a byte: `From ` at a line start.
    private static let lookahead = 5

    private struct PieceKey: Hashable {
        var piece: Int
        var column: Int
        var following: [UInt8]
    }

    private struct EncodedPiece {
        var bytes: [UInt8]
        var column: Int
    }

    /// `pieces` are the body's text between placeholders (one more than there are placeholders).
    init(pieces: [String]) {
        self.pieces = pieces.map { Array($0.utf8) }
    }

    /// The body with `value` at every placeholder, quoted-printable.
    func encoded(filledWith value: String) -> [UInt8] {
        let fill = Array(value.utf8)
        // A value with a line break could straddle a piece's CR LF, and an empty one would join two
        // pieces: both encode differently from the pieces on their own, so they take the plain road.
        guard pieces.count > 1, !fill.isEmpty, !fill.contains(10), !fill.contains(13) else {
            return QuotedPrintable.encode(joined(with: fill))
        }
        var result: [UInt8] = []
        result.reserveCapacity(pieces.reduce(0) { $0 + $1.count } * 3 / 2 + pieces.count * QuotedPrintable.capacity(for: fill.count))
        var column = 0
        for index in pieces.indices {
            if index > 0 {
                let encodedFill = Self.encode(fill, following: following(fill: fill, beforePiece: index), column: &column)
                result += encodedFill
            }
            let piece = encodedPiece(index, column: column, following: index + 1 < pieces.count ? Array(fill.prefix(Self.lookahead)) : [])
            result += piece.bytes
            column = piece.column
        }
        return result
    }

    private func encodedPiece(_ index: Int, column: Int, following: [UInt8]) -> EncodedPiece {
        let key = PieceKey(piece: index, column: column, following: following)
        lock.lock()
        if let known = encodedPieces[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        var endColumn = column
        let bytes = Self.encode(pieces[index], following: following, column: &endColumn)
        let made = EncodedPiece(bytes: bytes, column: endColumn)
        lock.lock()
        encodedPieces[key] = made
        lock.unlock()
        return made
    }

    /// The bytes after the value put in before piece `index`: that piece's first ones, then (when the
    /// piece is shorter) the next value and piece.
    private func following(fill: [UInt8], beforePiece index: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var next = index
        while bytes.count < Self.lookahead, next < pieces.count {
            bytes += pieces[next].prefix(Self.lookahead - bytes.count)
            next += 1
            if bytes.count < Self.lookahead, next < pieces.count { bytes += fill.prefix(Self.lookahead - bytes.count) }
        }
        return bytes
    }

    private static func encode(_ bytes: [UInt8], following: [UInt8], column: inout Int) -> [UInt8] {
        let input = bytes + following
        return input.withUnsafeBufferPointer { buffer in
            [UInt8](unsafeUninitializedCapacity: QuotedPrintable.capacity(for: bytes.count)) { output, written in
                written = 0
                _ = QuotedPrintable.encode(buffer, upTo: bytes.count, column: &column, into: output, at: &written)
            }
        }
    }

    private func joined(with fill: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        for (index, piece) in pieces.enumerated() {
            if index > 0 { bytes += fill }
            bytes += piece
        }
        return bytes
    }
}
