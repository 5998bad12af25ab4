#!/usr/bin/env python3
"""Checks the hand-written citations gold against the Document text.

The gold files (tests/gold/citations/NAME.tsv, format in plugins/citations/README.md)
name every citation by its exact surface and occurrence, and every reference-list
entry by the first 30 characters of its text. Those anchors are only useful while
they still match the Document text that glossator produces, so this script runs
`GLOSSATOR text samples/pdfs/NAME.pdf` and verifies, for each sample:

  - every line is a well-formed `entry` or `cite` line with a known field name;
  - entries are numbered 1..N without gaps and each has a `start` and a `kind`;
  - every entry `start` occurs in the Document text, and the starts appear in
    the text in the order of their numbers (entries are numbered as printed);
  - the values of printed fields (title, container, place, ...) occur inside
    that entry's text, so a typo in the gold is caught;
  - every cite SURFACE occurs at least OCCURRENCE times, the citations are
    listed in text order, no two overlap, and they lie before the reference list;
  - every TARGETS number names an existing entry (`-` for none);
  - the `# counts: citations=C entries=E` comment agrees with the lines.

Usage: check_gold.py [--glossator BIN] [--repo DIR] [NAME ...]
Exit status 0 when all named samples pass, 1 otherwise; problems are printed
as FILE:LINE: message.
"""

import argparse
import os
import re
import subprocess
import sys

SAMPLES = ["slides", "working-paper", "article", "column"]

KINDS = {
    "article", "book", "edited-book", "chapter", "report", "talk",
    "personal-communication", "web-page", "other",
}
# Fields whose value is printed verbatim inside the entry.
VERBATIM_FIELDS = {
    "title", "container", "collection", "number", "volume", "issue",
    "publisher", "place", "url", "doi", "event",
}
PERSON_FIELDS = {"author", "editor"}
OTHER_FIELDS = {"start", "kind", "year", "year_suffix", "date", "pages"}
ALL_FIELDS = VERBATIM_FIELDS | PERSON_FIELDS | OTHER_FIELDS
REPEATABLE = PERSON_FIELDS
COUNTS_RE = re.compile(r"^#\s*counts:\s*citations=(\d+)\s+entries=(\d+)\s*$")


def nth_index(text, needle, n):
    """Start of the n-th (1-based) non-overlapping occurrence, or -1."""
    pos = -1
    for _ in range(n):
        pos = text.find(needle, pos + 1 if pos < 0 else pos + len(needle))
        if pos < 0:
            return -1
    return pos


def contains_token(text, needle):
    """True when needle occurs with no letter or digit glued to either end."""
    pattern = r"(?<![0-9A-Za-z])" + re.escape(needle) + r"(?![0-9A-Za-z])"
    return re.search(pattern, text) is not None


