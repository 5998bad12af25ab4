#!/usr/bin/env bash
# Installs what is missing, builds Glossator and runs the whole test suite.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bash "$top/.ci/install-deps.sh"
bash "$top/.ci/build.sh"
cd "$top/build"
ctest --output-on-failure -j"$(nproc)"
