#!/usr/bin/env bash
# Runs a command with a virtual display and a WebKitWebDriver, which WebKitGTK's MiniBrowser needs
# (it has no headless mode). Usage: scripts/with-webkit-driver.sh <command…>
set -euo pipefail
PORT="${WEBKIT_DRIVER_PORT:-4444}"
export WEBKIT_DRIVER_PORT="$PORT"
exec xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" bash -c '
  WebKitWebDriver --port='"$PORT"' >"${TMPDIR:-/tmp}/webkitwebdriver.$$.log" 2>&1 &
  DRIVER=$!
  trap "kill $DRIVER 2>/dev/null || true" EXIT
  for i in $(seq 100); do curl -sf http://127.0.0.1:'"$PORT"'/status >/dev/null && break; sleep 0.1; done
  "$@"' bash "$@"
