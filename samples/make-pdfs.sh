#!/usr/bin/env bash
# Renders the sample readings (samples/readings/*.txt) to PDF with real producers
# and writes the text Glossator must extract from each (samples/expected/*.txt).
#
#   samples/make-pdfs.sh            render every sample
#   samples/make-pdfs.sh NAME...    render only these (e.g. slides article)
#
# Needs Debian's packages (install as root):
#   apt-get install --no-install-recommends python3 libreoffice-writer-nogui \
#     libreoffice-impress-nogui hyphen-en-us texlive-latex-base \
#     texlive-latex-recommended chromium fonts-dejavu fonts-liberation fonts-crosextra-carlito
# Each generator is samples/generate/make_NAME.py; the PDFs land in samples/pdfs/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
python=${PYTHON:-/usr/bin/python3}
[ -x "$python" ] || python=python3

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for g in "$here"/generate/make_*.py; do
    n=$(basename "$g" .py)
    names+=("${n#make_}")
  done
fi

for n in "${names[@]}"; do
  gen="$here/generate/make_$n.py"
  [ -f "$gen" ] || { echo "make-pdfs: no generator $gen" >&2; exit 2; }
  echo "make-pdfs: $n"
  "$python" "$gen" --out "$here/pdfs" --expected "$here/expected"
done
echo "make-pdfs: PDFs in $here/pdfs, expected texts in $here/expected"
