import Testing
@testable import GazetteKit

/// The scalar tables must answer as the standard library's properties do, for every scalar they cover
/// and the ones around them.
@Suite struct ScalarClassesTests {
    @Test func fastTestsAgreeWithThePropertiesOnEveryScalarUpToU3000() {
        var covered = 0
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            #expect(scalar.isWhitespaceFast == properties.isWhitespace, "U+\(String(value, radix: 16))")
            #expect(scalar.isUppercaseFast == properties.isUppercase, "U+\(String(value, radix: 16))")
            #expect(scalar.isLowercaseFast == properties.isLowercase, "U+\(String(value, radix: 16))")
            let wordPart = properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
            #expect(Tokenizer.isWordScalar(scalar) == wordPart, "U+\(String(value, radix: 16))")
            #expect(SummaryWords.isWordScalar(scalar) == (properties.isAlphabetic || properties.numericType != nil),
                    "U+\(String(value, radix: 16))")
            if ScalarClasses.of(scalar) != nil { covered += 1 }
        }
        #expect(covered == 0x180 + 0x70, "Latin up to U+017F and General Punctuation come from the tables")
        #expect(Tokenizer.isWordScalar("é") && !Tokenizer.isWordScalar("’") && "\u{A0}".unicodeScalars.first!.isWhitespaceFast)
    }
}
