#!/usr/bin/env bash
# Screenshots of an issue's emails for a person to look at, not for CI: renders each email/*.html of
# ISSUE_DIR in headless Chromium at a phone width (375px) and the desktop width (600px), in light and
# dark color schemes, into ISSUE_DIR/screenshots/<edition>-<width>[-dark].png.
#   scripts/screenshot-emails.sh ISSUE_DIR
# A sample issue: GAZETTE_RENDER_SAMPLE_DIR=/tmp/sample swift test --filter RenderSampleTests
set -euo pipefail

if [ $# -ne 1 ] || [ ! -d "$1/email" ]; then
    echo "usage: $0 ISSUE_DIR   (a folder holding email/*.html)" >&2
    exit 2
fi
issue_dir=$(cd "$1" && pwd)

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser=$candidate; break; fi
done
if [ -z "$browser" ]; then
    echo "Chromium is missing; installing Debian's package (needs root)." >&2
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
    browser=chromium
fi

out="$issue_dir/screenshots"
mkdir -p "$out"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

shopt -s nullglob
pages=("$issue_dir"/email/*.html)
if [ ${#pages[@]} -eq 0 ]; then
    echo "no email/*.html in $issue_dir" >&2
    exit 1
fi

for page in "${pages[@]}"; do
    edition=$(basename "$page" .html)
    for width in 375 600; do
        for scheme in light dark; do
            suffix=""
            flags=()
            if [ "$scheme" = dark ]; then
                suffix="-dark"
                flags=(--force-dark-mode --blink-settings=preferredColorScheme=0)
            fi
            png="$out/$edition-$width$suffix.png"
            # A tall window so the whole email shows; Chromium cannot size the window to the page.
            "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
                --window-size="$width,4000" "${flags[@]}" --screenshot="$png" "file://$page" >/dev/null 2>&1
            echo "$png"
        done
    done
done
