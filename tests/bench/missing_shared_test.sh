#!/usr/bin/env bash
# The benchmarks without the real PDFs: each exits 2 at once, naming the
# folder it looked in, rather than measuring a pattern that matched nothing
# (speed_bench: ratios over zero) or joining PDFs of no pages for ever
# (memory_bench). Run by ctest (bench_missing_shared) with GLOSSATOR and
# PLUGIN_DIR of the build; `timeout` ends a benchmark that starts measuring.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty/data/real/pdfs" "$work/not-pdf/data/real/pdfs"
: >"$work/not-pdf/data/real/pdfs/ecstr.pdf"  # pdfinfo counts no pages in it
failures=0

# expect NAME SHARED_DIR [ARG...]: the script exits 2 and its message names
# SHARED_DIR's data/real/pdfs.
expect() {
  local name=$1 shared=$2
  shift 2
  local rc=0
  SHARED_DIR=$shared timeout 60 "$here/$name.sh" "$@" >"$work/out" 2>"$work/err" || rc=$?
  if [[ $rc != 2 ]] || ! grep -qF "$shared/data/real/pdfs" "$work/err"; then
    echo "FAIL: SHARED_DIR=$shared $name.sh $*: exit $rc, said: $(cat "$work/err")" >&2
    failures=$((failures + 1))
  else
    echo "ok: SHARED_DIR=$shared $name.sh: $(cat "$work/err")"
  fi
}

for bench in speed_bench memory_bench; do
  expect "$bench" "$work/no-such-folder"
  expect "$bench" "$work/empty"
done
expect memory_bench "$work/not-pdf"
# A PDF named that is not there: exit 2, naming it.
rc=0
timeout 60 "$here/speed_bench.sh" "$work/missing.pdf" >/dev/null 2>"$work/err" || rc=$?
if [[ $rc != 2 ]] || ! grep -qF "$work/missing.pdf" "$work/err"; then
  echo "FAIL: speed_bench.sh missing.pdf: exit $rc, said: $(cat "$work/err")" >&2
  failures=$((failures + 1))
fi
exit $((failures > 0))
