#!/usr/bin/env bash
# Gazette's test suite: installs what is missing, then runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-system-packages.sh
swift test "$@"
scripts/test-install.sh

