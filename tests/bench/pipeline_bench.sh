#!/usr/bin/env bash
# The pipeline's own overhead: the template plugin (quotes) run over the long
# sample and written as TEI, as a ratio to extraction alone, in one run.
#
#   tests/bench/pipeline_bench.sh [BUILD_DIR]      (default: build; REPEAT=5)
#
# Prints the median CPU time (user + system) of each of
#   extract   glossator text long-paper.pdf
#   tei       glossator annotate long-paper.pdf --no-plugins   (extraction + TEI)
#   pipeline  glossator annotate long-paper.pdf --plugins quotes (+ plugin run)
# and the ratios tei/extract and pipeline/extract (target: pipeline < 1.15).
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
case "$build" in /*) ;; *) build="$top/$build" ;; esac
bin="$build/core/glossator"
plugins="$build/plugins"
pdf="$top/samples/pdfs/long-paper.pdf"
repeat=${REPEAT:-5}
[ -x /usr/bin/time ] || { echo "pipeline_bench: needs GNU time (apt-get install time)" >&2; exit 2; }
for need in "$bin" "$plugins/libquotes.so" "$pdf"; do
  [ -e "$need" ] || { echo "pipeline_bench: missing $need (build first)" >&2; exit 2; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# CPU seconds (user + system, children included) of one run: steadier than
# wall time on a shared machine.
time_of() {
  /usr/bin/time -f '%U %S' -o "$out/time" "$@" >/dev/null 2>&1
  awk '{print $1 + $2}' "$out/time"
}
declare -A runs=(
  [extract]="$bin text $pdf"
  [tei]="$bin annotate $pdf -o $out/tei.xml --no-plugins"
  [pipeline]="$bin annotate $pdf -o $out/p.xml --plugin-dir $plugins --plugins quotes"
)
declare -A times
for name in extract tei pipeline; do $(echo "${runs[$name]}") >/dev/null 2>&1; done  # warm up
for name in extract tei pipeline; do
  samples=""
  for _ in $(seq "$repeat"); do samples+="$(time_of ${runs[$name]})"$'\n'; done
  times[$name]=$(printf '%s' "$samples" | median)
done
annotations=$(grep -c '<q ' "$out/p.xml" || true)
printf '%-9s %8s\n' step seconds
for name in extract tei pipeline; do printf '%-9s %8.3f\n' "$name" "${times[$name]}"; done
printf 'quotes marked: %s\n' "$annotations"
printf 'tei/extract:      %.3f\n' "$(echo "${times[tei]} / ${times[extract]}" | bc -l)"
printf 'pipeline/extract: %.3f (target < 1.15)\n' \
  "$(echo "${times[pipeline]} / ${times[extract]}" | bc -l)"
