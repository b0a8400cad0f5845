#!/usr/bin/env python3
"""A small HTTP server for Gazette's feed tests, on loopback only.

Serves the files of --root with an ETag (a hash of the content) and Last-Modified, answering 304 to a
matching If-None-Match or If-Modified-Since, and a few paths that misbehave on purpose:

  /redirect/<path>     301 to /<path>
  /status/<code>       that status with a short body (404, 500, ...)
  /slow/<seconds>      waits that long, then sends a small feed
  /truncated           announces 100000 bytes, sends 100, closes
  /huge/<megabytes>    that many megabytes of a feed without a Content-Length

Every request is appended to <root>/../requests.log as one JSON line (path, If-None-Match,
If-Modified-Since, status). The port is written to --ready-file once listening.
"""
import argparse
import email.utils
import hashlib
import http.server
import json
import os
import signal
import sys
import threading
import time

SMALL_FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>x</title>' \
             b'<description>short</description></item></channel></rss>'


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    root = "."
    log_path = None
    lock = threading.Lock()

    def log_message(self, format, *args):  # quiet: the log file says what the tests need
        pass

    def record(self, status):
        entry = {"path": self.path, "if_none_match": self.headers.get("If-None-Match"),
                 "if_modified_since": self.headers.get("If-Modified-Since"), "status": status,
                 "user_agent": self.headers.get("User-Agent")}
        with self.lock, open(self.log_path, "a", encoding="utf-8") as log:
            log.write(json.dumps(entry) + "\n")

    def send_body(self, status, body, content_type="application/rss+xml", extra=None):
        self.record(status)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path.startswith("/redirect/"):
            self.record(301)
            self.send_response(301)
            self.send_header("Location", "/" + path[len("/redirect/"):])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if path.startswith("/status/"):
            code = int(path[len("/status/"):])
            self.send_body(code, b"problem\n", "text/plain")
            return
        if path.startswith("/slow/"):
            time.sleep(float(path[len("/slow/"):]))
            self.send_body(200, SMALL_FEED)
            return
        if path == "/truncated":
            self.record(200)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            self.wfile.write(SMALL_FEED[:100])
            self.wfile.flush()
            self.close_connection = True
            return
        if path.startswith("/huge/"):
            megabytes = int(path[len("/huge/"):])
            self.record(200)
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            chunk = b"<!-- " + b"x" * (1 << 16) + b" -->\n"
            try:
                self.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel>')
                for _ in range(megabytes * 16):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        file = os.path.normpath(os.path.join(self.root, path.lstrip("/")))
        if not file.startswith(os.path.abspath(self.root)) or not os.path.isfile(file):
            self.send_body(404, b"not found\n", "text/plain")
            return
        with open(file, "rb") as handle:
            body = handle.read()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        modified = email.utils.formatdate(os.path.getmtime(file), usegmt=True)
        validators = {"ETag": etag, "Last-Modified": modified}
        if self.headers.get("If-None-Match") == etag or (
                self.headers.get("If-None-Match") is None and self.headers.get("If-Modified-Since") == modified):
            self.record(304)
            self.send_response(304)
            for name, value in validators.items():
                self.send_header(name, value)
            self.end_headers()
            return
        content_type = "application/feed+json" if file.endswith(".json") else "application/rss+xml"
        self.send_body(200, body, content_type, validators)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--root", required=True)
    parser.add_argument("--ready-file", required=True)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    args = parser.parse_args()
    Handler.root = os.path.abspath(args.root)
    Handler.log_path = os.path.join(os.path.dirname(Handler.root), "requests.log")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    if args.tls_cert:
        import ssl
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        server.socket = context.wrap_socket(server.socket, server_side=True)
    # A test thread may start this with SIGTERM blocked, and children inherit the mask.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with open(args.ready_file + ".tmp", "w") as ready:
        ready.write(str(server.server_address[1]))
    os.rename(args.ready_file + ".tmp", args.ready_file)
    server.serve_forever()


if __name__ == "__main__":
    main()
