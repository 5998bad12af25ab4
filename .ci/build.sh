#!/usr/bin/env bash
# Configures and builds Glossator in build/ (warnings are errors when CI=true).
#   .ci/build.sh demo   the core, the glossator command and the shipped plugins
#                       (what samples/annotate-samples.sh runs), nothing more
#   .ci/build.sh        that and the tests and benchmarks (tests/run-tests.sh)
# Both build Release, so that the second adds the tests to the first's objects
# rather than compiling everything again; at -O2, since GCC 12 at -O3 warns
# falsely about std::string's own copies (-Wrestrict), which CI's -Werror fails.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
with_tests=ON
[ "${1:-}" = "demo" ] && with_tests=OFF
cmake -S "$top" -B "$top/build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
  -DGLOSSATOR_WERROR=$werror \
  -DGLOSSATOR_BUILD_TESTS=$with_tests -DGLOSSATOR_BUILD_BENCHMARKS=$with_tests >/dev/null
cmake --build "$top/build" -j"$(nproc)"
