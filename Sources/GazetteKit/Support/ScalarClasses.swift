/// The Unicode properties the extractor asks of every scalar, for the scalars recap text is nearly all
/// made of beyond ASCII: Latin-1 and Latin Extended-A (U+0080–U+017F, every French letter) and General
/// Punctuation (U+2000–U+206F: ’ “ ” — … and the thin spaces). Read once from the standard library's
/// own tables, so every answer is the standard library's; a look-up there costs about three hundred
/// instructions, and the tokenizer and the summarizer ask one or two for each accented letter.
struct ScalarClasses: OptionSet, Sendable {
    let rawValue: UInt8

    static let whitespace = ScalarClasses(rawValue: 1)
    static let uppercase = ScalarClasses(rawValue: 2)
    static let lowercase = ScalarClasses(rawValue: 4)
    /// Alphabetic, numeric or a nonspacing mark: what a word is made of (`Tokenizer.isWordScalar`).
    static let wordPart = ScalarClasses(rawValue: 8)
    /// Alphabetic or numeric: what the summarizer's words are made of (`SummaryWords`).
    static let alphanumeric = ScalarClasses(rawValue: 16)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(reading scalar: Unicode.Scalar) {
        let properties = scalar.properties
        var classes: ScalarClasses = []
        if properties.isWhitespace { classes.insert(.whitespace) }
        if properties.isUppercase { classes.insert(.uppercase) }
        if properties.isLowercase { classes.insert(.lowercase) }
        if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
            classes.insert(.wordPart)
        }
        if properties.isAlphabetic || properties.numericType != nil { classes.insert(.alphanumeric) }
        self = classes
    }

    private static let latinEnd: UInt32 = 0x180
    private static let punctuationStart: UInt32 = 0x2000, punctuationEnd: UInt32 = 0x2070

    private static let latin: [ScalarClasses] = (0..<latinEnd).map { ScalarClasses(reading: Unicode.Scalar($0)!) }
    private static let punctuation: [ScalarClasses] = (punctuationStart..<punctuationEnd).map { ScalarClasses(reading: Unicode.Scalar($0)!) }

    /// The classes of a scalar in the tables' ranges; nil elsewhere.
    static func of(_ scalar: Unicode.Scalar) -> ScalarClasses? {
        let value = scalar.value
        if value < latinEnd { return latin.withUnsafeBufferPointer { $0[Int(value)] } }
        if value >= punctuationStart, value < punctuationEnd {
            return punctuation.withUnsafeBufferPointer { $0[Int(value - punctuationStart)] }
        }
        return nil
    }

    /// The classes of any scalar: from the tables, else from its properties. Kept out of line so that the
    /// ASCII tests in front of it (`isUppercaseFast` and the like) stay small enough to inline.
    @inline(never)
    static func classes(of scalar: Unicode.Scalar) -> ScalarClasses {
        of(scalar) ?? ScalarClasses(reading: scalar)
    }
}
