#!/usr/bin/env bash
# Installs what is missing, builds Glossator and annotates the bundled sample
# readings into out/samples/ (one TEI file per PDF), and builds the sample
# reading pack into out/sample-pack/.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
bash "$top/.ci/install-deps.sh"
bash "$top/.ci/build.sh" demo
out="$top/out/samples"
# Plugins are found in build/plugins (the in-tree ones), as --plugin-dir says.
"$top/build/core/glossator" annotate "$top"/samples/pdfs/{slides,working-paper,article,column}.pdf \
  -o "$out/" --plugin-dir "$top/build/plugins"
echo "TEI written to $out/"
# The sample reading pack (samples/pack.toml): all four readings as one course.
"$top/build/core/glossator" pack "$top/samples/pack.toml" -o "$top/out/sample-pack" \
  --plugin-dir "$top/build/plugins"
echo "Sample pack written to $top/out/sample-pack/ (open index.html)"
