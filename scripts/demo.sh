#!/usr/bin/env bash
# Gazette's main job on the project's own example recaps (Examples/): installs what is missing,
# builds, and prints every talk found.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift build -c release --product gazette 2>&1 | tail -n 1
.build/release/gazette talks Examples/
