#!/usr/bin/env python3
"""Gazette's SMTP server for tests: stores every accepted message, refuses chosen recipients,
offers STARTTLS and AUTH, and can stop or slow down mid-batch.

A test tool, written in Python because aiosmtpd (Debian's python3-aiosmtpd) already speaks
SMTP, STARTTLS and AUTH correctly. Never use it for real mail.

    python3 scripts/smtp-test-server.py --store DIR --ready-file FILE [--host 127.0.0.1] [--port 0]
        [--reply ADDRESS=CODE ...] [--reply-file FILE] [--tls-cert CERT --tls-key KEY]
        [--require-tls] [--auth USER:PASSWORD] [--stop-after N] [--delay-ms N] [--reply-delay-ms N]

Store layout: DIR/NNNNNN.json ({"mail_from", "rcpt_tos", "connection", "received_at"}) then DIR/NNNNNN.eml (the
message bytes as received, dot-stuffing undone), each renamed into place, the .eml last; one line
per connection in DIR/connections.log. FILE receives the port once the server listens.
"""

import argparse
import asyncio
import json
import os
import signal
import ssl
import sys
import time

try:
    from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
except ImportError:
    # pyenv or a virtualenv may shadow the system interpreter that has Debian's aiosmtpd.
    if os.path.realpath(sys.executable) != os.path.realpath("/usr/bin/python3") and os.path.exists("/usr/bin/python3"):
        os.execv("/usr/bin/python3", ["/usr/bin/python3"] + sys.argv)
    sys.exit("smtp-test-server: aiosmtpd is missing; run scripts/install-system-packages.sh "
             "(or apt-get install python3-aiosmtpd)")

REPLY_TEXTS = {
    421: "421 4.3.2 Service shutting down (test)",
    450: "450 4.2.1 <{address}>: Mailbox busy (test)",
    451: "451 4.3.0 <{address}>: Temporary local problem, try again later (test)",
    452: "452 4.2.2 <{address}>: Mailbox full (test)",
    550: "550 5.1.1 <{address}>: Recipient address rejected: User unknown (test)",
    551: "551 5.1.6 <{address}>: User not local (test)",
    552: "552 5.2.2 <{address}>: Mailbox full (test)",
    553: "553 5.1.3 <{address}>: Mailbox name not allowed (test)",
    554: "554 5.7.1 <{address}>: Relay access denied (test)",
}


def reply_text(code, address):
    template = REPLY_TEXTS.get(code) or (
        f"{code} 4.0.0 <{{address}}>: Temporarily refused (test)" if code < 500
        else f"{code} 5.0.0 <{{address}}>: Refused (test)")
    return template.format(address=address)


def parse_reply(text):
    address, _, code = text.rpartition("=")
    if not address or not code.isdigit() or not 400 <= int(code) <= 599:
        raise argparse.ArgumentTypeError(f"expected ADDRESS=CODE with a 4xx or 5xx code, got {text!r}")
    return address.lower(), int(code)


def read_reply_file(path):
    """Re-read at every RCPT so a test can change the answers while the server runs."""
    replies = {}
    try:
        with open(path, encoding="utf-8") as file:
            for line in file:
                fields = line.split()
                if len(fields) == 2 and fields[1].isdigit():
                    replies[fields[0].lower()] = int(fields[1])
    except FileNotFoundError:
        pass
    return replies


def write_atomically(path, data):
    temporary = os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".tmp")
    with open(temporary, "wb") as file:
        file.write(data)
    os.replace(temporary, path)


class Store:
    def __init__(self, folder):
        self.folder = folder
        os.makedirs(folder, exist_ok=True)
        self.messages = 0
        self.connections = 0
        self.connections_log = open(os.path.join(folder, "connections.log"), "a", encoding="utf-8")

    def log_connection(self):
        self.connections += 1
        self.connections_log.write(f"{self.connections}\n")
        self.connections_log.flush()
        return self.connections

    def save(self, envelope, connection):
        self.messages += 1
        stem = os.path.join(self.folder, f"{self.messages:06d}")
        record = {"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos, "connection": connection,
                  "received_at": time.time()}
        # The .json first: a reader that sees the .eml finds its pair complete.
        write_atomically(stem + ".json", json.dumps(record).encode())
        write_atomically(stem + ".eml", envelope.original_content)


class CountedSMTP(SMTP):
    """One instance per TCP connection (STARTTLS keeps the instance)."""

    def __init__(self, handler, connection, reply_delay=0, **options):
        super().__init__(handler, **options)
        self.connection_number = connection
        self.reply_delay = reply_delay

    async def push(self, status):
        # --reply-delay-ms: every reply late, as over a network with that round trip.
        if self.reply_delay:
            await asyncio.sleep(self.reply_delay)
        await super().push(status)


