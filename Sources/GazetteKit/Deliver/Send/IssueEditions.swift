import Foundation

/// A composed issue folder as the delivery stage needs it: each edition's subject and both bodies, read
/// once and split at the unsubscribe placeholder so each subscriber's copy is a cheap join.
public struct IssueEditions: Sendable {
    public var issue: String
    /// The issue folder (`outbox/<issue>`).
    public var folder: String
    /// The outbox holding it (its parent), where the ledger lives.
    public var outbox: String { (folder as NSString).deletingLastPathComponent }
    public var editions: [Edition: EditionBodies]

    public struct EditionBodies: Sendable {
        public var edition: Edition
        public var subject: String
        public var text: PersonalizedBody
        public var html: PersonalizedBody
        /// `fr`, `en`, or both in the edition's order.
        public var contentLanguage: String
        /// The newsletter's name in this edition's language (nil for the bilingual one, or an older issue).
        public var newsletterName: String? = nil
    }

    /// The newsletter's name in every language, as composed.
    public var newsletterNames: Set<String> = []

    /// The placeholder the renderer writes where each subscriber's unsubscribe link goes.
    public static let unsubscribePlaceholder = "{{unsubscribe_url}}"

    /// `forSending`: a real send refuses an issue `preview` made (a dry run of composing); a dry run of
    /// sending takes it, so an organizer can see the whole month before anything is recorded.
    public static func load(folder: String, forSending: Bool = true) throws -> IssueEditions {
        let manifestPath = (folder as NSString).appendingPathComponent("manifest.json")
        guard let data = FileManager.default.contents(atPath: manifestPath) else {
            throw DeliveryError("\(manifestPath): no composed issue here (run `gazette compose` first)")
        }
        let manifest: Manifest
        do {
            manifest = try JSONDecoder().decode(Manifest.self, from: data)
        } catch {
            throw DeliveryError("\(manifestPath): not a Gazette manifest (\(error.localizedDescription))")
        }
        if manifest.dryRun && forSending {
            throw DeliveryError("\(manifestPath): this issue was composed by `preview`, a dry run; compose it for real to send it")
        }
        var editions: [Edition: EditionBodies] = [:]
        for edition in Edition.allCases {
            let parts = manifest.artifacts.filter { $0.language == edition.rawValue }
            guard let html = parts.first(where: { $0.kind == "email-html" }),
                  let text = parts.first(where: { $0.kind == "email-text" }) else { continue }
            func read(_ entry: Manifest.Artifact) throws -> String {
                let path = (folder as NSString).appendingPathComponent(entry.path)
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw DeliveryError("\(path): listed in the manifest but cannot be read")
                }
                return String(decoding: data, as: UTF8.self)
            }
            guard let subject = html.subject ?? text.subject else {
                throw DeliveryError("\(manifestPath): no subject for the \(edition.rawValue) edition (composed by an older Gazette? compose it again)")
            }
            let languages: [String]
            switch edition {
            case .fr: languages = ["fr"]
            case .en: languages = ["en"]
            case .bilingual: languages = manifest.bilingualOrder ?? ["fr", "en"]
            }
            editions[edition] = EditionBodies(
                edition: edition, subject: subject,
                text: PersonalizedBody(try read(text), placeholder: unsubscribePlaceholder, escapeForHTML: false),
                html: PersonalizedBody(try read(html), placeholder: unsubscribePlaceholder, escapeForHTML: true),
                contentLanguage: languages.joined(separator: ", "),
                newsletterName: edition == .bilingual ? nil : manifest.newsletterNames?[edition.rawValue])
        }
        if editions.isEmpty { throw DeliveryError("\(manifestPath): the issue has no email edition") }
        return IssueEditions(issue: manifest.issue, folder: folder, editions: editions,
                             newsletterNames: Set(manifest.newsletterNames?.values.map { $0 } ?? []))
    }

    /// The edition a subscriber gets: the one they asked for, else the bilingual one (it has their
    /// language), else whichever was composed.
    public func bodies(for edition: Edition) -> EditionBodies {
        if let wanted = editions[edition] { return wanted }
        if let bilingual = editions[.bilingual] { return bilingual }
        return editions[.fr] ?? editions[.en]!
    }

    /// What the manifest says that delivery uses; the rest is for other tools.
    private struct Manifest: Decodable {
        var issue: String
        var dryRun: Bool
        var artifacts: [Artifact]
        var bilingualOrder: [String]?
        var newsletterNames: [String: String]?

        struct Artifact: Decodable {
            var kind: String
            var language: String
            var path: String
            var subject: String?
        }
    }
}

/// A body with the unsubscribe placeholder cut out, so filling it in per subscriber is a join, and
/// encoding it for the wire mostly done once (see QuotedPrintableTemplate).
public struct PersonalizedBody: Sendable {
    private let pieces: [String]
    private let escapeForHTML: Bool
    private let length: Int
    private let template: QuotedPrintableTemplate

    public init(_ body: String, placeholder: String, escapeForHTML: Bool) {
        pieces = body.components(separatedBy: placeholder)
        self.escapeForHTML = escapeForHTML
        length = body.utf8.count
        template = QuotedPrintableTemplate(pieces: pieces)
    }

    /// `QuotedPrintable.encode(filled(unsubscribeURL: url))`, the same bytes, at the cost of the link.
    func quotedPrintable(unsubscribeURL url: String) -> [UInt8] {
        template.encoded(filledWith: escapeForHTML ? url.htmlEscaped : url)
    }

    /// Whether the template put the placeholder anywhere: if not, the link is only in the headers.
    public var hasPlaceholder: Bool { pieces.count > 1 }

    public func filled(unsubscribeURL url: String) -> String {
        guard pieces.count > 1 else { return pieces[0] }
        let value = escapeForHTML ? url.htmlEscaped : url
        var result = ""
        result.reserveCapacity(length + pieces.count * value.utf8.count)
        for (index, piece) in pieces.enumerated() {
            if index > 0 { result += value }
            result += piece
        }
        return result
    }
}

public struct DeliveryError: Error, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
