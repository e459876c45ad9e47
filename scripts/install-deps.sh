#!/usr/bin/env bash
# Installs what Switchboard needs to build, run and test on Debian 12 (bookworm). Safe to run again.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build git pkg-config
    # Qt 6.4 and the libraries the agent and console use
    qt6-base-dev qt6-webengine-dev qtkeychain-qt6-dev libsecret-1-0 libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-l10n-tools qt6-networkauth-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-image-formats-plugins qt6-svg-dev libqt6svg6 libssl-dev libsqlite3-dev libgl1-mesa-dev
    # the keychain, a virtual display and a tray for tests and headless runs
    xvfb xauth dbus-x11 gnome-keyring libsecret-tools trayer e2fsprogs
    # the providers' official npm clients drive the sandbox in the fidelity test
    nodejs npm
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# A machine that already has Node.js from elsewhere keeps it.
if command -v node >/dev/null && command -v npm >/dev/null; then
    missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
read -r -a missing <<<"${missing[*]}"
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
