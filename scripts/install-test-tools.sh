#!/usr/bin/env bash
# Installs the programs the tests drive, from Debian's packages, only where missing: Chromium and
# ChromeDriver for the browser tests; LibreOffice Writer without its GUI (libreoffice-writer-nogui)
# to convert the Word notice to PDF, with Liberation fonts (Times New Roman's metrics) for its layout.
# The project's PDFs do not need system fonts: it ships its own TrueType fonts.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
fc-list >/dev/null 2>&1 || missing+=(fontconfig)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
fc-list 2>/dev/null | grep -q 'LiberationSerif-Regular' || missing+=(fonts-liberation2)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  echo "Cài đặt công cụ kiểm thử: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
