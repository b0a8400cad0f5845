import Testing
@testable import GazetteKit

@Suite struct EmailAddressTests {
    @Test(arguments: [
        "ana@example.org",
        "Ana.Belanger@Example.ORG",
        "first.last+newsletter@mail.example.co.uk",
        "o'neil@example.ie",
        "x_y-z!#$%&*/=?^`{|}~@example.org",
        "ana@café.example",
        "ana@xn--caf-dma.example",
        "ana@123.example.org",
    ])
    func deliverableAddressesPass(address: String) {
        #expect(EmailAddress.problem(in: address) == nil)
    }

    @Test(arguments: [
        ("", "empty"),
        ("ana.example.org", "no @"),
        ("ana@@example.org", "two @"),
        ("a@b@example.org", "two @"),
        ("@example.org", "nothing before the @"),
        ("ana@", "nothing after the @"),
        ("ana @example.org", "contains a space"),
        ("ana@example.org\r\nBcc: all@example.org", "contains a line break"),
        ("ana@example.org\n", "contains a line break"),
        ("<ana@example.org>", "contains \"<\""),
        ("ana@example.org,bob@example.org", "contains \",\""),
        ("ana@example.org;", "contains \";\""),
        ("\"ana lee\"@example.org", "contains a space"),
        ("\"ana\"@example.org", "quoted names before the @ are not accepted"),
        (".ana@example.org", "a dot at the start or end of the name before the @"),
        ("ana.@example.org", "a dot at the start or end of the name before the @"),
        ("ana..lee@example.org", "two dots in a row"),
        ("anaé@example.org", "\"é\" is not allowed before the @"),
        ("ana@localhost", "no dot in the domain"),
        ("ana@example..org", "empty part in the domain (two dots, or a dot at an end)"),
        ("ana@example.org.", "empty part in the domain (two dots, or a dot at an end)"),
        ("ana@-example.org", "domain part \"-example\" starts or ends with a hyphen"),
        ("ana@example-.org", "domain part \"example-\" starts or ends with a hyphen"),
        ("ana@exa_mple.org", "\"_\" is not allowed in the domain"),
        ("ana@10.0.0.1", "the top-level domain is all digits"),
        ("ana@[10.0.0.1]", "IP address domains are not accepted"),
    ])
    func undeliverableAddressesSayWhy(address: String, reason: String) {
        #expect(EmailAddress.problem(in: address) == reason)
    }

    @Test func lengthLimitsAreInOctets() {
        let local64 = String(repeating: "a", count: 64)
        #expect(EmailAddress.problem(in: local64 + "@example.org") == nil)
        #expect(EmailAddress.problem(in: local64 + "a@example.org") == "more than 64 octets before the @")

        let label = String(repeating: "b", count: 60)
        let longDomain = [label, label, label, label, label].joined(separator: ".") + ".org"
        #expect(EmailAddress.problem(in: "ana@" + longDomain) == "longer than 254 octets")
        #expect(EmailAddress.problem(in: "ana@" + String(repeating: "c", count: 64) + ".org") == "domain part longer than 63 characters")
    }
}
