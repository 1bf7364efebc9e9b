#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need (Debian's Chromium for the
# browser test, poppler-utils for PDF checks) when missing, then Maven's full test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-tools.sh
exec mvn -B -ntp verify "$@"
