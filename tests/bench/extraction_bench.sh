#!/usr/bin/env bash
# Times Glossator's text extraction of every sample PDF against pdftotext
# (poppler-utils) on the same files, in the same run, and reports the ratio
# of wall times and the peak memory (max RSS) of each.
#
# Usage: tests/bench/extraction_bench.sh [BUILD_DIR]     (default: build)
#
# Environment:
#   REPEAT=5        timed runs per tool per file (the median is reported)
#   WARMUP=1        untimed runs per tool per file first (page cache, ld.so)
#   SAMPLES_DIR=... directory of PDFs (default: <repo>/samples/pdfs)
#   GNU_TIME=/usr/bin/time   GNU time, used for each run's max RSS
#   CONCAT=1        also time the longest sample concatenated twice (pdfunite)
#                   for the memory check; CONCAT=0 skips it
#   GLOSSATOR_MODE=auto|text|legacy
#                   how to call the binary: `glossator text FILE` (text) or
#                   `glossator FILE` (legacy, the CLI before the `text`
#                   subcommand). auto tries `text` first, then legacy.
#
# It is a measurement, not a test: the exit status is 0 whatever the numbers
# are, and 2 only when a needed tool (python3, GNU time, pdftotext, pdfinfo,
# the glossator binary) is missing or the binary cannot extract text at all.
#
# Wall time is taken by python3 (perf_counter, around the whole run); max RSS
# by GNU time. Not by python's os.wait4 rusage: a child spawned from python
# keeps python's own RSS high-water mark across exec (Linux carries it into
# ru_maxrss), which puts a ~13 MB floor under every reading. GNU time forks
# from a ~1 MB process, so its %M is the tool's own peak.
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$here/../.." && pwd)"

