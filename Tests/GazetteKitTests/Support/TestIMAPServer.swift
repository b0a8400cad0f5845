import Foundation

/// Debian's dovecot-imapd on a free loopback port, with its own configuration, state and mail in a
/// temporary folder: one user `gazette` whose INBOX is `maildir`. imaps:// only, with a throwaway
/// certificate the client trusts through `certificate`.
final class TestIMAPServer {
    static let executable = "/usr/sbin/dovecot"
    static let user = "gazette", password = "imap-test-password"

    let folder: String
    let port: Int
    let certificate: String
    var maildir: String { folder + "/home/\(Self.user)/Maildir" }
    var url: String { "imaps://127.0.0.1:\(port)/INBOX" }
    private let process: Process
    private let mailOwner: (uid: UInt32, gid: UInt32)

    struct Unavailable: Error, CustomStringConvertible { var description: String }

    init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.executable) else {
            throw Unavailable(description: "dovecot is not installed (scripts/install-system-packages.sh installs dovecot-imapd)")
        }
        folder = NSTemporaryDirectory() + "gazette-imap-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder + "/home/\(Self.user)/Maildir/new", withIntermediateDirectories: true)
        for sub in ["cur", "tmp"] {
            try FileManager.default.createDirectory(atPath: folder + "/home/\(Self.user)/Maildir/" + sub, withIntermediateDirectories: true)
        }
        let keys = try TestSMTPServer.makeSelfSignedCertificate(in: folder)
        certificate = keys.certificate
        port = try Self.freePort()
        // Dovecot refuses uid 0 for mail, and its login processes need unprivileged users: as root, the
        // package's own `dovecot`/`dovenull` and `nobody` for the mail; otherwise everything as us.
        let root = getuid() == 0
        let me = String(cString: getpwuid(getuid()).pointee.pw_name)
        mailOwner = root ? (65534, 65534) : (getuid(), getgid())
        let internalUser = root ? "dovecot" : me, loginUser = root ? "dovenull" : me
        try "\(Self.user):{PLAIN}\(Self.password)::::::\n".write(toFile: folder + "/passwd", atomically: true, encoding: .utf8)
        let config = """
            protocols = imap
            listen = 127.0.0.1
            base_dir = \(folder)/run
            state_dir = \(folder)/state
            log_path = \(folder)/dovecot.log
            ssl = required
            ssl_cert = <\(keys.certificate)
            ssl_key = <\(keys.key)
            default_internal_user = \(internalUser)
            default_login_user = \(loginUser)
            first_valid_uid = 0
            auth_mechanisms = plain
            passdb {
              driver = passwd-file
              args = scheme=PLAIN username_format=%u \(folder)/passwd
            }
            userdb {
              driver = static
              args = uid=\(mailOwner.uid) gid=\(mailOwner.gid) home=\(folder)/home/%u
            }
            mail_location = maildir:~/Maildir
            service imap-login {
              chroot =
              inet_listener imap {
                port = 0
              }
              inet_listener imaps {
                port = \(port)
                ssl = yes
              }
            }
            service anvil {
              chroot =
            }

            """
        try config.write(toFile: folder + "/dovecot.conf", atomically: true, encoding: .utf8)
        process = Process()
        try chownTree(folder + "/home")
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = ["-F", "-c", folder + "/dovecot.conf"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, process.isRunning, !Self.accepts(port) { usleep(50_000) }
        guard process.isRunning, Self.accepts(port) else {
            let log = (try? String(contentsOfFile: folder + "/dovecot.log", encoding: .utf8)) ?? ""
            stop()
            throw Unavailable(description: "dovecot did not start: \(log.suffix(400))")
        }
    }

    /// Puts a message in the INBOX, owned as dovecot expects.
    func deliver(_ text: String, name: String) throws {
        let path = maildir + "/new/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        chown(path, mailOwner.uid, mailOwner.gid)
    }

    func messageCount() -> Int {
        ["new", "cur"].reduce(0) { $0 + ((try? FileManager.default.contentsOfDirectory(atPath: maildir + "/" + $1))?.count ?? 0) }
    }

    func stop() {
        guard process.isRunning else { return }
        // SIGTERM, then SIGKILL: dovecot's master can wait long on an idle auth process, and its
        // children exit by themselves once the master's pipe closes.
        process.terminate()
        let deadline = Date().addingTimeInterval(3)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func chownTree(_ path: String) throws {
        chown(path, mailOwner.uid, mailOwner.gid)
        for entry in (FileManager.default.enumerator(atPath: path)?.allObjects as? [String]) ?? [] {
            chown(path + "/" + entry, mailOwner.uid, mailOwner.gid)
        }
    }

    static func freePort() throws -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) } }
        guard bound == 0 else { throw Unavailable(description: "no free port") }
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) } }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    static func accepts(_ port: Int) -> Bool {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = UInt16(port).bigEndian
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }
}
