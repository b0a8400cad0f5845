#!/usr/bin/env bash
# Installs the Debian packages Gazette builds and tests with, when they are missing.
# Idempotent: does nothing (and needs no network) when everything is already there.
set -euo pipefail
# python3-aiosmtpd and openssl: the tests' SMTP server and certificates; postfix: smtp-sink and smtp-source
# for scripts/bench_send.sh (DEBIAN_FRONTEND=noninteractive keeps its installer from asking questions);
# man-db, groff-base, zsh and fish: scripts/test-install.sh renders the man page and loads each completion;
# curl: the unsubscribe server tests' HTTP client; chromium: the unsubscribe page's screenshot;
# dovecot-imapd: the real IMAP server `gazette inbox --imap` is tested against.
packages=(pkg-config libxml2-dev libcurl4-openssl-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libsqlite3-dev
          python3 python3-aiosmtpd openssl postfix man-db groff-base zsh fish curl chromium dovecot-imapd)
missing=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
