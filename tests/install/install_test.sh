#!/usr/bin/env bash
# Installs a Glossator build into a scratch prefix and uses it as an outsider:
#
#   1. cmake --install <build> --prefix <work>/prefix
#   2. the prefix holds the public headers (exactly core/include/glossator/),
#      the library, the command, the plugin directory and the CMake package
#   3. samples/plugin-template configures against the prefix alone
#      (find_package(Glossator 0.1 COMPONENTS plugin)) ...
#   4. ... and builds, warning-free, into <work>/template-build
#   5. libquotes.so exports glossator_plugin_entry and nothing of Glossator is
#      left undefined in it (a plugin never links against Glossator)
#   6. cmake --install of the template puts it into GLOSSATOR_PLUGIN_DIR
#   7. a program linking Glossator::core (tests/install/core-consumer) builds
#   8. ... and extracts samples/pdfs/column.pdf
#   9. a C plugin and a C++ plugin (tests/install/sdk-plugins) build against
#      the installed headers alone, each reading a data file beside it
#      (plugin_path), and the installed harness (plugin_testing.h) runs them
#  10. the documentation is installed (share/doc/glossator/)
#  11. does the installed glossator have --plugin-dir? If not, stop here (pass)
#  12. it annotates column.pdf with the template plugin: the quotations are <q>
#  13. the TEI validates against tei_all.rng (jing)
#  14. --set quotes.min_words=4 leaves the 3-word quotation unmarked
#
# Every step logs to <work>/logs/; a failure names the step and shows its log.
# Needs no network. Usage: see tests/install/CMakeLists.txt.
set -euo pipefail

while [[ $# -gt 0 ]]; do
  case "$1" in
    --build-dir) build_dir=$2 ;;
    --source-dir) source_dir=$2 ;;
    --work-dir) work=$2 ;;
    --libdir) libdir=$2 ;;
    --cmake) cmake=$2 ;;
    --cxx) cxx=$2 ;;
    --jing) jing=$2 ;;
    --schema) schema=$2 ;;
    *) echo "install_test.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift 2
done

prefix=$work/prefix
logs=$work/logs
rm -rf "$work"
mkdir -p "$logs"

step_number=0
step_name=""
step_log=/dev/null

# step NAME: starts a step; its commands log to $step_log.
step() {
  step_number=$((step_number + 1))
  step_name=$1
  step_log=$logs/$(printf '%02d' "$step_number")-$(echo "$1" | tr -c 'a-zA-Z0-9\n' '-' | cut -c1-40).log
  : >"$step_log"
  echo "[$step_number] $step_name"
}

# fail MESSAGE: ends the test, naming the step.
fail() {
  echo "FAILED at step $step_number ($step_name): $1" >&2
  if [[ -s $step_log ]]; then
    echo "--- last lines of $step_log:" >&2
    tail -n 40 "$step_log" >&2
  fi
  exit 1
}

# run COMMAND...: runs it with its output in the step's log; fails the step
# if it fails.
run() {
  echo "+ $*" >>"$step_log"
  "$@" >>"$step_log" 2>&1 || fail "exit code $? from: $*"
}

# Options for every outside project: only the prefix, never a package
# registry or this build tree; the same compiler; warnings are errors.
consumer_options=(
  -DCMAKE_PREFIX_PATH="$prefix"
  -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
  -DCMAKE_FIND_USE_SYSTEM_PACKAGE_REGISTRY=OFF
  -DCMAKE_CXX_COMPILER="$cxx"
  -DCMAKE_BUILD_TYPE=Release
  "-DCMAKE_CXX_FLAGS=-Wall -Wextra -Wpedantic -Wshadow -Werror"
  "-DCMAKE_C_FLAGS=-Wall -Wextra -Wpedantic -Wshadow -Werror"
)

step "install the build into $prefix"
run "$cmake" --install "$build_dir" --prefix "$prefix"

step "check the installed layout"
[[ -x $prefix/bin/glossator ]] || fail "no executable bin/glossator"
[[ -d $prefix/$libdir/glossator/plugins ]] || fail "no plugin directory $libdir/glossator/plugins"
for f in GlossatorConfig.cmake GlossatorConfigVersion.cmake GlossatorPlugin.cmake \
  GlossatorPluginTargets.cmake GlossatorCoreTargets.cmake; do
  [[ -f $prefix/$libdir/cmake/Glossator/$f ]] || fail "no $libdir/cmake/Glossator/$f"
done
ls "$prefix/$libdir"/libglossator_core.* >/dev/null 2>&1 || fail "no $libdir/libglossator_core.*"
[[ "$(ls "$prefix/include")" == glossator ]] ||
  fail "include/ holds more than glossator/: $(ls "$prefix/include" | tr '\n' ' ')"
expected=$(cd "$source_dir/core/include/glossator" && ls | sort)
installed=$(cd "$prefix/include/glossator" && ls | sort)
if [[ $expected != "$installed" ]]; then
  echo "in core/include/glossator: $expected" >>"$step_log"
  echo "installed:                 $installed" >>"$step_log"
  fail "installed headers differ from core/include/glossator/ (list new headers in core/cmake/GlossatorInstall.cmake)"
fi

step "configure samples/plugin-template against the prefix"
run "$cmake" -S "$source_dir/samples/plugin-template" -B "$work/template-build" \
  "${consumer_options[@]}"
