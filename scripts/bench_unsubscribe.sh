#!/usr/bin/env bash
# One-click unsubscribes per second through `gazette serve` on loopback: N POSTs (default 5,000) from
# 8 concurrent curl clients, each on a kept-alive connection, then how many the ledger recorded.
# usage: scripts/bench_unsubscribe.sh [N] (uses .build/release/gazette if built, else .build/debug/gazette)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-5000}
clients=8
gazette=.build/release/gazette
[ -x "$gazette" ] || gazette=.build/debug/gazette
[ -x "$gazette" ] || { echo "build gazette first (swift build)" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
printf 'outbox: outbox\n' > "$work/gazette.yaml"
export GAZETTE_UNSUBSCRIBE_KEY=bench-key
"$gazette" serve --config "$work/gazette.yaml" --listen 127.0.0.1:0 > "$work/serve.out" 2> "$work/serve.err" &
server=$!
for _ in $(seq 100); do grep -q "serving on" "$work/serve.out" 2>/dev/null && break; sleep 0.1; done
base=$(sed -n 's/^gazette: serving on //p' "$work/serve.out")
# Tokens as Gazette makes them: base64url(address) "." base64url(HMAC-SHA256(key, address)).
/usr/bin/python3 - "$count" "$clients" "$base" "$work" <<'PY'
import base64, hashlib, hmac, sys
count, clients, base, work = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
b64 = lambda data: base64.urlsafe_b64encode(data).decode().rstrip("=")
files = [open(f"{work}/urls{c}.txt", "w") for c in range(clients)]
for i in range(count):
    address = f"reader{i}@example.org".encode()
    token = b64(address) + "." + b64(hmac.new(b"bench-key", address, hashlib.sha256).digest())
    files[i % clients].write(f'url = "{base}/unsubscribe?token={token}"\noutput = "/dev/null"\n')
PY
start=$(date +%s.%N)
for c in $(seq 0 $((clients - 1))); do
    curl -s -X POST --data List-Unsubscribe=One-Click -w '%{http_code}\n' -K "$work/urls$c.txt" > "$work/codes$c.txt" &
done
wait $(jobs -p | grep -v "^$server$") 2>/dev/null || true
end=$(date +%s.%N)
ok=$(cat "$work"/codes*.txt | grep -c '^200$' || true)
recorded=$(("$(GAZETTE_UNSUBSCRIBE_KEY= "$gazette" suppressions --outbox "$work/outbox" --format csv | wc -l)" - 1))
python3 -c "
s = $end - $start
print(f'$count one-click POSTs from $clients clients in {s:.2f} s: {$count / s:.0f}/s; $ok answered 200, $recorded recorded ($gazette)')"
