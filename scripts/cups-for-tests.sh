#!/usr/bin/env bash
# A real CUPS spooler for the printing tests: starts cupsd (CI has no systemd) and adds PDF printers
# (Debian printer-driver-cups-pdf) whose output lands in $ALLIANCE_DESK_PRINT_DIR. Idempotent: the
# print test runs it before it prints, and .ci/run runs it before npm test.
#   AllianceDeskPDF        accepts jobs and writes each as a PDF
#   AllianceDeskPaused     exists but is disabled (a printer switched off or paused)
#   AllianceDeskRejecting  exists but refuses new jobs
set -euo pipefail

out="${ALLIANCE_DESK_PRINT_DIR:-/var/tmp/alliance-desk-print}"
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
conf=/etc/cups/cups-pdf.conf
sudo=''
if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi

for tool in cupsd lpadmin lpstat; do
  command -v "$tool" >/dev/null || { echo "cups-for-tests: $tool is missing; install the Debian packages cups and printer-driver-cups-pdf" >&2; exit 1; }
done
[ -f "$ppd" ] || { echo "cups-for-tests: $ppd is missing; install printer-driver-cups-pdf" >&2; exit 1; }

# cups-pdf writes every user's jobs (and root's, as the anonymous user) into one known folder.
$sudo mkdir -p "$out"
$sudo chmod 1777 "$out"
if ! grep -q "^Out $out\$" "$conf" 2>/dev/null; then
  $sudo sed -i -e '/^Out /d' -e '/^AnonDirName /d' -e '/^Label /d' "$conf"
  printf 'Out %s\nAnonDirName %s\nLabel 1\n' "$out" "$out" | $sudo tee -a "$conf" >/dev/null
fi

if ! lpstat -r 2>/dev/null | grep -q 'is running'; then
  if command -v service >/dev/null && $sudo service cups start >/dev/null 2>&1; then :; else $sudo cupsd; fi
  for _ in $(seq 1 50); do lpstat -r 2>/dev/null | grep -q 'is running' && break; sleep 0.1; done
fi
lpstat -r | grep -q 'is running' || { echo 'cups-for-tests: cupsd did not start' >&2; exit 1; }

add_printer() {
  lpstat -p "$1" >/dev/null 2>&1 || $sudo lpadmin -p "$1" -E -v cups-pdf:/ -P "$ppd" -D "$2"
}
add_printer AllianceDeskPDF 'Alliance Desk test printer (PDF)'
add_printer AllianceDeskPaused 'Alliance Desk test printer (paused)'
add_printer AllianceDeskRejecting 'Alliance Desk test printer (refusing jobs)'
$sudo cupsenable AllianceDeskPDF && $sudo cupsaccept AllianceDeskPDF
$sudo cupsdisable AllianceDeskPaused && $sudo cupsaccept AllianceDeskPaused
$sudo cupsenable AllianceDeskRejecting && $sudo cupsreject AllianceDeskRejecting
echo "cups-for-tests: printers ready, PDFs go to $out"