found_dir=$(sed -n 's/^Glossator_DIR:PATH=//p' "$work/template-build/CMakeCache.txt")
[[ $found_dir == "$prefix"/* ]] || fail "found Glossator in '$found_dir', not under $prefix"

step "build the template plugin"
run "$cmake" --build "$work/template-build"
module=$work/template-build/libquotes.so
[[ -f $module ]] || fail "no $module after the build"

step "check the symbols of libquotes.so"
nm -D --defined-only "$module" >"$work/defined.txt" 2>>"$step_log" || fail "nm -D failed on $module"
nm -D --undefined-only "$module" >"$work/undefined.txt" 2>>"$step_log" || fail "nm -D failed"
grep -Eq ' T glossator_plugin_entry$' "$work/defined.txt" ||
  fail "glossator_plugin_entry is not exported (see $work/defined.txt)"
if grep -v ' glossator_plugin_entry$' "$work/defined.txt" | grep -qi glossator; then
  fail "exports more of Glossator than the entry point: $(grep -i glossator "$work/defined.txt" | tr '\n' ' ')"
fi
if grep -qi glossator "$work/undefined.txt"; then
  fail "needs Glossator symbols (a plugin must not link against Glossator): $(grep -i glossator "$work/undefined.txt" | tr '\n' ' ')"
fi

step "install the template plugin into GLOSSATOR_PLUGIN_DIR"
run "$cmake" --install "$work/template-build"
[[ -f $prefix/$libdir/glossator/plugins/libquotes.so ]] ||
  fail "libquotes.so is not in $prefix/$libdir/glossator/plugins"

step "build a Glossator::core consumer against the prefix"
run "$cmake" -S "$source_dir/tests/install/core-consumer" -B "$work/core-consumer-build" \
  "${consumer_options[@]}"
run "$cmake" --build "$work/core-consumer-build"

step "run the core consumer on samples/pdfs/column.pdf"
run "$work/core-consumer-build/core_consumer" "$source_dir/samples/pdfs/column.pdf"
grep -Eq '^[1-9][0-9]* blocks' "$step_log" || fail "the consumer extracted no blocks"

step "build a C and a C++ plugin and the harness against the prefix"
run "$cmake" -S "$source_dir/tests/install/sdk-plugins" -B "$work/sdk-build" \
  "${consumer_options[@]}"
run "$cmake" --build "$work/sdk-build"
for f in libmarker-c.so libmarker-cpp.so marker-c/word.txt marker-cpp/word.txt sdk_harness; do
  [[ -f $work/sdk-build/$f ]] || fail "no $work/sdk-build/$f after the build"
done

step "run both plugins with the installed harness (plugin_testing.h)"
run "$work/sdk-build/sdk_harness" "$work/sdk-build/libmarker-c.so" \
  "$work/sdk-build/libmarker-cpp.so"

step "check the installed documentation"
for f in plugin-template/README.md plugin-template/quotes.cc concepts/README.md \
  citations/README.md vignettes/README.md; do
  [[ -f $prefix/share/doc/glossator/$f ]] || fail "no share/doc/glossator/$f"
done

step "ask the installed glossator whether it has --plugin-dir"
# (--plugin-dir is an option of annotate: each command has its own --help.)
"$prefix/bin/glossator" annotate --help >"$step_log" 2>&1 || true
if ! grep -q -- '--plugin-dir' "$step_log"; then
  echo "    skipped steps 12-14 (the plugin run): the installed glossator has no --plugin-dir yet"
  echo "PASSED (plugin run skipped)"
  exit 0
fi

# GLOSSATOR_PLUGIN_PATH could bring other plugins; --plugins names ours only.
unset GLOSSATOR_PLUGIN_PATH
pdf=$source_dir/samples/pdfs/column.pdf

step "annotate column.pdf with the template plugin"
run "$prefix/bin/glossator" annotate "$pdf" -o "$work/out.xml" \
  --plugin-dir "$work/template-build" --plugins quotes
[[ -s $work/out.xml ]] || fail "no $work/out.xml"
# Each <q> on a line of its own, then its text up to the next tag.
grep -o '<q[ >][^<]*' "$work/out.xml" >"$work/quotes.txt" || true
cat "$work/quotes.txt" >>"$step_log"
grep -q 'You sounded so pleased for her' "$work/quotes.txt" ||
  fail "the quotation “You sounded so pleased for her.” is not marked <q> in $work/out.xml"
grep -q 'a wedding moment' "$work/quotes.txt" ||
  fail "the quotation “a wedding moment,” (3 words) is not marked <q> in $work/out.xml"

step "validate the TEI against tei_all.rng"
[[ -f $schema ]] || fail "no schema at $schema"
run "$jing" "$schema" "$work/out.xml"

step "annotate again with --set quotes.min_words=4"
run "$prefix/bin/glossator" annotate "$pdf" -o "$work/out-min4.xml" \
  --plugin-dir "$work/template-build" --plugins quotes --set quotes.min_words=4
grep -o '<q[ >][^<]*' "$work/out-min4.xml" >"$work/quotes-min4.txt" || true
grep -q 'You sounded so pleased for her' "$work/quotes-min4.txt" ||
  fail "with min_words=4 the 5-word quotation is no longer marked"
if grep -q 'a wedding moment' "$work/quotes-min4.txt"; then
  fail "with min_words=4 the 3-word quotation “a wedding moment,” is still marked"
fi

echo "PASSED"
