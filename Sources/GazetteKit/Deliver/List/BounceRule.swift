/// Which refusals say the address itself is dead, so that it is suppressed rather than tried at every issue.
public enum BounceRule {
    /// 550/551/553 (RFC 5321: mailbox unavailable, not local, name not allowed) or an enhanced status
    /// 5.1.x (bad destination address) or 5.2.1 (mailbox disabled). Other 5xx replies (554 spam
    /// refusal at DATA, 552 over quota) are about the message, not the address, and only fail it.
    public static func isRecipientRefusal(code: Int, reply: String) -> Bool {
        if [550, 551, 553].contains(code) { return true }
        guard (500..<600).contains(code) else { return false }
        let words = reply.split(separator: " ")
        guard words.count > 1 else { return false }
        let status = words[1]
        return status.hasPrefix("5.1.") || status == "5.2.1"
    }
}
