import Yams

extension DeliverySettings {
    /// Reads the `delivery:` section; `fail` makes the error for a key and message.
    mutating func read(delivery settings: Node.Mapping, resolve: (String) -> String,
                       fail: (String, String) -> ConfigError) throws {
        for (keyNode, value) in settings {
            guard let key = keyNode.string else { continue }
            switch key {
            case "subscribers": subscribers = try path(value, key, resolve, fail)
            case "suppression": suppression = try path(value, key, resolve, fail)
            case "from": from = try text(value, key, fail)
            case "reply_to": replyTo = try text(value, key, fail)
            case "return_path": returnPath = try text(value, key, fail)
            case "list_id": listID = try text(value, key, fail)
            case "unsubscribe_url":
                let pattern = try text(value, key, fail)
                guard pattern.lowercased().hasPrefix("https://"), pattern.contains("{token}") else {
                    throw fail(key, "expected an https:// URL containing {token}")
                }
                unsubscribeURL = pattern
            case "unsubscribe_mailto": unsubscribeMailto = try text(value, key, fail)
            case _ where ListSettings.configKeys.contains(key): try read(listKey: key, value, fail: fail)
            case "rate":
                guard let parsed = DeliverySettings.rate(try text(value, key, fail)) else {
                    throw fail(key, "expected messages per second, like 10 or 10/s or 600/min")
                }
                rate = parsed
            case "retry":
                guard let mapping = value.mapping else { throw fail(key, "expected rounds, delay_seconds, max_attempts") }
                for (subKey, subValue) in mapping {
                    switch subKey.string {
                    case "rounds":
                        guard let number = subValue.int, number >= 0 else { throw fail(key, "rounds: expected a number ≥ 0") }
                        retry.rounds = number
                    case "delay_seconds":
                        guard let number = subValue.float, number >= 0 else { throw fail(key, "delay_seconds: expected seconds ≥ 0") }
                        retry.delaySeconds = number
                    case "max_attempts":
                        guard let number = subValue.int, number >= 1 else { throw fail(key, "max_attempts: expected a number ≥ 1") }
                        retry.maxAttempts = number
                    default: continue
                    }
                }
            default: continue
            }
        }
    }

    /// Reads the `smtp:` section. A `password:` key is refused: passwords stay out of files that get
    /// committed and shared; `password_file` names a file only the sender's account can read.
    mutating func read(smtp settings: Node.Mapping, resolve: (String) -> String,
                       fail: (String, String) -> ConfigError) throws {
        for (keyNode, value) in settings {
            guard let key = keyNode.string else { continue }
            switch key {
            case "url":
                let url = try text(value, key, fail)
                if let problem = SMTPURLCheck.problem(url) { throw fail(key, problem) }
                smtpURL = url
            case "user": smtpUser = try text(value, key, fail)
            case "password_file": smtpPasswordFile = try path(value, key, resolve, fail)
            case "password":
                throw fail(key, "passwords do not go in the config: use password_file or GAZETTE_SMTP_PASSWORD")
            case "ca_file": smtpCAFile = try path(value, key, resolve, fail)
            case "insecure_no_tls":
                guard let flag = value.bool else { throw fail(key, "expected true or false") }
                smtpInsecureNoTLS = flag
            case "timeout_seconds":
                guard let seconds = value.float, seconds > 0 else { throw fail(key, "expected seconds") }
                smtpTimeoutSeconds = seconds
            default: continue
            }
        }
    }

    private func text(_ node: Node, _ key: String, _ fail: (String, String) -> ConfigError) throws -> String {
        guard let string = node.string, !string.isEmpty else { throw fail(key, "expected text") }
        return string
    }

    private func path(_ node: Node, _ key: String, _ resolve: (String) -> String,
                      _ fail: (String, String) -> ConfigError) throws -> String {
        resolve(try text(node, key, fail))
    }
}
