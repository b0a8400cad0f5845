#!/usr/bin/env bash
# Gazette's main job on the project's own example recaps (Examples/): installs what is missing, builds,
# composes the November 2026 issue as a dry run (nothing recorded, nothing sent), writes the messages
# the example subscribers would receive, then prints where to look. --as-of 2026-12-01 (the day a monthly
# cron run composes November's issue) keeps the example repeatable
# whatever today's date.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build -c release --product gazette 2>&1 | tail -n 1
out="${TMPDIR:-/tmp}/gazette-demo"
rm -rf "$out"
# scripts/demo-gazette.yaml reads Examples/ and gives the site's address, so each event links to its recap.
.build/release/gazette preview --config scripts/demo-gazette.yaml --as-of 2026-12-01 --out "$out"
echo
echo "Links to the recaps, as the English and French editions give them:"
grep -h -e "^Read the full recap" -e "^Lire le compte rendu complet" "$out/2026-11/email/en.txt" "$out/2026-11/email/fr.txt" | sed 's/^/  /'
echo
# The send's dry run: each example subscriber's exact message, as .eml files; nothing connects anywhere.
GAZETTE_UNSUBSCRIBE_KEY=demo-key .build/release/gazette send --config scripts/demo-gazette.yaml --dry-run --issue "$out/2026-11" \
    --subscribers Examples/subscribers.csv --from "La Gazette des meetups <gazette@example.org>" \
    --unsubscribe-url "https://example.org/unsubscribe?token={token}"
echo
echo "Emails: $out/2026-11/email/   Social posts: $out/2026-11/social/   Manifest: $out/2026-11/manifest.json"
echo "Messages as sent: $out/2026-11/dry-run/   Preview: $out/2026-11/preview.html"
