# Sourced by the benchmarks: the build they measure. Sets top (the
# repository), bin (glossator) and plugins (the plugin directory annotate
# runs) from BUILD_DIR (default build/, relative to the repository),
# GLOSSATOR and PLUGIN_DIR, and leaves GLOSSATOR_PLUGIN_PATH unset so that
# only those plugins run. $1: the calling script's name, for its messages.
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${BUILD_DIR:-$top/build}
case "$build" in /*) ;; *) build="$top/$build" ;; esac
bin=${GLOSSATOR:-$build/core/glossator}
plugins=${PLUGIN_DIR:-$build/plugins}
[[ -x $bin ]] || { echo "$1: no $bin (build first)" >&2; exit 2; }
[[ -d $plugins ]] || { echo "$1: no $plugins (build the plugins)" >&2; exit 2; }
unset GLOSSATOR_PLUGIN_PATH
