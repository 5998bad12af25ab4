#!/usr/bin/env bash
# Speed of whole processes against pdftotext on the same PDFs, in the same run:
# pdftotext FILE -, glossator text FILE and glossator annotate FILE with every
# plugin of the build (issue 17's targets: on PDFs of 5 pages or more, text
# <= 1.3x and annotate <= 1.5x pdftotext; a one-page PDF with all plugins
# <= 10 ms of CPU).
#
#   tests/bench/speed_bench.sh [PDF...]
#       default: every PDF of $SHARED_DIR/data/real/pdfs and samples/pdfs
#
# For each PDF it reports
#   - CPU time (user + system, children included; bash's times), the median of
#     REPEAT runs of each command, run in turn (p, t, a, p, t, a, ...) so that
#     a change in the machine's load hits all three;
#   - instructions, counted by callgrind, when valgrind is installed: they do
#     not depend on the load of a shared machine, so one run is enough.
#     --trace-children=yes counts every process a command starts (the worker
#     that reads the PDF, the child that checks the plugins), summed here.
# then the ratios to pdftotext, "over" beside a ratio past its target, the
# same over all the PDFs (ratios of the sums) and the fixed cost of a
# document: annotate on page 1 of samples/pdfs/article.pdf alone.
#
# Variables:
#   BUILD_DIR     the build to measure (default: build); its core/glossator and plugins/
#   GLOSSATOR     the glossator binary (default: $BUILD_DIR/core/glossator)
#   PLUGIN_DIR    the plugins annotate runs (default: $BUILD_DIR/plugins)
#   REPEAT        timed runs per command and PDF (default 3)
#   INSTRUCTIONS  0: no callgrind counts even where valgrind is installed
#   KEEP          a directory to keep the callgrind files in (default: none kept)
#   SHARED_DIR    the shared folder of the real PDFs (default: ../shared beside the repository)
#
# Exits 2 when pdftotext, pdfinfo, pdfseparate, the build, a PDF named or (with
# none named) the real PDFs are missing, else 0 (it measures, it does not pass
# or fail). The whole folder takes about 30 minutes
# on a 2-CPU machine with callgrind, 3 without.
set -euo pipefail
source "$(dirname "$0")/build_under_test.sh" speed_bench
repeat=${REPEAT:-3}
real=${SHARED_DIR:-$top/../shared}/data/real/pdfs
if [[ $# -gt 0 ]]; then
  pdfs=("$@")
else
  # Without them a pattern that matches nothing would be measured as a PDF.
  pdfs=()
  [[ -d $real ]] && pdfs=("$real"/*.pdf)
  [[ ${#pdfs[@]} -gt 0 && -f ${pdfs[0]} ]] || {
    echo "speed_bench: no real PDFs: $real missing or empty (SHARED_DIR names the shared folder)" >&2
    exit 2
  }
  pdfs+=("$top"/samples/pdfs/*.pdf)
fi
for pdf in "${pdfs[@]}"; do
  [[ -f $pdf ]] || { echo "speed_bench: no PDF $pdf" >&2; exit 2; }
done
for tool in pdftotext pdfinfo pdfseparate; do
  command -v "$tool" >/dev/null || { echo "speed_bench: needs $tool" >&2; exit 2; }
done
count_instructions=0
if [[ ${INSTRUCTIONS:-1} != 0 ]] && command -v valgrind >/dev/null; then count_instructions=1; fi
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

# The CPU seconds (user + system) of this shell's finished children so far,
# read from a file `times` wrote: bash's times (getrusage) counts to the
# millisecond, where GNU time's %U and %S count hundredths. times must run in
# this shell, not in a $(...) subshell, whose children are its own.
seconds_in() {
  awk 'END {
    n = split($0, f, " "); s = 0
    for (i = 1; i <= n; i++) { split(f[i], ms, "m"); s += ms[1] * 60 + ms[2] }
    printf "%.6f\n", s }' "$1"
}

# cpu COMMAND...: prints the CPU seconds (user + system, children included)
# of one run of COMMAND.
cpu() {
  times >"$work/before"
  "$@" >/dev/null 2>&1 || true
  times >"$work/after"
  awk -v a="$(seconds_in "$work/after")" -v b="$(seconds_in "$work/before")" \
    'BEGIN {printf "%.6f\n", a - b}'
}

median() { sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }


printf '%-34s %5s %9s %9s %9s %7s %7s' pdf pages 'cpu p' 'cpu t' 'cpu a' 't/p' 'a/p'
[[ $count_instructions == 1 ]] && printf ' %10s %10s %10s %7s %7s' 'instr p' 'instr t' 'instr a' 't/p' 'a/p'
printf '\n'
sum() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.4f\n", a + b}'; }
mark() {  # ratio target pages: the ratio, with "over" past a target that applies
  awk -v r="$1" -v t="$2" -v g="$3" 'BEGIN {printf "%5.2f%s", r, (g >= 5 && r > t) ? "!" : " "}'
}
tp=0 tt=0 ta=0 ip=0 it=0 ia=0
for pdf in "${pdfs[@]}"; do
  pages=$(pdfinfo "$pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
  : >"$work/p" && : >"$work/t" && : >"$work/a"
  for ((i = 0; i < repeat; i++)); do
    cpu pdftotext "$pdf" - >>"$work/p"
    cpu "$bin" text "$pdf" >>"$work/t"
    # A first run each time: an earlier run's TEI would make it a re-run,
    # which reads that TEI for an editor's corrections first.
    rm -f "$work/out.xml"
    cpu "$bin" annotate "$pdf" -o "$work/out.xml" --plugin-dir "$plugins" -q >>"$work/a"
  done
  p=$(median <"$work/p") t=$(median <"$work/t") a=$(median <"$work/a")
  tp=$(sum "$tp" "$p") tt=$(sum "$tt" "$t") ta=$(sum "$ta" "$a")
  printf '%-34s %5s %8.3fs %8.3fs %8.3fs' "$(basename "$pdf")" "$pages" "$p" "$t" "$a"
  printf ' %s %s' "$(mark "$(awk -v a="$t" -v b="$p" 'BEGIN {print a / b}')" 1.3 "$pages")" \
    "$(mark "$(awk -v a="$a" -v b="$p" 'BEGIN {print a / b}')" 1.5 "$pages")"
  if [[ $count_instructions == 1 ]]; then
    np=$(instructions pdftotext "$pdf" -)
    nt=$(instructions "$bin" text "$pdf")
    rm -f "$work/out.xml"
    na=$(instructions "$bin" annotate "$pdf" -o "$work/out.xml" --plugin-dir "$plugins" -q)
    ip=$((ip + np)) it=$((it + nt)) ia=$((ia + na))
    awk -v p="$np" -v t="$nt" -v a="$na" 'BEGIN {printf " %9.1fM %9.1fM %9.1fM", p/1e6, t/1e6, a/1e6}'
    printf ' %s %s' "$(mark "$(awk -v a="$nt" -v b="$np" 'BEGIN {print a / b}')" 1.3 "$pages")" \
      "$(mark "$(awk -v a="$na" -v b="$np" 'BEGIN {print a / b}')" 1.5 "$pages")"
  fi
  printf '\n'
done
printf '%-34s %5s %8.3fs %8.3fs %8.3fs %7.2f %7.2f' total '' "$tp" "$tt" "$ta" \
  "$(awk -v a="$tt" -v b="$tp" 'BEGIN {print a / b}')" "$(awk -v a="$ta" -v b="$tp" 'BEGIN {print a / b}')"
if [[ $count_instructions == 1 ]]; then
  awk -v p="$ip" -v t="$it" -v a="$ia" 'BEGIN {
    printf " %9.1fM %9.1fM %9.1fM %7.2f %7.2f", p/1e6, t/1e6, a/1e6, t/p, a/p }'
fi
printf '\n'
echo "(! : past the target, text 1.3x and annotate 1.5x pdftotext, on PDFs of 5 pages or more)"

# The fixed cost of a document: one page, every plugin.
pdfseparate -f 1 -l 1 "$top/samples/pdfs/article.pdf" "$work/one-page.pdf"
: >"$work/one"
for ((i = 0; i < repeat + 2; i++)); do
  rm -f "$work/one.xml"
  cpu "$bin" annotate "$work/one-page.pdf" -o "$work/one.xml" --plugin-dir "$plugins" -q >>"$work/one"
done
printf 'one-page PDF, annotate with every plugin: %.1f ms CPU (median of %d; target 10 ms)' \
  "$(awk -v s="$(median <"$work/one")" 'BEGIN {print s * 1000}')" "$((repeat + 2))"
if [[ $count_instructions == 1 ]]; then
  rm -f "$work/one.xml"
  printf ', %.1f M instructions' \
    "$(awk -v n="$(instructions "$bin" annotate "$work/one-page.pdf" -o "$work/one.xml" \
      --plugin-dir "$plugins" -q)" 'BEGIN {print n / 1e6}')"
fi
printf '\n'
echo "glossator: $bin; plugins: $plugins"
