#!/usr/bin/env bash
# Installs what Glossator needs to build and test on Debian 12, and nothing
# when it is all there. Runs apt-get as root (or through sudo).
set -euo pipefail
packages=(
  build-essential cmake pkg-config      # compiler and build
  libpoppler-private-dev poppler-utils  # PDF reading (Poppler's core API, TextOutputDev); pdftotext is the benchmark's reference
  libicu-dev libpugixml-dev             # Unicode text, XML
  libhunspell-dev hunspell-en-us        # word list for line-end hyphens
  libstemmer-dev                        # Snowball stemmer (concepts plugin)
  libdlib-dev                           # sequence labeller trained at build time (citations plugin)
  libblas-dev liblapack-dev libjpeg-dev # libraries dlib's CMake package links, not pulled in by it
  nettle-dev                            # SHA-256 of the source file and of the TEI ids
  libgtest-dev                          # tests
  zlib1g-dev                            # writes the tests' decompression bomb (pdf_bomb.cc)
  jing                                  # RELAX NG validation of the TEI output
  pandoc                                # reads `glossator refs` output in the tests
  time                                  # peak memory in the benchmark
  libcli11-dev                          # the command's options: GNU forms, --, per-command help
  libtomlplusplus-dev                   # reads `glossator pack` manifests (TOML, with line numbers)
  chromium                              # the pack site's browser test (headless --dump-dom)
  help2man                              # the man page, made from the command's help
  python3 texlive-latex-base            # typesets the control prose into PDFs (tests/real/render_controls.py)
  clang libclang-rt-dev                 # the fuzz targets (tests/fuzz/run-fuzzers.sh): libFuzzer, ASan
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
