#!/usr/bin/env bash
# Installs gazette under PREFIX (default /usr/local): the binary in bin/, the man page (generated from the
# commands' own help by swift-argument-parser's generate-manual plugin) in share/man/man1/, and the bash,
# zsh and fish completions where those shells look for them. Run with sudo for a system prefix.
# GAZETTE_BUILD=debug installs the debug build instead of a release build (the install test uses it).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
configuration="${GAZETTE_BUILD:-release}"

scripts/install-system-packages.sh
swift build -c "$configuration" --product gazette
binary="$(swift build -c "$configuration" --show-bin-path)/gazette"
swift package generate-manual --configuration "$configuration" >/dev/null
manual=.build/plugins/GenerateManual/outputs/gazette/gazette.1

install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
    "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$binary" "$prefix/bin/gazette"
install -m 644 "$manual" "$prefix/share/man/man1/gazette.1"
"$binary" --generate-completion-script bash > "$prefix/share/bash-completion/completions/gazette"
"$binary" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_gazette"
"$binary" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/gazette.fish"

cat <<DONE
installed:
  $prefix/bin/gazette
  $prefix/share/man/man1/gazette.1                          (man gazette)
  $prefix/share/bash-completion/completions/gazette         (bash)
  $prefix/share/zsh/site-functions/_gazette                 (zsh: in your fpath)
  $prefix/share/fish/vendor_completions.d/gazette.fish      (fish)
DONE
