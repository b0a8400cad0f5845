/// The server refused the login (535) or demands one (530). A configuration error: every later message
/// and every later cron run would fail the same way, so the send stops at once and says which key to fix.
public struct LoginRefused: Error, CustomStringConvertible, Equatable {
    public var reply: String
    /// The `smtp.user` that was tried; nil when none is configured.
    public var user: String?

    public init(reply: String, user: String?) {
        self.reply = reply
        self.user = user
    }

    public var description: String {
        guard let user else {
            return "error: the SMTP server wants a login (\(reply)): set smtp.user, and the password in "
                + "GAZETTE_SMTP_PASSWORD or smtp.password_file; the send stopped"
        }
        return "error: the SMTP server refused the login of \(user.debugDescription) (\(reply)): fix smtp.user or the password "
            + "(GAZETTE_SMTP_PASSWORD or smtp.password_file); the send stopped"
    }
}
