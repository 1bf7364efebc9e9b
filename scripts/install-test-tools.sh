#!/usr/bin/env bash
# Installs the programs the tests drive, from Debian's packages, only where missing: Chromium and
# ChromeDriver for the browser tests; LibreOffice Writer without its GUI (libreoffice-writer-nogui)
# to convert the Word notice to PDF, with Liberation fonts (Times New Roman's metrics) for its layout.
# The project's PDFs do not need system fonts: it ships its own TrueType fonts.
# Node.js and npm run axe-core in that Chromium (AccessibilityTest): the pinned axe-core and
# playwright-core of src/test/js/package-lock.json are installed there by `npm ci` (no browser download).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
fc-list >/dev/null 2>&1 || missing+=(fontconfig)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
fc-list 2>/dev/null | grep -q 'LiberationSerif-Regular' || missing+=(fonts-liberation2)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  echo "Cài đặt công cụ kiểm thử: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
js="$(dirname "$0")/../src/test/js"
if [ ! -f "$js/node_modules/.package-lock.json" ] || [ "$js/package-lock.json" -nt "$js/node_modules/.package-lock.json" ]; then
  echo "Cài đặt axe-core và playwright-core cho kiểm thử khả năng tiếp cận (src/test/js)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$js" --no-audit --no-fund --ignore-scripts >/dev/null
fi
