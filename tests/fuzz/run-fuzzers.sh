#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) in build-fuzz/ and runs
# each for SECONDS (default 60: a smoke, not a campaign) on a seed corpus
# from the samples, ../shared/data/bad-pdfs/, the shipped thesaurus and an
# editor's TEI of the sample article (tests/fuzz/seeds/edits/).
# Exits non-zero on the first finding; libFuzzer leaves the input that found
# it as crash-*, leak-* or timeout-* in build-fuzz/findings/.
#   bash tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_text fuzz_settings fuzz_thesaurus fuzz_pdf fuzz_edits)
build=build-fuzz
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_C_COMPILER=clang -DGLOSSATOR_FUZZ=ON -DGLOSSATOR_BUILD_TESTS=OFF \
  -DGLOSSATOR_BUILD_BENCHMARKS=OFF -DGLOSSATOR_PLUGINS=concepts >/dev/null
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"

# Seeds, copied (libFuzzer adds to its corpus directory; the inputs stay as they are).
corpus=$build/corpus
mkdir -p "$corpus"/{fuzz_text,fuzz_settings,fuzz_thesaurus,fuzz_pdf,fuzz_edits} "$build/findings"
# PDFs under 512 KB: a seed that takes seconds per run (the 315-page long
# paper) would make every mutation of it that slow.
find samples/pdfs ../shared/data/bad-pdfs -maxdepth 1 -name '*.pdf' -size -512k \
  -exec cp {} "$corpus/fuzz_pdf/" \; 2>/dev/null || true
cp plugins/concepts/data/thesaurus.xml "$corpus/fuzz_thesaurus/"
cp tests/fuzz/seeds/edits/*.xml "$corpus/fuzz_edits/"
printf 'concepts.thesaurus = a.xml\nconcepts.builtin = false # ours off\n' \
  >"$corpus/fuzz_settings/seed.conf"
printf 'Fre\xef\xac\x81ud\xc2\xa0\xef\xbf\xbe \x1b[2J\xed\xa0\x80' >"$corpus/fuzz_text/seed.txt"

export LSAN_OPTIONS="suppressions=$PWD/tests/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
for target in "${targets[@]}"; do
  echo "== $target: $seconds s"
  # -rss_limit_mb: the default --max-memory; -timeout: a PDF taking 25 s is a finding.
  "$build/tests/fuzz/$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=25 \
    -artifact_prefix="$build/findings/$target-" -print_final_stats=1 "$corpus/$target"
done
