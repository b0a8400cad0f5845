extension String {
    /// Like `trimmingWhitespace()`, but hands back the string itself when there is nothing to trim, which
    /// is nearly every cell of a subscribers file: no copy, no Unicode table look-up per field.
    func withoutSurroundingWhitespace() -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return self }
        return first.isWhitespaceFast || last.isWhitespaceFast ? trimmingWhitespace() : self
    }
}
