#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need (Debian's Chromium and
# ChromeDriver for the browser tests, fontconfig, LibreOffice Writer for the Word notice) when missing,
# then Maven's full test suite.
# PDFs are checked with PDFBox and veraPDF, which Maven fetches.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-tools.sh
exec mvn -B -ntp verify "$@"
