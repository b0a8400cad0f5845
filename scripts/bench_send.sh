#!/usr/bin/env bash
# Benchmark of `gazette send` beside Postfix's load generator, in one run:
#  1. against Postfix's smtp-sink on loopback: gazette with 1 and with 4 connections, each beside
#     `smtp-source -d -s 1` / `-s 4` sending as many messages of the same size to the same sink (each pair
#     repeated ROUNDS times, alternating, so both see the same machine); prints the ratios (target ≥ 80%);
#  2. with every SMTP reply delayed, as over a network: netem on a veth pair into a network namespace
#     the script makes, where the kernel has netem; otherwise the project's test server with
#     --reply-delay-ms. Prints the rate with 4 connections against 1 (target ≥ 3.5×).
# Beside both, in the same rounds, "libcurl alone": a small C program (built here) that sends the same bytes
# over the same number of reused libcurl easy handles and does nothing else (no message building, no ledger),
# the most any libcurl sender can reach on this machine.
# Also prints gazette's peak memory (target: under 100 MB with scripts/bench_send.sh 100000).
# usage: [GAZETTE_BIN=path] scripts/bench_send.sh [N [ROUNDS [DELAYED_N [DELAY_MS]]]]   defaults: 10000 3 200 20
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-10000}"
rounds="${2:-3}"
delayed_count="${3:-200}"
delay_ms="${4:-20}"
shared="../shared"
[ -f "$shared/tools/gen_corpus.py" ] || { echo "bench_send: needs $shared/tools/gen_corpus.py beside the project" >&2; exit 2; }
command -v smtp-sink >/dev/null || PATH="$PATH:/usr/sbin"
command -v smtp-sink >/dev/null || { echo "bench_send: needs Postfix's smtp-sink and smtp-source (scripts/install-system-packages.sh)" >&2; exit 2; }
work="$(mktemp -d)"
namespace="gazette-bench-$$"
cleanup() {
    kill "${sink:-0}" 2>/dev/null || true
    ip netns del "$namespace" 2>/dev/null || true
    ip link del "gzb$$h" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# GAZETTE_BIN: an already built release binary to measure instead of building one.
if [ -z "${GAZETTE_BIN:-}" ]; then
    swift build -c release --product gazette >/dev/null
    GAZETTE_BIN=.build/release/gazette
fi
export GAZETTE_BIN
python3 "$shared/tools/gen_corpus.py" "$work/corpus" --recaps 1 --subscribers "$count" >/dev/null
"$GAZETTE_BIN" compose --as-of 2026-12-01 --out "$work/outbox" Examples/ >/dev/null 2>&1

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
smtp-sink -u nobody "127.0.0.1:$port" 256 &
sink=$!
sleep 0.5

# Delayed replies: a namespace behind a veth pair with netem on both ends, when the kernel allows it.
delayed_mode="test-server"
netem_host=""
if [ "$(id -u)" -eq 0 ] && command -v ip >/dev/null && command -v tc >/dev/null \
   && ip netns add "$namespace" 2>/dev/null; then
    if ip link add "gzb$$h" type veth peer name "gzb$$n" 2>/dev/null \
       && ip link set "gzb$$n" netns "$namespace" \
       && ip addr add 10.231.77.1/24 dev "gzb$$h" && ip link set "gzb$$h" up \
       && ip netns exec "$namespace" ip addr add 10.231.77.2/24 dev "gzb$$n" \
       && ip netns exec "$namespace" ip link set "gzb$$n" up \
       && ip netns exec "$namespace" ip link set lo up \
       && tc qdisc add dev "gzb$$h" root netem delay "$((delay_ms / 2))ms" 2>/dev/null \
       && ip netns exec "$namespace" tc qdisc add dev "gzb$$n" root netem delay "$((delay_ms / 2))ms" 2>/dev/null; then
        delayed_mode="netem"
        netem_host="10.231.77.2"
    else
        echo "bench_send: no netem in this kernel; delayed replies come from the test server (--reply-delay-ms $delay_ms)" >&2
        ip netns del "$namespace" 2>/dev/null || true
        ip link del "gzb$$h" 2>/dev/null || true
    fi
else
    echo "bench_send: cannot make a network namespace here; delayed replies come from the test server (--reply-delay-ms $delay_ms)" >&2
fi

# libcurl alone: one easy handle per thread, kept across messages, the same message from memory each time.
cat > "$work/curl-alone.c" <<'C'
#include <curl/curl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static char *body; static size_t body_size; static const char *url; static int per_thread;
struct cursor { size_t offset; };
static size_t reader(char *buffer, size_t size, size_t count, void *context) {
    struct cursor *c = context; size_t left = body_size - c->offset, n = size * count < left ? size * count : left;
    memcpy(buffer, body + c->offset, n); c->offset += n; return n;
}
static void *run(void *unused) {
    CURL *h = curl_easy_init();
    struct cursor c;
    curl_easy_setopt(h, CURLOPT_URL, url);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, "gazette@bench.example");
    curl_easy_setopt(h, CURLOPT_READFUNCTION, reader);
    curl_easy_setopt(h, CURLOPT_READDATA, &c);
    for (int i = 0; i < per_thread; i++) {
        struct curl_slist *r = curl_slist_append(NULL, "reader@bench.example");
        curl_easy_setopt(h, CURLOPT_MAIL_RCPT, r);
        curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, (curl_off_t)body_size);
        c.offset = 0;
        CURLcode result = curl_easy_perform(h);
        curl_slist_free_all(r);
        if (result != CURLE_OK) { fprintf(stderr, "curl-alone: %s\n", curl_easy_strerror(result)); exit(1); }
    }
    curl_easy_cleanup(h);
    return NULL;
}
int main(int argc, char **argv) {
    if (argc != 5) { fprintf(stderr, "usage: curl-alone URL MESSAGE_FILE COUNT CONNECTIONS\n"); return 2; }
    url = argv[1]; int count = atoi(argv[3]), connections = atoi(argv[4]);
    FILE *file = fopen(argv[2], "rb"); if (!file) return 1;
    fseek(file, 0, SEEK_END); body_size = ftell(file); rewind(file);
    body = malloc(body_size); if (fread(body, 1, body_size, file) != body_size) return 1; fclose(file);
    curl_global_init(CURL_GLOBAL_DEFAULT);
    per_thread = count / connections;
    pthread_t threads[64];
    for (int t = 0; t < connections && t < 64; t++) pthread_create(&threads[t], NULL, run, NULL);
    for (int t = 0; t < connections && t < 64; t++) pthread_join(threads[t], NULL);
    return 0;
}
C
cc -O2 $(pkg-config --cflags libcurl) -o "$work/curl-alone" "$work/curl-alone.c" $(pkg-config --libs libcurl) -lpthread