build_dir="${1:-build}"
# A relative BUILD_DIR is taken from the current directory, or else from the
# repository root, so `tests/bench/extraction_bench.sh` works from either.
if [[ "$build_dir" != /* && ! -d "$build_dir" && -d "$repo_root/$build_dir" ]]; then
  build_dir="$repo_root/$build_dir"
fi
glossator="$build_dir/core/glossator"
samples_dir="${SAMPLES_DIR:-$repo_root/samples/pdfs}"
repeat="${REPEAT:-5}"
warmup="${WARMUP:-1}"
mode="${GLOSSATOR_MODE:-auto}"

missing() {
  echo "extraction_bench: $*" >&2
  exit 2
}

command -v python3 >/dev/null 2>&1 ||
  missing "python3 not found (it runs the timing and reads max RSS); install python3"
command -v pdftotext >/dev/null 2>&1 ||
  missing "pdftotext not found; install poppler-utils (apt-get install poppler-utils)"
command -v pdfinfo >/dev/null 2>&1 ||
  missing "pdfinfo not found; install poppler-utils (apt-get install poppler-utils)"
gnu_time="${GNU_TIME:-/usr/bin/time}"
[[ -x "$gnu_time" ]] && "$gnu_time" --version 2>&1 | grep -q GNU ||
  missing "GNU time not found at $gnu_time (it reads each run's max RSS); install it (apt-get install time) or set GNU_TIME="
[[ -x "$glossator" ]] ||
  missing "glossator binary not found at $glossator; build it (cmake --build $build_dir) or pass BUILD_DIR"
[[ "$repeat" =~ ^[1-9][0-9]*$ ]] || missing "REPEAT must be a positive integer, got '$repeat'"
[[ "$warmup" =~ ^[0-9]+$ ]] || missing "WARMUP must be a non-negative integer, got '$warmup'"
case "$mode" in auto | text | legacy) ;; *) missing "GLOSSATOR_MODE must be auto, text or legacy, got '$mode'" ;; esac

shopt -s nullglob
pdfs=("$samples_dir"/*.pdf)
shopt -u nullglob
((${#pdfs[@]} > 0)) || missing "no sample PDFs in $samples_dir"

build_type=""
if [[ -f "$build_dir/CMakeCache.txt" ]]; then
  build_type="$(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$build_dir/CMakeCache.txt")"
fi

exec python3 - "$gnu_time" "$glossator" "$mode" "$repeat" "$warmup" "${build_type:-?}" "${pdfs[@]}" <<'PY'
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

gnu_time, glossator, mode, repeat, warmup, build_type = sys.argv[1:7]
repeat, warmup = int(repeat), int(warmup)
pdfs = sys.argv[7:]
devnull = os.open(os.devnull, os.O_RDONLY)


def run(argv):
    """Runs argv under GNU time with stdout on a pipe that is drained here
    (both tools write to a pipe) and stderr to a temporary file. Returns
    (wall seconds, max RSS in KB, bytes written to stdout, exit code, stderr
    text, CPU seconds user+sys). CPU and RSS include the tool's own children
    (`glossator text` extracts in a forked child)."""
    rfd, wfd = os.pipe()
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile() as rss:
        timed = [gnu_time, "-f", "%M", "-o", rss.name, "--"] + argv
        t0 = time.perf_counter()
        pid = os.posix_spawn(gnu_time, timed, os.environ, file_actions=[
            (os.POSIX_SPAWN_DUP2, devnull, 0),
            (os.POSIX_SPAWN_DUP2, wfd, 1),
            (os.POSIX_SPAWN_DUP2, err.fileno(), 2),
        ])
        os.close(wfd)
        out = 0
        while True:
            chunk = os.read(rfd, 1 << 16)
            if not chunk:
                break
            out += len(chunk)
        # CPU time from wait4 (microseconds; GNU time's %U/%S have 10 ms):
        # GNU time's own (about 1 ms) plus the tool's and its children's.
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - t0
        os.close(rfd)
        err.seek(0)
        errtext = err.read().decode("utf-8", "replace")
        # GNU time writes "Command exited with non-zero status N" before %M
        # when the tool fails; the peak is the last number.
        nums = re.findall(r"\d+", rss.read().decode("utf-8", "replace"))
        maxrss = int(nums[-1]) if nums else 0
    cpu = usage.ru_utime + usage.ru_stime
    code = os.waitstatus_to_exitcode(status)
    return wall, maxrss, out, code, errtext, cpu


def pages_of(pdf):
    try:
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        m = re.search(r"^Pages:\s+(\d+)", info, re.M)
        return int(m.group(1)) if m else 0
    except OSError:
        return 0


def glossator_argv(pdf, m):
    return [glossator, "text", pdf] if m == "text" else [glossator, pdf]


pages = {p: pages_of(p) for p in pdfs}
probe = min(pdfs, key=lambda p: (pages[p], os.path.getsize(p)))

# Which form of the command extracts text?
chosen = None
tried = []
for m in (["text", "legacy"] if mode == "auto" else [mode]):
    _, _, out, code, err, _ = run(glossator_argv(probe, m))
    if code == 0 and out > 0:
        chosen = m
        break
    tried.append(f"  {' '.join(glossator_argv(probe, m))}: exit {code}, "
                 f"{out} bytes out; {err.strip().splitlines()[-1] if err.strip() else ''}")
if chosen is None:
    print("extraction_bench: the glossator binary does not extract text:", file=sys.stderr)
    print("\n".join(tried), file=sys.stderr)
    sys.exit(2)


def mb(kb):
    return kb / 1024.0


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


ptt_version = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True)
ptt_version = (ptt_version.stderr or ptt_version.stdout).strip().splitlines()[0]
print("Glossator extraction benchmark")
print(f"  date:      {time.strftime('%Y-%m-%d %H:%M:%S %z')}")
load = os.getloadavg()
print(f"  machine:   {cpu_model()}, {os.cpu_count()} CPUs, load avg "
      f"{' '.join(f'{x:.2f}' for x in load)}")
if load[0] > 0.5 * (os.cpu_count() or 1):
    print("             NOTE: the machine is busy; wall times are noisy (see the CPU-time "
          "ratio, or run again when idle)")
print(f"  glossator: {glossator} ({build_type}), run as "
      f"`glossator {'text ' if chosen == 'text' else ''}FILE`")
if chosen == "legacy":
    print("             NOTE: no `text` subcommand in this binary; used the legacy "
          "`glossator FILE` form")
print(f"  pdftotext: {ptt_version}, run as `pdftotext FILE -`")
print(f"  runs:      {warmup} warm-up + {repeat} timed per tool per file, interleaved; "
      "median wall and CPU time; peak RSS = max over the timed runs (GNU time %M)")
print()

rows = []
for pdf in pdfs:
    tools = {
        "glossator": glossator_argv(pdf, chosen),
        "pdftotext": ["pdftotext", pdf, "-"],
    }
    res = {t: {"wall": [], "rss": [], "cpu": [], "out": 0, "fail": None} for t in tools}
    for i in range(warmup + repeat):
        # Interleave the two tools so that drift in machine load hits both.
        for t, argv in tools.items():
            wall, rss, out, code, err, cpu = run(argv)
            if code != 0:
                res[t]["fail"] = f"exit {code}: {err.strip()[-200:]}"
                continue
            if i >= warmup:
                res[t]["wall"].append(wall)
                res[t]["rss"].append(rss)
                res[t]["cpu"].append(cpu)
                res[t]["out"] = out
    rows.append((pdf, res))

hdr = (f"{'file':<20} {'pages':>5} {'glossator s':>11} {'pdftotext s':>11} {'ratio':>6} "
       f"{'gl RSS MB':>9} {'pt RSS MB':>9} {'gl out KB':>9} {'pt out KB':>9} {'cpu ratio':>9}")
print(hdr)
print("-" * len(hdr))
tot = {"pages": 0, "g": 0.0, "p": 0.0, "grss": 0, "prss": 0, "gout": 0, "pout": 0,
       "gcpu": 0.0, "pcpu": 0.0}
ok_rows = {}
for pdf, res in rows:
    name = os.path.basename(pdf)
    g, p = res["glossator"], res["pdftotext"]
    if g["fail"] or p["fail"] or not g["wall"] or not p["wall"]:
        why = "; ".join(f"{t} {r['fail']}" for t, r in res.items() if r["fail"])
        print(f"{name:<20} {pages[pdf]:>5} FAILED ({why}) -- left out of the totals")
        continue
    gm, pm = statistics.median(g["wall"]), statistics.median(p["wall"])
    grss, prss = max(g["rss"]), max(p["rss"])
    gc, pc = statistics.median(g["cpu"]), statistics.median(p["cpu"])
    ok_rows[name] = (pages[pdf], gm, pm, grss, prss, g["out"], p["out"])
    print(f"{name:<20} {pages[pdf]:>5} {gm:>11.3f} {pm:>11.3f} {gm / pm:>6.2f} "
          f"{mb(grss):>9.1f} {mb(prss):>9.1f} {g['out'] / 1024:>9.1f} {p['out'] / 1024:>9.1f} "
          f"{gc / pc if pc > 0 else float('nan'):>9.2f}")
    tot["pages"] += pages[pdf]
    tot["g"] += gm
    tot["p"] += pm
    tot["grss"] = max(tot["grss"], grss)
    tot["prss"] = max(tot["prss"], prss)
    tot["gout"] += g["out"]
    tot["pout"] += p["out"]
    tot["gcpu"] += gc
    tot["pcpu"] += pc
print("-" * len(hdr))
if ok_rows:
    print(f"{'total (sum; max RSS)':<20} {tot['pages']:>5} {tot['g']:>11.3f} {tot['p']:>11.3f} "
          f"{tot['g'] / tot['p']:>6.2f} {mb(tot['grss']):>9.1f} {mb(tot['prss']):>9.1f} "
          f"{tot['gout'] / 1024:>9.1f} {tot['pout'] / 1024:>9.1f} "
          f"{tot['gcpu'] / tot['pcpu'] if tot['pcpu'] > 0 else float('nan'):>9.2f}")
print()

# Memory check: is Glossator's peak RSS bounded as the document grows?
# Peaks include a fixed part (libraries, for Glossator also the Hunspell
# dictionary), so the peak ratio alone flatters a tool with a big fixed part;
# the verdict is on the growth per page instead. Two comparisons: the longest
# sample against the working paper (or the shortest other sample), and, when
# pdfunite is there, the longest sample against itself concatenated twice
# (same content, twice the pages: a pure test of growth with length).


def growth_line(tool, big_pages, big_kb, small_pages, small_kb):
    per_page = (big_kb - small_kb) / max(big_pages - small_pages, 1)
    return (f"  {tool:<9} peak RSS: {mb(big_kb):6.1f} MB vs {mb(small_kb):6.1f} MB "
            f"-> x{big_kb / max(small_kb, 1):.2f}, {per_page:+.0f} KB/page "
            f"({per_page * 1000 / 1024:+.0f} MB per 1000 pages)"), per_page


verdict_pair = None
if len(ok_rows) >= 2:
    long_name = max(ok_rows, key=lambda n: ok_rows[n][0])
    ref_name = "working-paper.pdf" if ("working-paper.pdf" in ok_rows
                                       and long_name != "working-paper.pdf") else \
        min((n for n in ok_rows if n != long_name), key=lambda n: ok_rows[n][0])
    lp, lgt, lpt_t, lg, lpt, lgout, _ = ok_rows[long_name]
    rp, _, _, rg, rpt, rgout, _ = ok_rows[ref_name]
    print(f"memory check: {long_name} ({lp} pages) vs {ref_name} ({rp} pages)")
    line, g_slope = growth_line("glossator", lp, lg, rp, rg)
    print(line)
    line, p_slope = growth_line("pdftotext", lp, lpt, rp, rpt)
    print(line)
    print(f"  glossator / pdftotext peak RSS: {lg / lpt:.2f} on {long_name}, "
          f"{rg / rpt:.2f} on {ref_name}; glossator holds "
          f"{(lg - rg) * 1024 / max(lgout - rgout, 1):.0f} bytes of RSS per extra byte of text out")
    verdict_pair = (f"{long_name} vs {ref_name}", lg, rg, g_slope, p_slope)

    pdfunite = shutil.which("pdfunite")
    if os.environ.get("CONCAT", "1") == "0":
        print("  (concatenation check skipped: CONCAT=0)")
    elif not pdfunite:
        print("  (concatenation check skipped: pdfunite, from poppler-utils, not found)")
    else:
        long_pdf = next(p for p in pdfs if os.path.basename(p) == long_name)
        with tempfile.TemporaryDirectory(prefix="glossator-bench-") as tmp:
            twice = os.path.join(tmp, "x2-" + long_name)
            made = subprocess.run([pdfunite, long_pdf, long_pdf, twice],
                                  capture_output=True, text=True)
            runs = min(repeat, 3)
            res2 = {}
            if made.returncode == 0:
                for t, argv in (("glossator", glossator_argv(twice, chosen)),
                                ("pdftotext", ["pdftotext", twice, "-"])):
                    got = [run(argv) for _ in range(runs)]
                    if all(r[3] == 0 for r in got):  # r: wall, rss, out, code, err, cpu
                        res2[t] = (statistics.median(r[0] for r in got), max(r[1] for r in got))
            if len(res2) == 2:
                p2 = 2 * lp
                print(f"memory check: {long_name} concatenated twice ({p2} pages, pdfunite) "
                      f"vs once ({lp} pages), {runs} runs each")
                line, g2 = growth_line("glossator", p2, res2["glossator"][1], lp, lg)
                print(line)
                line, p2s = growth_line("pdftotext", p2, res2["pdftotext"][1], lp, lpt)
                print(line)
                print(f"  time x2 pages: glossator {res2['glossator'][0]:.3f} s "
                      f"(x{res2['glossator'][0] / lgt:.2f}), pdftotext {res2['pdftotext'][0]:.3f} s "
                      f"(x{res2['pdftotext'][0] / lpt_t:.2f}); x2.00 is linear; ratio "
                      f"{res2['glossator'][0] / res2['pdftotext'][0]:.2f}")
                verdict_pair = (f"{long_name} x2 vs x1", res2["glossator"][1], lg, g2, p2s)
            else:
                print(f"  (concatenation check failed: pdfunite exit {made.returncode} "
                      f"or a tool failed on the {2 * lp}-page file)")

    what, big, small, g_slope, p_slope = verdict_pair
    if big <= 1.15 * small:
        verdict = f"bounded: peak RSS about flat as pages grow ({what})"
    else:
        verdict = (f"NOT bounded: peak RSS grows with the document, {g_slope:.0f} KB/page "
                   f"(pdftotext {p_slope:+.0f} KB/page) ({what})")
    print(f"  verdict: {verdict}")
    print()

if ok_rows and tot["pcpu"] > 0:
    print(f"cpu-time ratio over all samples: {tot['gcpu'] / tot['pcpu']:.2f} "
          "(user+sys, less sensitive to machine load)")
if ok_rows and tot["p"] > 0:
    print(f"ratio over all samples: {tot['g'] / tot['p']:.2f} (target <= 1.50)")
else:
    print("ratio over all samples: n/a (no file measured by both tools) (target <= 1.50)")
sys.exit(0)
PY
