#!/usr/bin/env bash
# Peak memory (the largest process's resident set, GNU time's %M) of
# glossator annotate with every plugin, against pdftotext on the same PDF:
# on the 196-page thesis of ../shared/data/real/pdfs and on a PDF of 1,000
# pages or more made here by joining the real readings (pdfunite) until it
# is that long. Issue 17's target: 200 MB, growing with the pages in flight,
# not with the document, except for the Document itself.
#
#   tests/bench/memory_bench.sh        (BUILD_DIR, GLOSSATOR, PLUGIN_DIR, SHARED_DIR as speed_bench.sh)
#
# Needs GNU time (/usr/bin/time), pdfunite, pdfinfo, pdftotext and the real
# PDFs; exits 2 without them, else 0 (it measures, it does not pass or fail).
set -euo pipefail
source "$(dirname "$0")/build_under_test.sh" memory_bench
real=${SHARED_DIR:-$top/../shared}/data/real/pdfs
[[ -f $real/ecstr.pdf ]] || {
  echo "memory_bench: no $real/ecstr.pdf: $real missing or incomplete (SHARED_DIR names the shared folder)" >&2
  exit 2
}
for tool in /usr/bin/time pdfunite pdfinfo pdftotext; do
  command -v "$tool" >/dev/null || { echo "memory_bench: needs $tool" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
# The pages of a PDF to join, or exit 2: one that counted as none would
# leave the join below short of 1,000 pages for ever.
pages_to_join() {
  local n
  n=$(pages "$1")
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "memory_bench: pdfinfo cannot count the pages of $1" >&2; exit 2; }
  echo "$n"
}
# peak COMMAND...: the peak RSS in MB and the CPU seconds of one run.
peak() {
  /usr/bin/time -f '%M %U %S' -o "$work/time" "$@" >/dev/null 2>"$work/err" || {
    echo "memory_bench: failed: $* ($(tail -1 "$work/err"))" >&2
  }
  awk '{printf "%7.1f MB %7.1f s", $1 / 1024, $2 + $3}' "$work/time"
}

# The real readings joined, in turn, until there are 1,000 pages or more.
join=$work/joined.pdf
list=() total=0
while ((total < 1000)); do
  for pdf in "$real"/*.pdf; do
    list+=("$pdf")
    n=$(pages_to_join "$pdf") || exit 2
    total=$((total + n))
    ((total >= 1000)) && break
  done
done
pdfunite "${list[@]}" "$join"

printf '%-34s %6s  %-21s %-21s %-21s\n' pdf pages pdftotext 'glossator text' 'glossator annotate'
for pdf in "$real/ecstr.pdf" "$join"; do
  name=$(basename "$pdf")
  [[ $pdf == "$join" ]] && name="joined (${#list[@]} real PDFs)"
  printf '%-34s %6s  %s  %s  %s\n' "$name" "$(pages "$pdf")" "$(peak pdftotext "$pdf" -)" \
    "$(peak "$bin" text "$pdf")" \
    "$(rm -f "$work/out.xml" && peak "$bin" annotate "$pdf" -o "$work/out.xml" --plugin-dir "$plugins" -q)"
done
echo "glossator: $bin; plugins: $plugins"
