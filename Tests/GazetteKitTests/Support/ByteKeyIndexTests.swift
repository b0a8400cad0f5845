import Testing
@testable import GazetteKit

/// The byte index under `WordTable` and `TokenVocabulary`: every key inserted is found with its entry
/// number, nothing else is found, and an emptied index finds nothing.
@Suite struct ByteKeyIndexTests {
    static func find(_ index: ByteKeyIndex, _ key: [UInt8]) -> Int? {
        key.withUnsafeBufferPointer { index.entry($0, hash: ByteKeyIndex.hash($0)) }
    }

    @Test func everyKeyIsFoundWithItsEntryAndNoOtherKeyIs() {
        var generator = SeededGenerator(state: 31)
        var keys: [[UInt8]] = [[]]
        var seen: Set<[UInt8]> = [[]]
        while keys.count < 3_000 {
            let key = (0..<Int.random(in: 1...9, using: &generator)).map { _ in UInt8.random(in: 97...100, using: &generator) }
            if seen.insert(key).inserted { keys.append(key) }
        }
        var index = ByteKeyIndex(capacity: keys.count)
        for (number, key) in keys.enumerated() {
            #expect(key.withUnsafeBufferPointer { index.insert($0, hash: ByteKeyIndex.hash($0)) } == number)
        }
        #expect(index.count == keys.count)
        for (number, key) in keys.enumerated() { #expect(Self.find(index, key) == number) }
        for _ in 0..<3_000 {
            let stranger = (0..<Int.random(in: 1...10, using: &generator)).map { _ in UInt8.random(in: 97...101, using: &generator) }
            #expect(Self.find(index, stranger) == (seen.contains(stranger) ? keys.firstIndex(of: stranger) : nil))
        }
        index.removeAll()
        #expect(index.count == 0)
        #expect(keys.allSatisfy { Self.find(index, $0) == nil })
    }

    @Test func hashingAsWrittenEqualsHashingTheWhole() {
        let bytes = Array("Montréal’s d’été".utf8)
        var state = ByteKeyIndex.hashSeed
        for byte in bytes { state = ByteKeyIndex.hash(state, byte) }
        #expect(ByteKeyIndex.finish(state) == bytes.withUnsafeBufferPointer(ByteKeyIndex.hash))
    }
}
