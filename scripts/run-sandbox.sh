#!/usr/bin/env bash
# README command 1: install, build and start the console on the embedded provider sandbox.
# Runs in a D-Bus session with an unlocked gnome-keyring when the desktop offers none, so secrets have a home.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
export QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:---disable-gpu}"
[ "$(id -u)" -eq 0 ] && export QTWEBENGINE_DISABLE_SANDBOX=1 QTWEBENGINE_CHROMIUM_FLAGS="$QTWEBENGINE_CHROMIUM_FLAGS --no-sandbox"

run=(build/app/switchboard --sandbox "$@")
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    echo "No display found: starting the console on a virtual display (xvfb-run)."
    run=(xvfb-run -a "${run[@]}")
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "No D-Bus session: starting one with a gnome-keyring unlocked by the passphrase 'switchboard'."
    exec dbus-run-session -- sh -c 'echo -n switchboard | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "${run[@]}"
fi
exec "${run[@]}"
