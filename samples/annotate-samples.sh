#!/usr/bin/env bash
# Installs what is missing, builds Glossator and annotates the bundled sample
# readings into out/samples/ (one TEI file per PDF).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bash "$top/.ci/install-deps.sh"
bash "$top/.ci/build.sh"
out="$top/out/samples"
# Plugins are found in build/plugins (the in-tree ones), as --plugin-dir says.
"$top/build/core/glossator" annotate "$top"/samples/pdfs/{slides,working-paper,article,column}.pdf \
  -o "$out/" --plugin-dir "$top/build/plugins"
echo "TEI written to $out/"
