#!/bin/sh
# refs_figures.sh: prints the figures issue 12 asks for, in one run.
#
#   plugins/citations/tools/refs_figures.sh BUILD_DIR [--list]
#
# 1. Field accuracy (per field, micro-F1, whole entry right; all and
#    author-year) on AnyStyle's gold and on the held-out GROBID fifth
#    (data/held_out/grobid-citation.txt): the ReferenceParserBenchmark tests.
# 2. Segmentation on the held-out grobid-segmenter files
#    (data/held_out/grobid-segmenter.txt): entries found exactly and entries
#    that start inside another (wrong first author), lines and section units.
# 3. Reference lists of the real PDFs: entries Glossator finds against the
#    count read by hand from the page images (facts.tsv, reference_entries);
#    --list prints each entry's first author to check them by reading.
# Nothing here tunes anything; it only reads and scores.
set -eu
build=${1:?usage: refs_figures.sh BUILD_DIR [--list]}
list=${2:-}
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${GLOSSATOR_SHARED:-$here/../../../shared}
[ -d "$shared/data" ] || shared=/work/shared

echo "== field accuracy =="
"$build/plugins/citations/tests/citations_tests" --gtest_filter='ReferenceParserBenchmark.*' |
  grep -v '^\[' || true

echo "== segmentation, held-out grobid-segmenter files =="
for units in lines section; do
  "$build/plugins/citations/segmentation_eval" "$shared/data/real/references/grobid-segmenter" \
    "$here/data/held_out/grobid-segmenter.txt" held-out "$units" | grep '^held-out'
done

echo "== real PDFs: entries found / read by hand (facts.tsv) =="
found_total=0 read_total=0 equal=0 lists=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -v '^#' "$shared/data/real/facts.tsv" | while IFS="$(printf '\t')" read -r file pages slides n style lines; do
  [ "$n" -gt 0 ] || continue
  pdf="$shared/data/real/pdfs/$file"
  "$build/core/glossator" refs "$pdf" --format csl-json -o "$tmp/$file.json" \
    --plugin-dir "$build/plugins" 2>"$tmp/err" || { echo "$file: glossator refs failed: $(cat "$tmp/err")"; continue; }
  python3 - "$tmp/$file.json" "$file" "$n" "$style" "$list" <<'PY'
import json, sys
path, name, n, style, show = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
items = json.load(open(path))
print(f"{name:40s} {style:12s} read {n:4d} found {len(items):4d} {'OK' if len(items) == n else 'DIFF'}")
if show == "--list":
    for i, it in enumerate(items, 1):
        a = (it.get("author") or it.get("editor") or [{}])[0]
        who = a.get("family") or a.get("literal") or "?"
        title = (it.get("title") or "")[:50]
        print(f"   {i:3d} {who:28s} {title}")
PY
done
