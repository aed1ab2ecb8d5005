#!/usr/bin/env bash
# Makes the committed sample units saved by LibreOffice (.xls, .ods, .xlsx), so the demo also
# reads files our writer did not make. Run once (needs soffice); the demo itself never needs it.
#   bash scripts/make-libreoffice-samples.sh
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf samples/generated samples/libreoffice
mkdir -p samples/libreoffice
npx tsx -e 'require("./src/cli/commands/demo").ensureSampleUnits("samples/generated", "samples/none")'
profile=$(mktemp -d)
convert() { # unit, LibreOffice filter, extension
  soffice "-env:UserInstallation=file://$profile" --headless --convert-to "$2" --outdir "$profile/out" "samples/generated/$1_phu-luc.xlsx" >/dev/null
  mv "$profile/out/$1_phu-luc.$3" "samples/libreoffice/$1_libreoffice.$3"
}
convert CBCS01 xls xls
convert DBCS02 ods ods
convert CBCS04 "xlsx:Calc MS Excel 2007 XML" xlsx
rm -rf "$profile" samples/generated
ls -l samples/libreoffice
