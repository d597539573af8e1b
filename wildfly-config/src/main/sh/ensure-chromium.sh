#!/usr/bin/env bash
# ensure-chromium.sh — makes sure the Debian "chromium" browser and its matching
# "chromium-driver" (chromedriver) are installed, for the Selenium/WebDriver tests of the web
# module. If /usr/bin/chromium or /usr/bin/chromedriver is missing it runs
# "apt-get install -y chromium chromium-driver" (as root; the package lists are refreshed with
# "apt-get update" only if the first attempt fails), then prints both versions. Idempotent:
# when both are present it only prints the versions. Both come from the same Debian source
# package, so the driver always matches the browser. No environment variables.
set -euo pipefail

readonly SCRIPT_NAME="ensure-chromium.sh"
readonly CHROMIUM=/usr/bin/chromium
readonly CHROMEDRIVER=/usr/bin/chromedriver

log() { printf '[%s] %s\n' "$SCRIPT_NAME" "$*"; }
die() { printf '[%s] ERROR: %s\n' "$SCRIPT_NAME" "$*" >&2; exit 1; }

apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
}

if [[ ! -x "$CHROMIUM" || ! -x "$CHROMEDRIVER" ]]; then
    ((EUID == 0)) || die "$CHROMIUM or $CHROMEDRIVER is missing and this is not root: run 'apt-get install chromium chromium-driver' as root"
    log "installing chromium and chromium-driver with apt-get"
    if ! apt_install; then
        log "install failed; refreshing the package lists (apt-get update) and retrying"
        apt-get update
        apt_install || die "apt-get install chromium chromium-driver failed"
    fi
fi

[[ -x "$CHROMIUM" ]] || die "$CHROMIUM still missing after installation"
[[ -x "$CHROMEDRIVER" ]] || die "$CHROMEDRIVER still missing after installation"

log "$("$CHROMIUM" --version 2>/dev/null | head -n 1)"
log "$("$CHROMEDRIVER" --version 2>/dev/null | head -n 1)"
