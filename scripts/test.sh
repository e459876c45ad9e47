#!/usr/bin/env bash
# README command 2: install, build and run every test (ctest) under Xvfb, in a private D-Bus session with a fresh,
# unlocked gnome-keyring (its files live in a temporary folder, so the user's own keyring is never touched).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh

export QTWEBENGINE_DISABLE_SANDBOX=1
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu --no-sandbox"
export SB_TEST_KEYRING_PASSWORD=pw
keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT
export XDG_DATA_HOME="$keyring_home/data" XDG_CONFIG_HOME="$keyring_home/config" XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

dbus-run-session -- sh -c '
    echo -n "$SB_TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    xvfb-run -a -s "-screen 0 1600x1000x24" ctest --test-dir build --output-on-failure --timeout 600 "$@"
' sh "$@"
