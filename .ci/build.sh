#!/usr/bin/env bash
# Configures and builds Glossator in build/ (warnings are errors when CI=true).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S "$top" -B "$top/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGLOSSATOR_WERROR=$werror >/dev/null
cmake --build "$top/build" -j"$(nproc)"
