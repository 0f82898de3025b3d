#!/usr/bin/env bash
# Takes images/demo-window-xvfb.png: ./lsdc demo in a real window (GTK glass) under Xvfb, after the demo dewar loaded.
# Needs Debian's xvfb, libgtk-3-0, imagemagick and xdotool.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOME_DIR="$(mktemp -d)"
Xvfb :77 -screen 0 1500x950x24 -nolisten tcp & XVFB=$!
trap 'kill $XVFB 2>/dev/null; pkill -f "org.lsdcfx.launcher.Main demo" || true; rm -rf "$HOME_DIR"' EXIT
export DISPLAY=:77 LSDC_HOME="$HOME_DIR" LSDC_JAVA_OPTS="-Dprism.order=sw"
"$ROOT/lsdc" demo --store-port 27877 &
xdotool search --sync --name "LSDC" >/dev/null
sleep 5   # let the tree and the status strip fill before the picture (a screenshot, not a test)
import -window root "$ROOT/images/demo-window-xvfb.png"
echo "wrote images/demo-window-xvfb.png"