export GAZETTE_UNSUBSCRIBE_KEY=bench-key
python3 - "$work" "$count" "$port" "$rounds" "$delayed_count" "$delay_ms" "$delayed_mode" "$netem_host" "$namespace" <<'PY'
import glob, os, statistics, subprocess, sys, time
work, count, port, rounds = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
delayed_count, delay_ms, delayed_mode, netem_host, namespace = int(sys.argv[5]), int(sys.argv[6]), sys.argv[7], sys.argv[8], sys.argv[9]
outbox = f"{work}/outbox"
# The sender's postal address, which a real send requires (delivery.sender.postal_address).
open(f"{work}/gazette.yaml", "w").write('delivery:\n  sender:\n    postal_address: "1 Bench Street, Montréal QC, Canada"\n')
common = ["--config", f"{work}/gazette.yaml", "--issue", f"{outbox}/2026-11", "--from", "Meetup Gazette <gazette@bench.example>",
          "--unsubscribe-url", "https://bench.example/u?token={token}", "--retry-delay", "1"]

# One message as gazette builds it, for smtp-source to send the same bytes.
subprocess.run([os.environ["GAZETTE_BIN"], "send", "--dry-run", "--sample", "1", "--subscribers", f"{work}/corpus/subscribers.csv"]
               + common, check=True, capture_output=True)
eml = sorted(glob.glob(f"{outbox}/2026-11/dry-run/*.eml"))[0]
size = os.path.getsize(eml)
sample = f"{work}/sample.txt"
open(sample, "wb").write(open(eml, "rb").read().replace(b"\r\n", b"\n"))  # smtp-source -F adds the CR itself

def subscribers(n):
    path = f"{work}/subscribers-{n}.csv"
    if not os.path.exists(path):
        with open(f"{work}/corpus/subscribers.csv") as source, open(path, "w") as target:
            for index, line in enumerate(source):
                if index > n: break
                target.write(line)
    return path

