import Foundation
import GazetteKit
import Hummingbird

/// What the unsubscribe URL does: a GET shows a page with one button and changes nothing (mail
/// scanners and link previews fetch every link); a POST with `List-Unsubscribe=One-Click` (RFC 8058)
/// records the unsubscribe and answers 200, again and again. A token that does not verify gets the same
/// plain 404 as a page that does not exist.
struct UnsubscribeHandler: Sendable {
    let store: SuppressionStore
    let tokens: UnsubscribeToken
    let pages: UnsubscribePages
    let maxBodyBytes: Int

    static func shortened(_ token: String) -> String {
        token.count <= 6 ? String(repeating: "*", count: token.count) : String(token.prefix(6)) + "…"
    }

    private func token(_ request: Request, _ context: some RequestContext) -> String? {
        if let fromPath = context.parameters.get("token") { return fromPath }
        return request.uri.queryParameters.get("token")
    }

    func page(_ request: Request, _ context: some RequestContext) -> Response {
        guard let token = token(request, context), let address = tokens.address(in: token) else { return Self.notFound }
        let languages = (try? store.lastEdition(sentTo: address))?.languages() ?? [.fr, .en]
        let suppressed = (try? store.contains(address)) ?? false
        return Self.html(suppressed ? pages.done(address: address, languages: languages) : pages.confirm(address: address, languages: languages))
    }

    func unsubscribe(_ request: Request, _ context: some RequestContext) async throws -> Response {
        var request = request
        guard let token = token(request, context), let address = tokens.address(in: token) else { return Self.notFound }
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: maxBodyBytes)
        } catch {
            return Response(status: .contentTooLarge, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "Request body too large\n")))
        }
        let form = Self.formFields(String(buffer: body))
        // RFC 8058: the body names the one-click action; anything else is not an unsubscribe request.
        guard form["List-Unsubscribe"] == "One-Click" else {
            return Response(status: .badRequest, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "Expected List-Unsubscribe=One-Click\n")))
        }
        let how: Suppression.How = form["via"] == "page" ? .page : .oneClick
        // The last issue the ledger sent this address: the one the click most likely came from.
        let issue = (try? store.lastIssue(sentTo: address)) ?? nil
        do {
            try store.record(address, how: how, issue: issue)
        } catch {
            // The person must be able to try again: a 503 rather than a false "done".
            return Response(status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8", .retryAfter: "5"],
                            body: .init(byteBuffer: ByteBuffer(string: "Try again in a moment\n")))
        }
        if how == .page {
            let languages = (try? store.lastEdition(sentTo: address))?.languages() ?? [.fr, .en]
            return Self.html(pages.done(address: address, languages: languages))
        }
        return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(string: "Unsubscribed\n")))
    }

    static var notFound: Response {
        Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: "Not found\n")))
    }

    static func html(_ text: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                                        .init("Referrer-Policy")!: "no-referrer"],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// `application/x-www-form-urlencoded` fields; RFC 8058 bodies may also come as multipart, whose
    /// `name="List-Unsubscribe"` part is read too.
    static func formFields(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        if body.contains("name=\"List-Unsubscribe\"") {
            if body.contains("One-Click") { fields["List-Unsubscribe"] = "One-Click" }
            return fields
        }
        for pair in body.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String($0)
            }
            if parts.count == 2 { fields[parts[0]] = parts[1] }
        }
        return fields
    }
}
