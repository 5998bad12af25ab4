#!/usr/bin/env bash
# Renders the pack test readings (*.tex here) to PDF with pdflatex (Debian's
# texlive-latex-base). The PDFs are checked in so that the tests need no TeX;
# run this to remake them after changing a reading.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for tex in "$here"/*.tex; do
  name=$(basename "$tex" .tex)
  pdflatex -interaction=nonstopmode -halt-on-error -output-directory "$tmp" "$tex" >/dev/null
  mv "$tmp/$name.pdf" "$here/$name.pdf"
  echo "make-pdfs: $here/$name.pdf"
done