def gazette(url, connections, n):
    ledger = f"{outbox}/ledger.sqlite"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(ledger + suffix): os.remove(ledger + suffix)
    start = time.monotonic()
    process = subprocess.Popen([os.environ["GAZETTE_BIN"], "send", "--smtp", url, "--insecure-no-tls",
                                "--connections", str(connections), "--subscribers", subscribers(n)] + common,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - start
    status = os.waitstatus_to_exitcode(status)
    summary = process.stdout.read().strip()
    if status != 0 or f"sent {n}" not in summary:
        sys.exit(f"bench_send: gazette failed (exit {status}): {summary}\n{process.stderr.read()[-2000:]}")
    return n / seconds, usage.ru_maxrss / 1024, 1e6 * (usage.ru_utime + usage.ru_stime) / n

def curl_alone(url, connections, n):
    start = time.monotonic()
    subprocess.run([f"{work}/curl-alone", url, eml, str(n), str(connections)], check=True)
    return n / (time.monotonic() - start)

def source(host, connections, n):
    start = time.monotonic()
    process = subprocess.Popen(["smtp-source", "-d", "-s", str(connections), "-m", str(n), "-F", sample,
                                "-f", "gazette@bench.example", "-t", "reader@bench.example", host])
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0: sys.exit("bench_send: smtp-source failed")
    return n / (time.monotonic() - start), 1e6 * (usage.ru_utime + usage.ru_stime) / n

print(f"{count} subscribers, ~{size} bytes per message, {rounds} rounds, release build, smtp-sink on 127.0.0.1")
for connections in (1, 4):
    ours, theirs, alone, memory, our_cpu, their_cpu = [], [], [], [], [], []
    for _ in range(rounds):
        rate, peak, cpu = gazette(f"smtp://127.0.0.1:{port}", connections, count)
        ours.append(rate); memory.append(peak); our_cpu.append(cpu)
        rate, cpu = source(f"127.0.0.1:{port}", connections, count)
        theirs.append(rate); their_cpu.append(cpu)
        alone.append(curl_alone(f"smtp://127.0.0.1:{port}", connections, count))
    ratios = sorted(a / b for a, b in zip(ours, theirs))
    print(f"  {connections} connection{'s' if connections > 1 else ''}: gazette {min(ours):.0f}/{statistics.median(ours):.0f} msg/s "
          f"(min/median), smtp-source -s {connections} {min(theirs):.0f}/{statistics.median(theirs):.0f} msg/s; "
          f"gazette/smtp-source per round {', '.join(f'{100 * r:.0f}%' for r in ratios)} (median {100 * statistics.median(ratios):.0f}%, target ≥ 80%); "
          f"gazette peak memory {max(memory):.0f} MB; CPU per message (user+sys, median) gazette "
          f"{statistics.median(our_cpu):.0f} µs, smtp-source {statistics.median(their_cpu):.0f} µs")
    floor = sorted(a / b for a, b in zip(alone, theirs))
    share = sorted(a / b for a, b in zip(ours, alone))
    print(f"    libcurl alone (the same bytes, {connections} reused easy handle{'s' if connections > 1 else ''}, nothing else): "
          f"{statistics.median(alone):.0f} msg/s, {100 * statistics.median(floor):.0f}% of smtp-source (per round "
          f"{', '.join(f'{100 * r:.0f}%' for r in floor)}); gazette reaches {100 * statistics.median(share):.0f}% of it")

# Delayed replies.
server = None
if delayed_mode == "netem":
    sink_port = "2525"
    sink = subprocess.Popen(["ip", "netns", "exec", namespace, "smtp-sink", "-u", "nobody", f"{netem_host}:{sink_port}", "256"])
    time.sleep(0.5)
    url, host = f"smtp://{netem_host}:{sink_port}", f"{netem_host}:{sink_port}"
    what = f"netem {delay_ms} ms round trip (veth into namespace {namespace}), smtp-sink"
else:
    import tempfile
    folder = tempfile.mkdtemp(dir=work)
    ready = f"{folder}/ready"
    server = subprocess.Popen(["/usr/bin/python3", "scripts/smtp-test-server.py", "--store", f"{folder}/store",
                               "--ready-file", ready, "--port", "0", "--reply-delay-ms", str(delay_ms)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not os.path.exists(ready): time.sleep(0.05)
    delayed_port = open(ready).read().strip()
    url, host = f"smtp://127.0.0.1:{delayed_port}", f"127.0.0.1:{delayed_port}"
    what = f"every reply {delay_ms} ms late (scripts/smtp-test-server.py --reply-delay-ms {delay_ms})"
one = gazette(url, 1, delayed_count)[0]
four = gazette(url, 4, delayed_count)[0]
source_one = source(host, 1, delayed_count)[0]
source_four = source(host, 4, delayed_count)[0]
print(f"delayed replies, {what}, {delayed_count} messages:")
print(f"  gazette 1 connection {one:.1f} msg/s, 4 connections {four:.1f} msg/s: {four / one:.2f}× (target ≥ 3.5×)")
print(f"  smtp-source -s 1 {source_one:.1f} msg/s, -s 4 {source_four:.1f} msg/s: {source_four / source_one:.2f}×; "
      f"gazette/smtp-source {100 * one / source_one:.0f}% and {100 * four / source_four:.0f}%")
if server: server.terminate()
if delayed_mode == "netem": sink.terminate()
PY
