#!/usr/bin/env bash
# Render an HTML page to PNG in headless Chromium (Debian's package), to
# look at what the highlight example shows a reader.
# Usage: scripts/render_html.sh IN.html OUT.png [WIDTHxHEIGHT]
set -euo pipefail
in=$1; out=$2; size=${3:-1100,1500}
if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null
fi
profile=$(mktemp -d)
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size="${size/x/,}" \
  --screenshot="$(realpath -m "$out")" "file://$(realpath "$in")" >/dev/null 2>&1
rm -rf "$profile"
echo "rendered $out"