class Handler:
    def __init__(self, options, store):
        self.options = options
        self.store = store
        self.fixed_replies = dict(options.reply)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        replies = dict(self.fixed_replies)
        if self.options.reply_file:
            replies.update(read_reply_file(self.options.reply_file))
        code = replies.get(address.lower())
        if code is not None:
            return reply_text(code, address)
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 Ok"

    async def handle_DATA(self, server, session, envelope):
        if self.options.delay_ms:
            await asyncio.sleep(self.options.delay_ms / 1000)
        self.store.save(envelope, server.connection_number)
        reply = f"250 2.0.0 Ok: queued as {self.store.messages:06d}"
        if self.options.stop_after and self.store.messages >= self.options.stop_after:
            # "Server stopped mid-batch": the client gets this reply, then every connection dies with us.
            await server.push(reply)
            self.store.connections_log.flush()
            os._exit(0)
        return reply


def authenticator_for(credentials):
    user, _, password = credentials.partition(":")

    def authenticate(server, session, envelope, mechanism, auth_data):
        valid = (isinstance(auth_data, LoginPassword)
                 and auth_data.login == user.encode() and auth_data.password == password.encode())
        return AuthResult(success=valid, handled=False)  # handled=False: aiosmtpd answers 535 itself

    return authenticate


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True, help="folder receiving the accepted messages")
    parser.add_argument("--ready-file", required=True, help="receives the port once listening")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0: any free port")
    parser.add_argument("--reply", type=parse_reply, action="append", default=[], metavar="ADDRESS=CODE",
                        help="answer RCPT TO:<ADDRESS> with CODE")
    parser.add_argument("--reply-file", help='"ADDRESS CODE" lines, re-read at every RCPT')
    parser.add_argument("--tls-cert", help="PEM certificate: offer STARTTLS")
    parser.add_argument("--tls-key", help="PEM private key of --tls-cert")
    parser.add_argument("--require-tls", action="store_true", help="refuse MAIL before STARTTLS (530)")
    parser.add_argument("--auth", metavar="USER:PASSWORD", help="require AUTH PLAIN or LOGIN")
    parser.add_argument("--stop-after", type=int, default=0, metavar="N",
                        help="exit, dropping every connection, after accepting N messages")
    parser.add_argument("--delay-ms", type=int, default=0, metavar="N", help="wait N ms before answering DATA")
    parser.add_argument("--reply-delay-ms", type=int, default=0, metavar="N",
                        help="wait N ms before every reply (greeting, EHLO, MAIL, RCPT, DATA…), like a round trip")
    options = parser.parse_args()
    if bool(options.tls_cert) != bool(options.tls_key):
        parser.error("--tls-cert and --tls-key go together")
    if options.require_tls and not options.tls_cert:
        parser.error("--require-tls needs --tls-cert and --tls-key")
    if options.auth and ":" not in options.auth:
        parser.error("--auth expects USER:PASSWORD")
    return options


async def serve(options):
    tls_context = None
    if options.tls_cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(options.tls_cert, options.tls_key)
    store = Store(options.store)
    handler = Handler(options, store)
    smtp_options = dict(
        hostname="gazette-test-smtp",  # not socket.getfqdn(): a DNS lookup per connection
        tls_context=tls_context,
        require_starttls=options.require_tls,
        data_size_limit=None,
    )
    if options.auth:
        smtp_options.update(authenticator=authenticator_for(options.auth), auth_required=True,
                            auth_require_tls=tls_context is not None)

    def new_connection():
        return CountedSMTP(handler, store.log_connection(), reply_delay=options.reply_delay_ms / 1000, **smtp_options)

    loop = asyncio.get_running_loop()
    server = await loop.create_server(new_connection, options.host, options.port)
    port = server.sockets[0].getsockname()[1]
    write_atomically(options.ready_file, f"{port}\n".encode())

    stopped = asyncio.Event()
    for signal_number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signal_number, stopped.set)
    watchdog = asyncio.create_task(stop_when_orphaned(stopped))
    await stopped.wait()
    watchdog.cancel()
    server.close()


async def stop_when_orphaned(stopped):
    """A test run that crashed cannot stop its servers: they notice and leave by themselves."""
    parent = os.getppid()
    while os.getppid() == parent:
        await asyncio.sleep(1)
    stopped.set()


def main():
    options = parse_arguments()
    # A parent that blocks SIGTERM in its thread (a test runner) passes the mask on: undo it.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    import warnings
    warnings.simplefilter("ignore")  # aiosmtpd warns about AUTH without TLS, which tests may want
    asyncio.run(serve(options))


if __name__ == "__main__":
    main()
