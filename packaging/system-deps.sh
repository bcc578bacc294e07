#!/bin/sh
# Installs (or names) the system libraries Qt needs on Debian and Ubuntu.
# Usage: system-deps.sh run|test|screenshots
# Qt's own message for a missing library is cryptic ("could not load the Qt platform
# plugin xcb"), so we check first and say which package is missing.
mode=${1:-run}
missing=""
have_lib() { ldconfig -p 2>/dev/null | grep -q "$1"; }
need() { have_lib "$1" || missing="$missing $2"; }

need libEGL.so.1 libegl1
need libGL.so.1 libgl1
need libxkbcommon.so.0 libxkbcommon0
need libfontconfig.so.1 libfontconfig1
need libdbus-1.so.3 libdbus-1-3
need libglib-2.0.so.0 libglib2.0-0
need libpulse.so.0 libpulse0  # QtTextToSpeech ("Read this to me") links it
if [ "$mode" != test ]; then
  need libxcb-cursor.so.0 libxcb-cursor0
  need libxkbcommon-x11.so.0 libxkbcommon-x11-0
  need libxcb-icccm.so.4 libxcb-icccm4
  need libxcb-keysyms.so.1 libxcb-keysyms1
  need libxcb-shape.so.0 libxcb-shape0
  need libxcb-render-util.so.0 libxcb-render-util0
  need libxcb-image.so.0 libxcb-image0
fi
if [ "$mode" = test ]; then
  # The export tests recalculate spreadsheets in LibreOffice and render PDFs as a reader would.
  command -v soffice >/dev/null 2>&1 || missing="$missing libreoffice-calc-nogui"
  command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
fi
if [ "$mode" = screenshots ]; then
  command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb xauth"
  command -v convert >/dev/null 2>&1 || missing="$missing imagemagick"
  command -v pdftoppm >/dev/null 2>&1 || missing="$missing poppler-utils"
fi
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages Qt needs:$missing"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null &&
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null && exit 0
fi
echo "dpwallet needs these system packages:$missing"
echo "On Debian or Ubuntu, run: sudo apt-get install$missing"
[ "$mode" = run ] && exit 1
exit 0
