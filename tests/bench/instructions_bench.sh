#!/usr/bin/env bash
# Instructions, counted by callgrind, of whole processes: pdftotext, glossator
# text and glossator annotate with every plugin, on real PDFs. Instruction
# counts do not depend on the machine's load (wall time on a shared machine
# does), and --trace-children=yes counts every process a command starts (the
# worker that reads the PDF, the child that checks the plugins), summed here.
#
#   tests/bench/instructions_bench.sh [PDF...]
#       default PDFs: four real papers of 8 to 19 pages in ../shared/data/real/pdfs
#
# Variables:
#   BUILD_DIR   the build to measure (default: build); its core/glossator and plugins/
#   GLOSSATOR   the glossator binary (default: $BUILD_DIR/core/glossator)
#   PLUGIN_DIR  the plugins annotate runs (default: $BUILD_DIR/plugins)
#   KEEP        a directory to keep the callgrind files in (default: none kept)
#
# Prints, per PDF, pages and the instructions (millions) of each command, and
# text/pdftotext and annotate/pdftotext; then the same ratios over all the
# PDFs (sums). Exits 2 when valgrind, pdftotext or the build is missing, else 0
# (it measures, it does not pass or fail). A 13-page paper takes about a
# minute under callgrind on a 2-CPU machine.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$top/build}
case "$build" in /*) ;; *) build="$top/$build" ;; esac
bin=${GLOSSATOR:-$build/core/glossator}
plugins=${PLUGIN_DIR:-$build/plugins}
real=$top/../shared/data/real/pdfs
if [[ $# -gt 0 ]]; then
  pdfs=("$@")
else
  pdfs=("$real/cermine_example1.pdf" "$real/sp_P14-1059.pdf" "$real/sp_roark13.pdf"
        "$real/papaja_vignette.pdf")
fi
for tool in valgrind pdftotext pdfinfo; do
  command -v "$tool" >/dev/null || { echo "instructions_bench: needs $tool" >&2; exit 2; }
done
[[ -x $bin ]] || { echo "instructions_bench: no $bin (build first)" >&2; exit 2; }
[[ -d $plugins ]] || { echo "instructions_bench: no $plugins (build the plugins)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# instructions COMMAND...: the instructions of COMMAND and every process it
# starts (callgrind's "summary:" line of each file, summed: one file per
# process and per dump).
instructions() {
  rm -f "$work"/cg.*
  # A forked child inherits callgrind's counts of its parent so far: dumping
  # (and zeroing) them before each fork counts every instruction once.
  valgrind --tool=callgrind --trace-children=yes --dump-before='*fork' \
    --callgrind-out-file="$work/cg.%p" "$@" >/dev/null 2>"$work/valgrind.log" || true
  if [[ -n ${KEEP:-} ]]; then mkdir -p "$KEEP" && cp "$work"/cg.* "$KEEP"/; fi
  # %.0f, not %d: mawk (Debian's awk) clamps %d at 2^31 - 1, some 2147 M instructions.
  awk '/^summary:/ {s += $2} END {printf "%.0f\n", s}' "$work"/cg.*
}

unset GLOSSATOR_PLUGIN_PATH
printf '%-28s %5s %12s %12s %12s %8s %8s\n' pdf pages pdftotext text annotate text/p annot/p
total_p=0 total_t=0 total_a=0
for pdf in "${pdfs[@]}"; do
  pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  p=$(instructions pdftotext "$pdf" -)
  t=$(instructions "$bin" text "$pdf")
  a=$(instructions "$bin" annotate "$pdf" -o "$work/out.xml" --plugin-dir "$plugins" -q)
  total_p=$((total_p + p)) total_t=$((total_t + t)) total_a=$((total_a + a))
  awk -v n="$(basename "$pdf")" -v g="$pages" -v p="$p" -v t="$t" -v a="$a" 'BEGIN {
    printf "%-28s %5s %11.1fM %11.1fM %11.1fM %8.2f %8.2f\n", n, g, p/1e6, t/1e6, a/1e6, t/p, a/p }'
done
awk -v p="$total_p" -v t="$total_t" -v a="$total_a" 'BEGIN {
  printf "%-28s %5s %11.1fM %11.1fM %11.1fM %8.2f %8.2f\n", "total", "", p/1e6, t/1e6, a/1e6, t/p, a/p }'
echo "glossator: $bin; plugins: $plugins"
