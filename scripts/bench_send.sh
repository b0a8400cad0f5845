#!/usr/bin/env bash
# Benchmark of `gazette send`: N generated subscribers (default 10,000) sent the example issue through
# one SMTP connection to Postfix's smtp-sink on loopback, beside Postfix's own load generator
# smtp-source sending as many messages of the same size over one kept-open connection to the same sink.
# Prints messages per second and gazette's peak memory. Targets: at least half of smtp-source's rate;
# under 100 MB peak for 100,000 subscribers (scripts/bench_send.sh 100000).
# usage: scripts/bench_send.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
shared="../shared"
[ -f "$shared/tools/gen_corpus.py" ] || { echo "bench_send: needs $shared/tools/gen_corpus.py beside the project" >&2; exit 2; }
command -v smtp-sink >/dev/null || PATH="$PATH:/usr/sbin"
command -v smtp-sink >/dev/null || { echo "bench_send: needs Postfix's smtp-sink and smtp-source (scripts/install-system-packages.sh)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'kill "${sink:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

swift build -c release --product gazette >/dev/null
python3 "$shared/tools/gen_corpus.py" "$work/corpus" --recaps 1 --subscribers "$count" >/dev/null
.build/release/gazette compose --as-of 2026-12-01 --out "$work/outbox" Examples/ >/dev/null 2>&1

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
smtp-sink -u nobody "127.0.0.1:$port" 256 &
sink=$!
sleep 0.5

export GAZETTE_UNSUBSCRIBE_KEY=bench-key
python3 - "$work" "$count" "$port" <<'PY'
import glob, os, subprocess, sys, time
work, count, port = sys.argv[1], int(sys.argv[2]), sys.argv[3]
common = ["--issue", f"{work}/outbox/2026-11", "--subscribers", f"{work}/corpus/subscribers.csv",
          "--from", "Meetup Gazette <gazette@bench.example>", "--unsubscribe-url", "https://bench.example/u?token={token}"]

# One message as gazette builds it, for smtp-source to send the same bytes.
subprocess.run([".build/release/gazette", "send", "--dry-run", "--sample", "1"] + common, check=True, capture_output=True)
eml = sorted(glob.glob(f"{work}/outbox/2026-11/dry-run/*.eml"))[0]
size = os.path.getsize(eml)
# smtp-source -F appends CRLF to each line itself.
sample = f"{work}/sample.txt"
open(sample, "wb").write(open(eml, "rb").read().replace(b"\r\n", b"\n"))

start = time.monotonic()
process = subprocess.Popen([".build/release/gazette", "send", "--smtp", f"smtp://127.0.0.1:{port}", "--insecure-no-tls",
                            "--retry-delay", "1"] + common, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
_, status, usage = os.wait4(process.pid, 0)
seconds = time.monotonic() - start
summary = process.stdout.read().strip()
print(f"gazette send: {count} subscribers, ~{size} bytes per message, {seconds:.2f} s, {count / seconds:.0f} messages/s, "
      f"peak memory {usage.ru_maxrss / 1024:.0f} MB, exit status {os.waitstatus_to_exitcode(status)}")
print(f"  {summary}")
if os.waitstatus_to_exitcode(status) != 0:
    print(process.stderr.read()[-2000:], file=sys.stderr)

start = time.monotonic()
subprocess.run(["smtp-source", "-d", "-s", "1", "-m", str(count), "-F", sample, "-f", "gazette@bench.example",
                "-t", "reader@bench.example", f"127.0.0.1:{port}"], check=True)
source_seconds = time.monotonic() - start
print(f"smtp-source -d -s 1 (one connection, kept open): {count} messages of the same file, {source_seconds:.2f} s, {count / source_seconds:.0f} messages/s")
print(f"gazette reaches {100 * source_seconds / seconds:.0f}% of smtp-source's rate (target: at least 50%)")
PY
