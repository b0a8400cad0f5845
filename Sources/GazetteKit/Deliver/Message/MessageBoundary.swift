/// The multipart boundary: `=_gazette_` followed by 32 random hex digits.
///
/// It cannot occur in the parts, so the bodies need no scanning: both parts are quoted-printable, and
/// quoted-printable output never contains `=_` (a literal `=` is always encoded as `=3D`, and every
/// `=` it writes is followed by a hex digit or a line break). The part headers are fixed ASCII without
/// `=_`. The random tail only keeps a forwarded message's boundary distinct from this one.
enum MessageBoundary {
    static let prefix = "=_gazette_"

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return prefix + hex(generator.next() as UInt64) + hex(generator.next() as UInt64)
    }

    /// A boundary given by a caller (tests): RFC 2046 bchars, 1 to 70 of them, not ending in a space.
    static func checked(_ boundary: String) throws -> String {
        let allowed = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'()+_,-./:=? "
        guard (1...70).contains(boundary.utf8.count), !boundary.hasSuffix(" "),
              boundary.allSatisfy({ allowed.contains($0) }) else {
            throw MessageError("multipart boundary \"\(boundary)\" is not a valid RFC 2046 boundary")
        }
        return boundary
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
