#!/usr/bin/env bash
# Benchmark of `glossator pack`: a pack of 43 readings (the four sample
# readings and the 13 PDFs of ../shared/data/real/pdfs/ three times over,
# under different ids), built with -j 1 and with -j 2 into fresh folders,
# then built again with nothing changed, then the pack step alone (--merge).
# Reports wall time, the speed-up of -j 2, the peak resident memory of the
# largest process (GNU time) and of the whole process tree (sampled), and
# the re-run's time. It measures; it does not pass or fail.
#
#   tests/bench/pack_bench.sh [BUILD_DIR]      # default: build
#
# Needs GNU time (/usr/bin/time) and ../shared beside the repository. The
# machine's load changes the figures: say what else was running with them.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build}
glossator=$build/core/glossator
plugins=$build/plugins
real=${SHARED_DIR:-$top/../shared}/data/real/pdfs
repeat=${REPEAT_REAL:-3}
for need in "$glossator" /usr/bin/time "$real"; do
  [ -e "$need" ] || { echo "pack_bench: $need missing" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

manifest=$work/pack.toml
{
  echo 'title = "Benchmark pack"'
  for n in article working-paper column slides; do
    printf '[[reading]]\npdf = "%s"\nid = "sample-%s"\n' "$top/samples/pdfs/$n.pdf" "$n"
  done
  for r in $(seq 1 "$repeat"); do
    for pdf in "$real"/*.pdf; do
      stem=$(basename "$pdf" .pdf | tr -c 'A-Za-z0-9_.\n-' '-')
      printf '[[reading]]\npdf = "%s"\nid = "copy%d-%s"\n' "$pdf" "$r" "$stem"
    done
  done
} > "$manifest"
readings=$(grep -c '^\[\[reading\]\]' "$manifest")

# Runs glossator pack ARGS under GNU time while sampling the resident memory
# of the pack process and its workers together; prints "WALL MAXRSS_KB TREE_KB".
measure() {
  local log=$work/time.log
  /usr/bin/time -v -o "$log" "$glossator" pack "$manifest" "$@" --plugin-dir "$plugins" -q \
    2> "$work/stderr.log" &
  local pid=$! tree=0
  while kill -0 "$pid" 2>/dev/null; do
    # The time process, glossator under it, and glossator's workers.
    local kb
    kb=$(ps -e -o pid=,ppid=,rss= | awk -v root="$pid" '
      { parent[$1] = $2; rss[$1] = $3 }
      END { for (p in rss) { q = p; while (q != "" && q != root && q in parent && q != 1) q = parent[q];
                             if (q == root) sum += rss[p] } print sum + 0 }')
    [ "$kb" -gt "$tree" ] && tree=$kb
    sleep 0.2
  done
  wait "$pid" || echo "pack_bench: glossator pack $* exited $? (see below)" >&2
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0;
         for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log")
  echo "$wall $rss $tree"
}

echo "pack_bench: $readings readings, $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r t1 rss1 tree1 < <(measure -o "$work/j1" -j 1)
read -r t2 rss2 tree2 < <(measure -o "$work/j2" -j 2)
read -r t3 rss3 tree3 < <(measure -o "$work/j2" -j 2)
read -r t4 rss4 tree4 < <(measure --merge "$work/j2")
grep -v '^$' "$work/stderr.log" | head -5 || true
pages=$(grep -o 'quantity="[0-9]*"' "$work/j2/pack.xml" | head -"$readings" | tr -dc '0-9\n' |
        awk '{ s += $1 } END { print s }')
cat <<REPORT
pack_bench: $readings readings, $pages pages; load average after: $(cut -d' ' -f1-3 /proc/loadavg)
  -j 1                  ${t1} s   largest process ${rss1} KB, whole tree ${tree1} KB
  -j 2                  ${t2} s   largest process ${rss2} KB, whole tree ${tree2} KB
  speed-up -j 2 / -j 1  $(awk -v a="$t1" -v b="$t2" 'BEGIN { printf "%.2fx", a / b }')
  re-run, unchanged     ${t3} s   (the pack step alone, --merge: ${t4} s)
REPORT
