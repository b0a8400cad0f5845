#!/usr/bin/env bash
# The install test: scripts/install.sh into a scratch prefix, then the man page renders without a warning
# and each completion script loads in its shell. Run by scripts/test.sh after `swift test` (which has
# built the debug binary this reuses; a second SwiftPM inside `swift test` would wait on its lock).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(mktemp -d /tmp/gazette-install-XXXXXX)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "test-install: FAIL: $*" >&2; exit 1; }

GAZETTE_BUILD="${GAZETTE_BUILD:-debug}" scripts/install.sh "$prefix" >/dev/null

"$prefix/bin/gazette" --help | grep -q "man page" || fail "gazette --help does not mention the man page"
page=$(MANWIDTH=100 man -l "$prefix/share/man/man1/gazette.1" 2>"$prefix/man.err") || fail "man -l failed: $(cat "$prefix/man.err")"
[ ! -s "$prefix/man.err" ] || fail "man -l warned: $(cat "$prefix/man.err")"
for wanted in "GAZETTE(1)" "compose" "preview" "run" "--strict" "--period" "GAZETTE_CONFIG"; do
    grep -qF -- "$wanted" <<<"$page" || fail "the man page lacks $wanted"
done

spec=$(bash -c "source '$prefix/share/bash-completion/completions/gazette'; complete -p gazette") \
    || fail "bash: complete -p gazette after sourcing the completion script"
grep -q "gazette$" <<<"$spec" || fail "bash completion spec: $spec"
# The bash completion offers the subcommands.
words=$(bash -c "source '$prefix/share/bash-completion/completions/gazette'
    COMP_WORDS=(gazette pre); COMP_CWORD=1; COMP_LINE='gazette pre'; COMP_POINT=11
    func=\$(complete -p gazette | sed -E 's/.*-F ([^ ]+).*/\\1/'); \$func gazette pre gazette; echo \"\${COMPREPLY[*]}\"")
grep -qw preview <<<"$words" || fail "bash completion of 'gazette pre' gave: $words"

if command -v zsh >/dev/null; then zsh -n "$prefix/share/zsh/site-functions/_gazette" || fail "zsh: syntax"; fi
if command -v fish >/dev/null; then fish -n "$prefix/share/fish/vendor_completions.d/gazette.fish" || fail "fish: syntax"; fi
grep -q "^complete -c .gazette" "$prefix/share/fish/vendor_completions.d/gazette.fish" || fail "fish completions empty"
grep -q "#compdef gazette" "$prefix/share/zsh/site-functions/_gazette" || fail "zsh completions lack #compdef"
echo "test-install: ok (binary, man page, bash, zsh and fish completions under a scratch prefix)"