def document_text(glossator, pdf):
    result = subprocess.run([glossator, "text", pdf], capture_output=True,
                            text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{pdf}: glossator text failed: {result.stderr.strip()}")
    return result.stdout


def check_sample(gold_path, text):
    """Returns (problems, number of citations, number of entries) for one gold file."""
    problems = []

    def bad(line_no, message):
        problems.append(f"{gold_path}:{line_no}: {message}")

    entries = {}  # number -> {field: [(value, line_no)]}, plus "_line": first line
    cites = []  # (line_no, surface, occurrence, targets)
    declared_counts = None
    with open(gold_path, encoding="utf-8") as gold:
        for line_no, raw in enumerate(gold, 1):
            line = raw.rstrip("\n")
            if not line.strip():
                continue
            if line.startswith("#"):
                match = COUNTS_RE.match(line)
                if match:
                    declared_counts = (int(match.group(1)), int(match.group(2)), line_no)
                continue
            cols = line.split("\t")
            if cols[0] == "entry":
                if len(cols) != 4:
                    bad(line_no, f"entry line needs 4 columns, has {len(cols)}")
                    continue
                _, number, field, value = cols
                if not number.isdigit() or int(number) < 1:
                    bad(line_no, f"bad entry number {number!r}")
                    continue
                if field not in ALL_FIELDS:
                    bad(line_no, f"unknown field {field!r}")
                    continue
                if value != value.strip() and field != "start":
                    bad(line_no, f"{field} value has surrounding spaces")
                entry = entries.setdefault(int(number), {"_line": line_no})
                if field in entry and field not in REPEATABLE:
                    bad(line_no, f"field {field} given twice for entry {number}")
                entry.setdefault(field, []).append((value, line_no))
            elif cols[0] == "cite":
                if len(cols) != 4:
                    bad(line_no, f"cite line needs 4 columns, has {len(cols)}")
                    continue
                _, surface, occurrence, targets = cols
                if not occurrence.isdigit() or int(occurrence) < 1:
                    bad(line_no, f"bad occurrence {occurrence!r}")
                    continue
                cites.append((line_no, surface, int(occurrence), targets))
            else:
                bad(line_no, f"unknown line kind {cols[0]!r}")

    # Entries: numbering, anchors, order, and printed values.
    numbers = sorted(entries)
    if numbers != list(range(1, len(numbers) + 1)):
        bad(0, f"entry numbers are not 1..N: {numbers}")
    starts = {}
    for number in numbers:
        entry = entries[number]
        line_no = entry["_line"]
        for required in ("start", "kind"):
            if required not in entry:
                bad(line_no, f"entry {number} has no {required}")
        if "kind" in entry and entry["kind"][0][0] not in KINDS:
            bad(line_no, f"entry {number}: unknown kind {entry['kind'][0][0]!r}")
        if "start" in entry:
            start = entry["start"][0][0]
            found = text.count(start)
            if found == 0:
                bad(line_no, f"entry {number}: start {start!r} not in the Document text")
            else:
                if found > 1:
                    bad(line_no, f"entry {number}: start {start!r} occurs {found} times")
                starts[number] = text.find(start)
    ordered = [starts[n] for n in numbers if n in starts]
    if ordered != sorted(ordered):
        bad(0, "entry starts are not in the order of their numbers")
    for number in numbers:
        if number not in starts:
            continue
        later = [p for n, p in starts.items() if p > starts[number]]
        entry_text = text[starts[number]:min(later) if later else len(text)]
        entry = entries[number]
        for field, values in entry.items():
            if field == "_line":
                continue
            for value, value_line in values:
                needles = []
                if field in VERBATIM_FIELDS:
                    needles = [value]
                elif field in PERSON_FIELDS:
                    if "|" not in value:
                        bad(value_line, f"entry {number}: {field} {value!r} is not Family|Given")
                        continue
                    needles = [part for part in value.split("|") if part]
                elif field == "pages":
                    if not re.fullmatch(r"[0-9ivxlcdmIVXLCDM]+(-[0-9ivxlcdmIVXLCDM]+)?", value):
                        bad(value_line, f"entry {number}: pages {value!r} is not N or N-M")
                    if not (contains_token(entry_text, value)
                            or contains_token(entry_text, value.replace("-", "\u2013"))):
                        bad(value_line, f"entry {number}: pages {value!r} not in its text")
                elif field == "year":
                    if not re.fullmatch(r"\d{4}|n\.d\.", value):
                        bad(value_line, f"entry {number}: year {value!r} malformed")
                    needles = [value]
                elif field == "date":
                    if not re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value):
                        bad(value_line, f"entry {number}: date {value!r} is not ISO")
                elif field == "year_suffix":
                    if not re.fullmatch(r"[a-z]", value):
                        bad(value_line, f"entry {number}: year_suffix {value!r} malformed")
                    elif not contains_token(entry_text, entry.get("year", [("", 0)])[0][0] + value):
                        bad(value_line, f"entry {number}: year with suffix {value!r} not in its text")
                for needle in needles:
                    if field == "year":
                        found = needle in entry_text
                    else:
                        found = contains_token(entry_text, needle)
                    if not found:
                        bad(value_line, f"entry {number}: {field} {needle!r} not in its text")

    # Citations: anchors, order, overlap, targets.
    references_start = min(starts.values()) if starts else len(text)
    previous_end, previous_start = -1, -1
    for line_no, surface, occurrence, targets in cites:
        total = text.count(surface)
        position = nth_index(text, surface, occurrence)
        if position < 0:
            bad(line_no, f"cite {surface!r}: occurrence {occurrence} asked, "
                         f"the Document text has {total}")
            continue
        if position < previous_start:
            bad(line_no, f"cite {surface!r} is listed out of text order")
        elif position < previous_end:
            bad(line_no, f"cite {surface!r} overlaps the previous citation")
        previous_start, previous_end = position, position + len(surface)
        if position >= references_start:
            bad(line_no, f"cite {surface!r} lies inside the reference list")
        if targets != "-":
            for target in targets.split(","):
                if not target.isdigit() or int(target) not in entries:
                    bad(line_no, f"cite {surface!r}: target {target!r} is not an entry")

    if declared_counts is None:
        bad(0, "no '# counts: citations=C entries=E' comment")
    else:
        n_cites, n_entries, line_no = declared_counts
        if (n_cites, n_entries) != (len(cites), len(entries)):
            bad(line_no, f"counts comment says {n_cites} citations, {n_entries} entries; "
                         f"the file has {len(cites)} and {len(entries)}")
    return problems, len(cites), len(entries)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_repo = os.path.normpath(os.path.join(here, "..", "..", ".."))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", default=default_repo, help="repository root")
    parser.add_argument("--glossator", help="glossator binary (default REPO/build/core/glossator)")
    parser.add_argument("names", nargs="*", default=SAMPLES)
    args = parser.parse_args()
    glossator = args.glossator or os.path.join(args.repo, "build", "core", "glossator")

    failed = False
    for name in args.names:
        gold_path = os.path.join(args.repo, "tests", "gold", "citations", f"{name}.tsv")
        pdf = os.path.join(args.repo, "samples", "pdfs", f"{name}.pdf")
        try:
            text = document_text(glossator, pdf)
            problems, n_cites, n_entries = check_sample(gold_path, text)
        except (OSError, RuntimeError) as error:
            problems, n_cites, n_entries = [str(error)], 0, 0
        for problem in problems:
            print(problem)
        status = "FAIL" if problems else "ok"
        print(f"{name}: {status} ({n_cites} citations, {n_entries} entries)")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
