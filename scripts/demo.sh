#!/usr/bin/env bash
# Gazette's main job on the project's own example recaps (Examples/): installs what is missing, builds,
# and composes the November 2026 issue as a dry run (nothing recorded, nothing sent), then prints where
# to look. --as-of keeps the example repeatable whatever today's date.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build -c release --product gazette 2>&1 | tail -n 1
out="${TMPDIR:-/tmp}/gazette-demo"
rm -rf "$out"
.build/release/gazette preview --as-of 2026-11-20 --out "$out" Examples/
echo
echo "Emails: $out/2026-11/email/   Social posts: $out/2026-11/social/   Manifest: $out/2026-11/manifest.json"
